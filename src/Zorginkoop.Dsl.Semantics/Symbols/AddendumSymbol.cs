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

    /// <summary>
    /// The <c>vereist overeenkomst</c> line of each of <see cref="RequiredContracts"/>: <c>A of B</c> gives both one
    /// number (either will do, <c>AddendumOutcome.Combine</c>). Default (not set) when no line has an <c>of</c>.
    /// </summary>
    public ImmutableArray<int> ContractAlternatives { get; internal set; }

    /// <summary><c>looptijd</c>, <c>aanbod</c>, <c>onderhandelbaar</c>: what the policy says of the addendum itself.</summary>
    public Runtime.Results.AddendumTerms Terms { get; internal set; } = Runtime.Results.AddendumTerms.None;

    public ImmutableArray<RequirementSetSymbol> Includes { get; internal set; } = [];

    /// <summary>The included sets that must apply: every <c>omvat</c> of an addendum but <c>omvat X indien van toepassing</c>.</summary>
    public ImmutableHashSet<RequirementSetSymbol> RequiredIncludes { get; internal set; } = [];

    public ImmutableArray<RequirementSymbol> Requirements { get; internal set; } = [];

    public BoundExpression? StartDate { get; internal set; }

    public override string KindName => "addendum";
}
