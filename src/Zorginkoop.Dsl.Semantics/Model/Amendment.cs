using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Model;

/// <summary>
/// A <c>wijziging</c> as the checked model holds it: when it takes effect, what the insurer said about it
/// (<c>reden:</c> "Waarom deze aanvulling?", <c>gevolg:</c> "Wat betekent dit voor u?") and what it changes.
/// <see cref="EffectiveDate"/> is null only when the date is missing or invalid (already reported); such an
/// amendment is never applied.
/// </summary>
public sealed record Amendment(
    DateOnly? EffectiveDate,
    string Title,
    string? Reason,
    string? Consequence,
    ImmutableArray<AmendmentOperation> Operations,
    SourceLocation Location)
{
    /// <summary>Whether the policy as it stood on <paramref name="date"/> includes this amendment.</summary>
    public bool IsInEffectOn(DateOnly date) => EffectiveDate is { } effective && effective <= date;
}

public enum AmendmentOperationKind
{
    /// <summary><c>voegt toe [aan Doel] { … }</c></summary>
    Add,

    /// <summary><c>vervangt Doel door …</c></summary>
    Replace,

    /// <summary><c>vervalt Doel</c></summary>
    Remove,
}

/// <summary>One operation of an amendment with its target resolved.</summary>
/// <param name="Target">What is changed: for <c>voegt toe</c> without <c>aan</c>, the policy itself.</param>
/// <param name="Items">What is added, or the replacement; empty for <c>vervalt</c>.</param>
public sealed record AmendmentOperation(
    AmendmentOperationKind Kind,
    AmendedElement Target,
    ImmutableArray<AmendedElement> Items,
    SourceLocation Location);

public enum AmendedElementKind
{
    Policy,
    RequirementSet,
    Requirement,
    Addendum,
    Definition,
    Timeline,
    TimelineEntry,
    TimelinePhase,
    Choice,
    Record,
    RecordExtension,
    Include,
    Scenario,
    Other,
}

/// <summary>
/// An element an amendment touches, by path ("Huisartsgeneeskundig.bezetting", "PlanningRho.offerte").
/// <see cref="Location"/> is where it was declared when the amendment was applied; null when the target was
/// not found (reported as ZI6001).
/// </summary>
public sealed record AmendedElement(AmendedElementKind Kind, string Path, SourceLocation? Location)
{
    public bool IsResolved => Location is not null || Kind == AmendedElementKind.Policy;

    /// <summary>How an author calls this kind of element, for messages and listings.</summary>
    public string KindName => KindNames.Of(Kind);
}

/// <summary>Dutch names of element kinds, as authors write them.</summary>
public static class KindNames
{
    public static string Of(AmendedElementKind kind) => kind switch
    {
        AmendedElementKind.Policy => "beleid",
        AmendedElementKind.RequirementSet => "eisen",
        AmendedElementKind.Requirement => "eis",
        AmendedElementKind.Addendum => "addendum",
        AmendedElementKind.Definition => "definitie",
        AmendedElementKind.Timeline => "tijdlijn",
        AmendedElementKind.TimelineEntry => "tijdlijnregel",
        AmendedElementKind.TimelinePhase => "fase",
        AmendedElementKind.Choice => "keuze",
        AmendedElementKind.Record => "gegevens",
        AmendedElementKind.RecordExtension => "aanvulling",
        AmendedElementKind.Include => "omvat",
        AmendedElementKind.Scenario => "scenario",
        _ => "onderdeel",
    };
}
