using System.Globalization;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>
/// Answers "what is overdue, open and coming on this date, for this party?" for a planning. Pure and
/// deterministic: the date asked about and the event dates are inputs, never the clock. The rules are in
/// docs/timelines.md; both the interpreter and compiled policies call this one implementation.
/// </summary>
public static class TimelinePlanner
{
    public static TimelineReport Query(TimelineInfo timeline, TimelineQuery query)
    {
        var events = EventsFor(timeline, query.Events);
        var items = new List<TimelineItem>();
        foreach (var entry in timeline.Entries)
        {
            var followsFromParty = false;
            if (query.Party is { } party && !entry.Involves(party))
            {
                // A reply to this party's offer concerns the party too, though another party acts.
                followsFromParty = entry.Schedule?.Events.Any(ev => timeline.Entries.Any(other => other.IsNamed(ev) && other.Involves(party))) == true;
                if (!followsFromParty)
                {
                    continue;
                }
            }

            items.AddRange(ItemsFor(timeline, entry, query.Now, events, followsFromParty));
        }

        return new TimelineReport(timeline, query.Now, items);
    }

    /// <summary>Event dates as this timeline sees them: bare names, overridden by names qualified with its own name.</summary>
    public static IReadOnlyDictionary<string, DateOnly> EventsFor(TimelineInfo timeline, IReadOnlyDictionary<string, DateOnly>? given)
    {
        var events = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (given is null)
        {
            return events;
        }

        foreach (var (name, date) in given.Where(e => !e.Key.Contains('.')))
        {
            events[name] = date;
        }

        var prefix = timeline.Name + ".";
        foreach (var (name, date) in given.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            events[name[prefix.Length..]] = date;
        }

        return events;
    }

    private static IEnumerable<TimelineItem> ItemsFor(TimelineInfo timeline, TimelineEntryInfo entry, DateTime now, IReadOnlyDictionary<string, DateOnly> events, bool followsFromParty)
    {
        DateOnly? ownEvent = events.TryGetValue(entry.Id, out var byId) ? byId
            : entry.Event is { } name && events.TryGetValue(name, out var byName) ? byName
            : null;
        var today = DateOnly.FromDateTime(now);
        var schedule = entry.Schedule;

        if (schedule is null)
        {
            if (ownEvent is { } happened)
            {
                var done = happened <= today;
                yield return Item(done ? TimelineStatus.Done : TimelineStatus.Upcoming, [], null, happened.ToDateTime(TimeOnly.MinValue), [], null,
                    done ? $"afgerond op {DutchFormat.Date(happened)}" : $"gepland op {DutchFormat.Date(happened)}");
            }
            else
            {
                yield return Item(TimelineStatus.Undated, [], null, null, [], null, "zonder datum");
            }

            yield break;
        }

        if (schedule.Kind == TimelineEntryKind.Continuous && ContinuousPeriod(schedule) is var (from, through))
        {
            // "doorlopend": no date of its own, so never due, overdue or done ("zonder datum"), but shown with the
            // period it holds in, so that an agenda and a calendar list it instead of leaving it out.
            var starts = from.ToDateTime(TimeOnly.MinValue);
            var ends = through.AddDays(1).ToDateTime(TimeOnly.MinValue);
            DueMoment[] span =
            [
                new("van", from, null, false, false, starts, now >= starts),
                new("t/m", through, null, false, false, ends, now >= ends),
            ];
            yield return new TimelineItem(entry, null, TimelineStatus.Undated, span, null, starts, [], null, ownEvent, followsFromParty,
                $"{schedule.Text}: {DutchFormat.Date(from)} t/m {DutchFormat.Date(through)}");
            yield break;
        }

        if (schedule.Kind == TimelineEntryKind.Recurring && schedule.Period is { } period)
        {
            foreach (var occurrence in Occurrences(period, schedule.Years))
            {
                var starts = occurrence.Start.ToDateTime(TimeOnly.MinValue);
                var ends = occurrence.End.AddDays(1).ToDateTime(TimeOnly.MinValue);
                var status = now < starts ? TimelineStatus.Upcoming : now < ends ? TimelineStatus.Open : TimelineStatus.Done;
                DueMoment[] moments =
                [
                    new("van", occurrence.Start, null, false, false, starts, now >= starts),
                    new("t/m", occurrence.End, null, false, true, ends, now >= ends),
                ];
                yield return new TimelineItem(entry, occurrence.Label, status, moments, ends, starts, [], null, null, followsFromParty,
                    $"{occurrence.Label}: {string.Join(", ", moments.Select(m => m.Text))}");
            }

            yield break;
        }

        var missing = schedule.Events.Where(ev => !events.ContainsKey(ev)).ToList();
        if (missing.Count > 0)
        {
            var latest = LatestPossible(timeline, schedule, events);
            var done = ownEvent is { } happened && happened <= today;
            var summary = $"wacht op {string.Join(" en ", missing)} ({schedule.Text}"
                + (latest is { } l ? $"; op zijn laatst {DutchFormat.Date(l)}" : string.Empty) + ")";
            yield return Item(done ? TimelineStatus.Done : TimelineStatus.Waiting, [], null, null, missing, latest,
                done ? $"afgerond op {DutchFormat.Date(ownEvent!.Value)}; {summary}" : summary);
            yield break;
        }

        var resolved = new List<DueMoment>();
        DateTime? startInstant = null, dueInstant = null;
        if (schedule.Start?.Resolve(events) is { } start)
        {
            startInstant = schedule.Start.StartOf(start);
            var label = schedule.Kind switch { TimelineEntryKind.From => "vanaf", TimelineEntryKind.On => "op", _ => "van" };
            resolved.Add(new DueMoment(label, start, schedule.Start.Time, false, false, startInstant.Value, now >= startInstant.Value));
        }

        if (schedule.Preferred?.Resolve(events) is { } preferred)
        {
            var instant = schedule.Preferred.EndOf(preferred);
            resolved.Add(new DueMoment("bij voorkeur", preferred, schedule.Preferred.Time, schedule.Preferred.Before, true, instant, now >= instant));
        }

        if (schedule.Deadline?.Resolve(events) is { } deadline)
        {
            dueInstant = schedule.Deadline.EndOf(deadline);
            var label = schedule.Kind == TimelineEntryKind.Window ? "t/m" : "uiterlijk";
            resolved.Add(new DueMoment(label, deadline, schedule.Deadline.Time, schedule.Deadline.Before, true, dueInstant.Value, now >= dueInstant.Value));
        }

        if (schedule.Kind == TimelineEntryKind.On && startInstant is { } onStart)
        {
            dueInstant = schedule.Start!.Time is null ? onStart.Date.AddDays(1) : onStart;
        }

        var computed = schedule.Kind switch
        {
            _ when startInstant is { } s && now < s => TimelineStatus.Upcoming,
            TimelineEntryKind.On => now < dueInstant ? TimelineStatus.Open : TimelineStatus.Done,
            _ when dueInstant is { } d && now >= d => TimelineStatus.Overdue,
            _ => TimelineStatus.Open,
        };

        // "6 weken na offerte" with the offer still to come: the reply is not open yet.
        var relative = schedule.Events.Any();
        if (computed == TimelineStatus.Open && relative && schedule.Events.Any(ev => events[ev] > today))
        {
            computed = TimelineStatus.Upcoming;
        }

        var text = string.Join(", ", resolved.Select(m => m.Text)) + (relative ? $" — {schedule.Text}" : string.Empty);
        if (ownEvent is { } own)
        {
            if (own <= today)
            {
                computed = TimelineStatus.Done;
                text = $"afgerond op {DutchFormat.Date(own)}; {text}";
            }
            else
            {
                text = $"{text}; gepland op {DutchFormat.Date(own)}";
            }
        }

        yield return Item(computed, resolved, dueInstant, startInstant, [], null, text);

        TimelineItem Item(TimelineStatus status, IReadOnlyList<DueMoment> moments, DateTime? due, DateTime? starts, IReadOnlyList<string> waitingFor, DateOnly? latest, string summary) =>
            new(entry, null, status, moments, due, starts, waitingFor, latest, ownEvent, followsFromParty, summary);
    }

