using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Model;

public enum ExpectationTargetKind
{
    /// <summary><c>verwacht Huisartsgeneeskundig …</c></summary>
    RequirementSet,

    /// <summary><c>verwacht Huisartsgeneeskundig.bezetting …</c>, also through groups and included sets.</summary>
    Requirement,

    /// <summary><c>verwacht PohGgz voldaan</c> (eligibility) or <c>verwacht PohGgz ingangsdatum …</c>.</summary>
    Addendum,

    /// <summary><c>verwacht PlanningRho.akkoord open</c></summary>
    TimelineEntry,
}

/// <summary>
/// One step from an expectation's root into its results: a requirement (possibly a group) or an included set
/// (<c>omvat</c>), by name. <c>Huisartsgeneeskundig.AlleZorgaanbieders.AlgemeneMinimumeisen.wtza</c> has three.
/// </summary>
public sealed record TargetStep(string Name, bool IsIncludedSet);

/// <summary>
/// A bound <c>verwacht</c>. Exactly one of <see cref="Outcome"/>, <see cref="StartDate"/> and <see cref="State"/> is set.
/// <see cref="Root"/> is the requirement set, addendum or timeline named first; <see cref="Requirement"/> the
/// requirement the path ends at, if it ends at one.
/// </summary>
public sealed record ScenarioExpectation(
    string Text,
    string TargetText,
    ExpectationTargetKind Kind,
    Symbol Root,
    ImmutableArray<TargetStep> Steps,
    RequirementSymbol? Requirement,
    string? TimelineEntry,
    ExpectedOutcome? Outcome,
    DateOnly? StartDate,
    string? State,
    SourceLocation Location);
