using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Versions;

/// <summary>The Dutch words the forms of <c>zorginkoop diff</c> and the published change table share, so they name things alike.</summary>
public static class ChangeWords
{
    public static string Status(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "nieuw",
        ChangeKind.Removed => "vervallen",
        ChangeKind.Changed => "gewijzigd",
        ChangeKind.Moved => "andere datum",
        _ => "zelfde planning, later",
    };

    public static string Code(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Changed => "changed",
        ChangeKind.Moved => "moved",
        _ => "shifted",
    };

    public static string Code(AmendedElementKind kind) => kind switch
    {
        AmendedElementKind.Policy => "policy",
        AmendedElementKind.RequirementSet => "requirementSet",
        AmendedElementKind.Requirement => "requirement",
        AmendedElementKind.Addendum => "addendum",
        AmendedElementKind.Definition => "definition",
        AmendedElementKind.Timeline => "timeline",
        AmendedElementKind.TimelineEntry => "timelineEntry",
        _ => "other",
    };

    /// <summary>"Eis NieuweZbc.uitbetaling", "Beleid", "Tijdlijn PlanningZbc".</summary>
    public static string Subject(PolicyChange change)
    {
        var kind = change.Kind == ChangeKind.Shifted ? "Tijdlijn" : change.Element == AmendedElementKind.Policy ? "Beleid" : Capitalize(change.ElementName);
        return change.Path.Length == 0 ? kind : $"{kind} {change.Path}";
    }

    /// <summary>"zoals gepubliceerd" or "zoals geldend op 15 september 2025".</summary>
    public static string Version(PolicyVersionInfo version) =>
        version.AsOf is { } date ? $"zoals geldend op {DutchFormat.Date(date)}" : "zoals gepubliceerd";

    /// <summary>The period a version covers, for a planning that shifted a year: "op 1 april 2026", "2026-2027".</summary>
    public static string Period(PolicyVersionInfo version) =>
        version.AsOf is { } date ? $"op {DutchFormat.Date(date)}" : version.FirstYear is { } first ? first == version.LastYear || version.LastYear is null ? $"{first}" : $"{first}-{version.LastYear}" : "zoals gepubliceerd";

    public static string Label(PolicyVersionInfo version) => version.Title ?? Path.GetFileName(version.Path);

    public static string Details(PolicyChange change) =>
        string.Join("; ", change.Values.Select(v => v.ToString()).Concat(change.Notes));

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