    /// <summary>
    /// The latest date a relative row can fall on: its events taken at their own rows' fixed deadlines
    /// ("reactie uiterlijk 6 weken na offerte" with the offer due 30 september: 11 november).
    /// </summary>
    private static DateOnly? LatestPossible(TimelineInfo timeline, TimelineSchedule schedule, IReadOnlyDictionary<string, DateOnly> events)
    {
        var assumed = new Dictionary<string, DateOnly>(events, StringComparer.Ordinal);
        foreach (var ev in schedule.Events.Where(ev => !events.ContainsKey(ev)))
        {
            var source = timeline.Entries.FirstOrDefault(e => e.IsNamed(ev) && e.Schedule?.Deadline?.Date is not null);
            if (source is null)
            {
                return null;
            }

            assumed[ev] = source.Schedule!.Deadline!.Date!.Value;
        }

        return (schedule.Deadline ?? schedule.Start)?.Resolve(assumed);
    }

    /// <summary>
    /// The period a continuous row holds in: 1 January of its first year through 31 December of its last (the
    /// binder fills the years from the looptijd when the row names none); null without years.
    /// </summary>
    public static (DateOnly From, DateOnly Through)? ContinuousPeriod(TimelineSchedule schedule)
    {
        var years = schedule.Years.Where(y => y is >= 1 and <= 9998).ToList();
        return years.Count == 0 ? null : (new DateOnly(years.Min(), 1, 1), new DateOnly(years.Max(), 12, 31));
    }

    public sealed record Occurrence(string Label, DateOnly Start, DateOnly End);

    /// <summary>The periods of a recurring row: each quarter, month, ISO week or year of the given years.</summary>
    public static IEnumerable<Occurrence> Occurrences(TimelinePeriod period, IEnumerable<int> years)
    {
        foreach (var year in years.Where(y => y is >= 1 and <= 9998))
        {
            switch (period)
            {
                case TimelinePeriod.Year:
                    yield return new Occurrence(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    break;
                case TimelinePeriod.Quarter:
                    for (var q = 1; q <= 4; q++)
                    {
                        var first = new DateOnly(year, (3 * q) - 2, 1);
                        yield return new Occurrence($"{q}e kwartaal {year}", first, first.AddMonths(3).AddDays(-1));
                    }

                    break;
                case TimelinePeriod.Month:
                    for (var m = 1; m <= 12; m++)
                    {
                        var first = new DateOnly(year, m, 1);
                        yield return new Occurrence($"{DutchFormat.MonthName(m)} {year}", first, first.AddMonths(1).AddDays(-1));
                    }

                    break;
                default:
                    for (var w = 1; w <= ISOWeek.GetWeeksInYear(year); w++)
                    {
                        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, w, DayOfWeek.Monday));
                        yield return new Occurrence($"week {w} van {year}", monday, monday.AddDays(6));
                    }

                    break;
            }
        }
    }
}
