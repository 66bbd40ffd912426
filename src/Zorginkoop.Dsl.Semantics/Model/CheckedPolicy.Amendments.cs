using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Semantics.Model;

public sealed partial record CheckedPolicy
{
    /// <summary>Every <c>wijziging</c> of the policy, in source order (imported files first), whether in effect or not.</summary>
    public ImmutableArray<Amendment> Amendments { get; init; } = [];

    /// <summary>
    /// The date this model shows the policy on: every amendment dated on or before it is applied. Null for the
    /// policy as published, without amendments.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The amendments applied in this model, in the order they were applied.</summary>
    public IEnumerable<Amendment> AmendmentsInEffect =>
        AsOf is { } date ? Amendments.Where(a => a.IsInEffectOn(date)).OrderBy(a => a.EffectiveDate) : [];

    /// <summary>The dates on which the policy changes: one version as published and one from each of these dates.</summary>
    public ImmutableArray<DateOnly> VersionDates => [.. Amendments.Select(a => a.EffectiveDate).OfType<DateOnly>().Distinct().Order()];

    /// <summary>
    /// The versions this model is one of; null for a model that was not made as one of a set of versions.
    /// Records copy the reference, so copies of a model share their versions.
    /// </summary>
    public ICheckedVersions? VersionSet { get; init; }

    /// <summary>
    /// The policy as it stood on <paramref name="date"/>: this model when exactly the same amendments are in effect,
    /// otherwise that version, which its <see cref="VersionSet"/> binds once and then reuses, so callers may
    /// compare versions by reference.
    /// </summary>
    public CheckedPolicy VersionOn(DateOnly date) => VersionSet?.VersionOn(this, date) ?? this;
}
