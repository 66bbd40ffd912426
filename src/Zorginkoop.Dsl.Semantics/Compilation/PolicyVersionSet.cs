using System.Collections.Concurrent;
using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Amendments;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>
/// Translates the parsed files of a policy into the checked models of its versions. The pipeline flows one way:
/// the amendments are analysed once (resolved operations, ZI6xxx diagnostics, version dates), then for each
/// version date the amendments up to it are applied to the syntax trees and the result is bound. Each version is
/// bound once and kept here, so callers may compare versions by reference; the checked models themselves stay
/// plain data that only point back to the set they came from.
/// </summary>
public sealed class PolicyVersionSet : ICheckedVersions
{
    private readonly LoadedPolicy published;
    private readonly AmendmentAnalysis analysis;
    private readonly ConcurrentDictionary<DateOnly, Lazy<CheckedPolicy>> versions = new();
    private readonly Lazy<CheckedPolicy> publishedModel;

    private PolicyVersionSet(LoadedPolicy published)
    {
        this.published = published;
        analysis = AmendmentAnalyser.Analyse(published);
        publishedModel = new Lazy<CheckedPolicy>(BindPublished);
    }

    /// <inheritdoc/>
    public ImmutableArray<DateOnly> Dates => analysis.VersionDates;

    /// <param name="asOf">
    /// The policy as it stood on this date, with every amendment dated on or before it applied; null for the
    /// policy as published (whose diagnostics then include those of every later version).
    /// </param>
    public static CheckedPolicy Compile(LoadedPolicy loaded, DateOnly? asOf)
    {
        var set = new PolicyVersionSet(loaded);
        if (asOf is not { } date)
        {
            return AcknowledgementApplier.Apply(set.publishedModel.Value, reportStale: true);
        }

        // Shown as of the date asked for ("zoals geldend op"), and kept as the version of every date with the same amendments.
        var version = set.Bind(AmendmentApplier.Apply(loaded, date));
        return AcknowledgementApplier.Apply(set.versions.GetOrAdd(set.KeyOf(date), new Lazy<CheckedPolicy>(version)).Value, reportStale: false);
    }

    /// <inheritdoc/>
    public CheckedPolicy VersionOn(CheckedPolicy from, DateOnly date)
    {
        var key = KeyOf(date);
        var own = from.AsOf is { } asOf ? KeyOf(asOf) : default;
        return key == own ? from : Version(key, date);
    }

    /// <summary>The last version date on or before a date; the default date stands for "before any amendment".</summary>
    private DateOnly KeyOf(DateOnly date) => Dates.LastOrDefault(d => d <= date);

    /// <summary>A version by its key, bound the first time it is asked for (as of <paramref name="date"/> when no amendment applies yet).</summary>
    private CheckedPolicy Version(DateOnly key, DateOnly date) =>
        versions.GetOrAdd(key, _ => new Lazy<CheckedPolicy>(() => Bind(AmendmentApplier.Apply(published, key == default ? date : key)))).Value;

    private CheckedPolicy Bind(LoadedPolicy files) => Binder.Bind(files, analysis) with { VersionSet = this };

    private CheckedPolicy BindPublished()
    {
        var model = Bind(published);
        return Dates.IsEmpty ? model : PublishedPolicyAssembler.Assemble(model, [.. Dates.Select(d => Version(d, d))], Dates, analysis.Diagnostics);
    }
}
