using System.Globalization;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>A timeline listing, or why it cannot be made: names and dates the policy does not know, in Dutch.</summary>
public sealed record TimelineListingResult(TimelineHeader? Header, IReadOnlyList<TimelineReport> Reports, IReadOnlyList<string> Problems, bool NoTimelines);

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

        var usage = new List<string>();
        var selected = all.ToList();
        if (timelineNames.Count > 0)
        {
            foreach (var name in timelineNames.Where(n => all.All(t => t.Name != n)))
            {
                usage.Add($"Onbekende tijdlijn '{name}'.{Hint(name, all.Select(t => t.Name))} Tijdlijnen: {string.Join(", ", all.Select(t => t.Name))}.");
            }

            selected = [.. all.Where(t => timelineNames.Contains(t.Name))];
        }

        var eventDates = ParseEvents(eventArguments, all, usage);
        if (party is not null && !all.SelectMany(t => t.Parties).Any(p => string.Equals(p.Trim(), party.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            var parties = all.SelectMany(t => t.Parties).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            usage.Add($"Geen regel noemt partij '{party}'.{Hint(party, parties)} Partijen: {string.Join(", ", parties)}.");
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
    private static Dictionary<string, DateOnly> ParseEvents(IEnumerable<string> arguments, IReadOnlyList<TimelineInfo> timelines, List<string> problems)
    {
        var events = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var known = timelines.SelectMany(t => t.EventNames.Concat(t.EventNames.Select(e => $"{t.Name}.{e}"))).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=');
            if (separator <= 0)
            {
                problems.Add($"'{argument}' is geen gebeurtenis; schrijf <naam>=JJJJ-MM-DD, bijvoorbeeld offerte=2026-09-25.");
                continue;
            }

            var name = argument[..separator].Trim();
            var value = argument[(separator + 1)..].Trim();
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add($"'{value}' (bij gebeurtenis '{name}') is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-09-25.");
                continue;
            }

            if (!known.Contains(name))
            {
                var bare = timelines.SelectMany(t => t.EventNames).Where(e => !char.IsAsciiDigit(e[0])).Distinct().ToList();
                problems.Add($"Geen tijdlijn kent gebeurtenis '{name}'.{Hint(name, bare)} Gebeurtenissen zijn regelnamen en 'als'-namen: {string.Join(", ", bare)}.");
                continue;
            }

            events[name] = date;
        }

        return events;
    }

    private static string Hint(string name, IEnumerable<string> candidates) =>
        NameSuggester.Suggest(name, candidates) is { } suggestion ? $" Bedoelde u '{suggestion}'?" : string.Empty;
}
