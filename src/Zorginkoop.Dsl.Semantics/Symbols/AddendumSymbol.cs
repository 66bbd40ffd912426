using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>An <c>addendum</c>: the contracts it requires, its own requirements and its start-date rule.</summary>
public sealed class AddendumSymbol(string name, SourceLocation location, string? title) : Symbol(name, location)
{
    public string? Title { get; } = title;

    public BoundExpression? AppliesTo { get; internal set; }

    public ImmutableArray<RequirementSetSymbol> RequiredContracts { get; internal set; } = [];

    public ImmutableArray<RequirementSetSymbol> Includes { get; internal set; } = [];

    /// <summary>The included sets that must apply: every <c>omvat</c> of an addendum but <c>omvat X indien van toepassing</c>.</summary>
    public ImmutableHashSet<RequirementSetSymbol> RequiredIncludes { get; internal set; } = [];

    public ImmutableArray<RequirementSymbol> Requirements { get; internal set; } = [];

    public BoundExpression? StartDate { get; internal set; }

    public override string KindName => "addendum";
}
