using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Versions;

/// <summary>
/// What changed between two versions of a policy, by meaning: elements are matched by name (requirements by
/// path, timeline entries by timeline and id), never by position or text. <see cref="AmendmentsBetween"/> lists
/// the amendments that make the difference when one policy is compared at two dates.
/// </summary>
public sealed record PolicyDiff(
    PolicyVersionInfo Old,
    PolicyVersionInfo New,
    ImmutableArray<PolicyChange> Changes,
    ImmutableArray<Amendment> AmendmentsBetween)
{
    public bool IsEmpty => Changes.IsEmpty;
}

/// <summary>One side of a comparison: which file, which policy, on which date (null: as published).</summary>
public sealed record PolicyVersionInfo(string Path, string? Title, int? FirstYear, int? LastYear, DateOnly? AsOf);

public enum ChangeKind
{
    Added,
    Removed,
    Changed,

    /// <summary>A timeline entry whose date changed and nothing else.</summary>
    Moved,

    /// <summary>
    /// Timeline entries that moved exactly as far as the policy period did (2026 → 2027) and are otherwise
    /// the same, years in their texts included: the same planning a year on. One change lists them all.
    /// </summary>
    Shifted,
}

/// <summary>
/// One row of the change table. <see cref="Context"/> names what the element belongs to (the title of its
/// requirement set, addendum or timeline). <see cref="Values"/> are the thresholds, dates and years that changed
/// in otherwise the same logic; <see cref="Notes"/> say in words what else changed ("mag afwijken vervallen").
/// </summary>
public sealed record PolicyChange(
    ChangeKind Kind,
    AmendedElementKind Element,
    string Path,
    string? Context,
    ChangeSide? Old,
    ChangeSide? New,
    ImmutableArray<ValueChange> Values,
    ImmutableArray<string> Notes)
{
    public string ElementName => KindNames.Of(Element);
}

/// <summary>How an element reads in one version: its text (sentence, title or action) and its logic or schedule.</summary>
public sealed record ChangeSide(string? Text, string? Logic, SourceLocation? Location);

/// <summary>A value that changed inside the same logic: "uitbetaald: € 225.000 → € 250.000".</summary>
public sealed record ValueChange(string? Label, string Old, string New)
{
    public override string ToString() => Label is null ? $"{Old} → {New}" : $"{Label}: {Old} → {New}";
}
