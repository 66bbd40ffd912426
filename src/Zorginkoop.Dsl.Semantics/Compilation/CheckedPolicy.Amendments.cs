using System.Collections.Concurrent;
using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Amendments;

namespace Zorginkoop.Dsl.Semantics.Compilation;

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

    /// <summary>The parsed files this model was bound from; with it a version on another date can be bound.</summary>
    internal LoadedPolicy? Source { get; init; }

    /// <summary>Versions bound by <see cref="VersionOn"/>, shared by copies of this model (records copy the reference).</summary>
    private VersionCache Versions { get; init; } = new();

    /// <summary>
    /// The policy as it stood on <paramref name="date"/>: this model when exactly the same amendments are in effect,
    /// otherwise that version, bound once and then reused, so callers may compare versions by reference.
    /// </summary>
    public CheckedPolicy VersionOn(DateOnly date)
    {
        var key = VersionDates.LastOrDefault(d => d <= date);
        var own = AsOf is { } asOf ? VersionDates.LastOrDefault(d => d <= asOf) : default;
        if (key == own || Source is null)
        {
            return this;
        }

        return Versions.Get(key, () => PolicyVersions.Bind(Source.AmendmentBase ?? Source, key == default ? date : key) with { Versions = Versions });
    }

    /// <summary>Keeps a version bound elsewhere (for its diagnostics), so <see cref="VersionOn"/> need not bind it again.</summary>
    internal void RememberVersion(DateOnly key, CheckedPolicy version) => Versions.Get(key, () => version with { Versions = Versions });

    /// <summary>One bound version per version date (default: as published).</summary>
    private sealed class VersionCache
    {
        private readonly ConcurrentDictionary<DateOnly, Lazy<CheckedPolicy>> versions = new();

        public CheckedPolicy Get(DateOnly key, Func<CheckedPolicy> bind) => versions.GetOrAdd(key, _ => new Lazy<CheckedPolicy>(bind)).Value;

        public override bool Equals(object? obj) => obj is VersionCache;

        public override int GetHashCode() => 0;
    }
}
