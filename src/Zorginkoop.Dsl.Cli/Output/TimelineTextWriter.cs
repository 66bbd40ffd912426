using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// The planning on a date as a to-do list: per timeline, the rows grouped by status (verstreken, open, wacht op
/// gebeurtenis, komt eraan, afgerond, zonder datum), most urgent first.
/// </summary>
public static class TimelineTextWriter
{
    private static readonly TimelineStatus[] SectionOrder =
        [TimelineStatus.Overdue, TimelineStatus.Open, TimelineStatus.Waiting, TimelineStatus.Upcoming, TimelineStatus.Done, TimelineStatus.Undated];

    public static void Write(TextWriter output, TimelineHeader header, IReadOnlyList<TimelineReport> reports)
    {
        // Sentences, titles and values come from the policy and the facts: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        var when = header.Now.TimeOfDay == TimeSpan.Zero
            ? $"{DutchFormat.Weekday(DateOnly.FromDateTime(header.Now))} {DutchFormat.DateTime(header.Now)}"
            : $"{DutchFormat.Weekday(DateOnly.FromDateTime(header.Now))} {DutchFormat.DateTime(header.Now)} (Europe/Amsterdam)";
        output.WriteLine($"{header.Title} — planning op {when}{(header.Party is null ? string.Empty : $", voor {header.Party}")}");
        if (header.Events.Count > 0)
        {
            output.WriteLine($"Gebeurtenissen: {string.Join(", ", header.Events.Select(e => $"{e.Key} = {DutchFormat.Date(e.Value)}"))}");
        }

        var shown = reports.Where(r => r.Items.Count > 0).ToList();
        if (shown.Count == 0)
        {
            output.WriteLine();
            output.WriteLine(header.Party is null ? "Geen regels." : $"Geen regels voor {header.Party}.");
            return;
        }

        foreach (var report in shown)
        {
            output.WriteLine();
            output.WriteLine(report.Timeline.Title is null ? report.Timeline.Name : $"{report.Timeline.Name} — {report.Timeline.Title}");
            foreach (var status in SectionOrder)
            {
                var items = report.Items.Where(i => i.Status == status).OrderBy(SortKey).ThenBy(i => i.Entry.Number).ToList();
                if (items.Count == 0)
                {
                    continue;
                }

                output.WriteLine($"  {status.ToDutch().ToUpperInvariant()}");
                foreach (var item in items)
                {
                    WriteItem(output, item);
                }
            }
        }
    }

    public static DateTime SortKey(TimelineItem item) =>
        item.Due ?? item.Starts ?? item.LatestPossible?.ToDateTime(TimeOnly.MinValue) ?? item.EventDate?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MaxValue;

    private static void WriteItem(TextWriter output, TimelineItem item)
    {
        var entry = item.Entry;
        output.WriteLine($"  - [{entry.Id}] {entry.Action}{(item.Occurrence is null ? string.Empty : $" — {item.Occurrence}")}");
        output.WriteLine($"      {item.Summary}");
        var who = string.Join(" en ", entry.Parties);
        if (item.FollowsFromParty)
        {
            who += $" (volgt op {string.Join(" en ", entry.Schedule?.Events ?? [])})";
        }

        var facts = new List<string> { $"wie: {who}" };
        if (entry.Channel is not null)
        {
            facts.Add($"via: {entry.Channel}");
        }

        if (entry.Phase is not null)
        {
            facts.Add($"fase: {entry.Phase}");
        }

        output.WriteLine($"      {string.Join(" · ", facts)}");
        foreach (var condition in entry.Conditions)
        {
            output.WriteLine($"      voor: {condition}");
        }

        foreach (var exception in entry.Exceptions)
        {
            output.WriteLine($"      tenzij: {exception}");
        }
    }
}
