using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>An <c>eisen</c> set: its scope, includes, requirements and optional contract start-date rule.</summary>
public sealed class RequirementSetSymbol(string name, SourceLocation location, string? title) : Symbol(name, location)
{
    public string? Title { get; } = title;

    public BoundExpression? AppliesTo { get; internal set; }

    public Discretion? Discretion { get; internal set; }

    public ImmutableArray<RequirementSetSymbol> Includes { get; internal set; } = [];

    /// <summary>
    /// The included sets that must apply (<c>omvat X verplicht</c>): one that does not apply is not met. Any other
    /// included set that does not apply stands aside.
    /// </summary>
    public ImmutableHashSet<RequirementSetSymbol> RequiredIncludes { get; internal set; } = [];

    public ImmutableArray<RequirementSymbol> Requirements { get; internal set; } = [];

    /// <summary><c>ingangsdatum: …</c>, a date expression over <c>aanvraagdatum</c>.</summary>
    public BoundExpression? StartDate { get; internal set; }

    /// <summary><c>looptijd: 2023 t/m 2025</c>: the years of the contract these requirements are for, when it differs from the policy's.</summary>
    public (int FirstYear, int LastYear)? ContractPeriod { get; internal set; }

    public override string KindName => "eisen";
}

/// <summary>
/// <c>mag afwijken "reden" [als voorwaarde]</c>: a failure is for judgement; with a <see cref="Condition"/> only
/// while it holds (or is unknown), otherwise a hard failure.
/// </summary>
public sealed record Discretion(string? Reason, SourceLocation Location)
{
    public BoundExpression? Condition { get; init; }

    /// <summary>The condition as written, for the explanation when it is unknown.</summary>
    public string? ConditionText => RuleText.Of(Condition);
}
