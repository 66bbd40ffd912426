using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// A fact given in a scenario or voorbeeld, checked against the field it is for. Independent of any runtime
/// schema, so that the same scenario runs on the interpreter and on a compiled evaluator
/// (<see cref="ScenarioFacts.ToFactRecord"/> makes the runtime record).
/// </summary>
public abstract record ScenarioValue(SourceLocation? Location);

/// <summary>A constant in the runtime representation: long, decimal, string, DateOnly, DateTime, Duration, bool.</summary>
public sealed record ScenarioConstant(object Value, TypeSymbol Type, SourceLocation? Location) : ScenarioValue(Location);

/// <summary><c>onbekend</c>: the fact is absent, also when the voorbeeld a scenario starts from gives it.</summary>
public sealed record ScenarioUnknown(SourceLocation? Location) : ScenarioValue(Location);

public sealed record ScenarioList(ImmutableArray<ScenarioValue> Items, SourceLocation? Location) : ScenarioValue(Location);

/// <summary>The given fields of a record, in declaration order; fields not given are unknown.</summary>
public sealed record ScenarioRecord(RecordSymbol Record, ImmutableArray<ScenarioField> Fields, SourceLocation? Location) : ScenarioValue(Location)
{
    public ScenarioValue? Find(string field) => Fields.FirstOrDefault(f => f.Field.Name == field)?.Value;

    /// <summary>
    /// These facts with <paramref name="overrides"/> laid over them: a field given in both takes the override,
    /// except that nested records merge field by field, so an override states only what differs.
    /// Lists are replaced whole: a list is one fact.
    /// </summary>
    public ScenarioRecord With(ScenarioRecord overrides)
    {
        var merged = new List<ScenarioField>();
        foreach (var field in Record.Fields)
        {
            var mine = Find(field.Name);
            var theirs = overrides.Find(field.Name);
            var value = (mine, theirs) switch
            {
                (ScenarioRecord a, ScenarioRecord b) => a.With(b),
                (_, not null) => theirs,
                _ => mine,
            };
            if (value is not null)
            {
                merged.Add(new ScenarioField(field, value));
            }
        }

        return new ScenarioRecord(Record, [.. merged], overrides.Location ?? Location);
    }
}

public sealed record ScenarioField(FieldSymbol Field, ScenarioValue Value);
