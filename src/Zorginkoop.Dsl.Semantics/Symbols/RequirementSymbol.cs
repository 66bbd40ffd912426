using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>
/// One <c>eis</c>: either a condition, or a group of child requirements that must all hold. <see cref="Path"/>
/// is its dotted name from the set ("RHO.keteninformatiesysteem.inzage").
/// </summary>
public sealed class RequirementSymbol(string name, SourceLocation location, string path, string? sentence) : Symbol(name, location)
{
    public string Path { get; } = path;

    public string? Sentence { get; } = sentence;

    public Discretion? Discretion { get; internal set; }

    public BoundExpression? Condition { get; internal set; }

    /// <summary>Where the condition is written, so an editor can show it as the author wrote it (hover).</summary>
    public SourceLocation? ConditionLocation { get; internal set; }

    public ImmutableArray<RequirementSymbol> Children { get; internal set; } = [];

    public ImmutableArray<RequirementException> Exceptions { get; internal set; } = [];

    public bool IsGroup => Condition is null;

    public override string KindName => "eis";
}

/// <summary><c>uitzondering "omschrijving" als voorwaarde</c></summary>
public sealed record RequirementException(string? Description, BoundExpression Condition, SourceLocation Location);
