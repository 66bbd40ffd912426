using System.Globalization;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>A timeline listing, or why it cannot be made: names and dates the policy does not know (catalogue diagnostics, in Dutch).</summary>
public sealed record TimelineListingResult(TimelineHeader? Header, IReadOnlyList<TimelineReport> Reports, IReadOnlyList<Diagnostic> Problems, bool NoTimelines);

/// <summary>
/// The planning of a checked policy on a moment, for a party, with event dates: what <c>zorginkoop timeline</c> and
/// the server's timeline endpoint both list, so they cannot disagree.
/// </summary>
public static class TimelineListing
{
    public static TimelineListingResult Query(CheckedPolicy policy, string policyPath, DateTime now, string? party, IReadOnlyList<string> eventArguments, IReadOnlyList<string> timelineNames)
    {
        var all = new TimelineInterpreter(policy).Timelines;
        if (all.Count == 0)
        {
            return new TimelineListingResult(null, [], [], NoTimelines: true);
        }

        var usage = new List<Diagnostic>();
        var selected = all.ToList();
        if (timelineNames.Count > 0)
        {
            var names = all.Select(t => t.Name).ToList();
            foreach (var name in timelineNames.Where(n => all.All(t => t.Name != n)))
            {
                usage.Add(DiagnosticCatalog.UnknownTimeline(name, NameSuggester.Suggest(name, names), names));
            }

            selected = [.. all.Where(t => timelineNames.Contains(t.Name))];
        }

        var eventDates = ParseEvents(eventArguments, all, usage);
        if (party is not null && !all.SelectMany(t => t.Parties).Any(p => string.Equals(p.Trim(), party.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            var parties = all.SelectMany(t => t.Parties).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            usage.Add(DiagnosticCatalog.UnknownTimelineParty(party, NameSuggester.Suggest(party, parties), parties));
        }

        if (usage.Count > 0)
        {
            return new TimelineListingResult(null, [], usage, NoTimelines: false);
        }

        var query = new TimelineQuery(now, party, eventDates);
        var reports = selected.Select(timeline => TimelinePlanner.Query(timeline, query)).ToList();
        var header = new TimelineHeader(policyPath, policy.Header?.Title ?? Path.GetFileNameWithoutExtension(policyPath), policy.Header?.Published, now, party, eventDates);
        return new TimelineListingResult(header, reports, [], NoTimelines: false);
    }

    /// <summary>The parties the policy's timelines name, for a page that asks whose planning to show.</summary>
    public static IReadOnlyList<string> Parties(CheckedPolicy policy) =>
        [.. new TimelineInterpreter(policy).Timelines.SelectMany(t => t.Parties).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Reads "offerte=2026-09-25" and "PlanningZbc.offerte=2026-09-25"; names must exist in some timeline.</summary>
    private static Dictionary<string, DateOnly> ParseEvents(IEnumerable<string> arguments, IReadOnlyList<TimelineInfo> timelines, List<Diagnostic> problems)
    {
        var events = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var known = timelines.SelectMany(t => t.EventNames.Concat(t.EventNames.Select(e => $"{t.Name}.{e}"))).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=');
            if (separator <= 0)
            {
                problems.Add(DiagnosticCatalog.NotAnEventArgument(argument));
                continue;
            }

            var name = argument[..separator].Trim();
            var value = argument[(separator + 1)..].Trim();
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(DiagnosticCatalog.NotAnEventDate(name, value));
                continue;
            }

            if (!known.Contains(name))
            {
                var bare = timelines.SelectMany(t => t.EventNames).Where(e => !char.IsAsciiDigit(e[0])).Distinct().ToList();
                problems.Add(DiagnosticCatalog.UnknownTimelineEvent(name, NameSuggester.Suggest(name, bare), bare));
                continue;
            }

            events[name] = date;
        }

        return events;
    }
}
