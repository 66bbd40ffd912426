using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A <c>gegevens</c> record; fields from <c>aanvulling</c> blocks are added to the same symbol.</summary>
public sealed class RecordSymbol(string name, SourceLocation location, string? subjectName) : Symbol(name, location)
{
    public string? SubjectName { get; } = subjectName;

    public ImmutableArray<FieldSymbol> Fields { get; internal set; } = [];

    public override string KindName => "gegevens";

    public FieldSymbol? Find(string field) => Fields.FirstOrDefault(f => f.Name == field);
}

public sealed class FieldSymbol(string name, SourceLocation location, RecordSymbol record, TypeSymbol type, bool isOptional, string? description)
    : Symbol(name, location)
{
    public RecordSymbol Record { get; } = record;

    public TypeSymbol Type { get; } = type;

    public bool IsOptional { get; } = isOptional;

    public string? Description { get; } = description;

    public override string KindName => "veld";
}
