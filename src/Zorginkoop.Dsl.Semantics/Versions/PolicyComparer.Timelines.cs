using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Semantics.Versions;

public static partial class PolicyComparer
{
    /// <summary>
    /// Timelines by name, entries by id; an entry without an id of its own is matched by its action. An entry
    /// whose dates moved exactly as far as the policy period (and whose texts differ only in those years) is
    /// the same planning a year on: those are gathered in one <see cref="ChangeKind.Shifted"/> change per timeline.
    /// </summary>
    private static void CompareTimelines(CheckedPolicy older, CheckedPolicy newer, List<PolicyChange> changes)
    {
        var shift = older.Header?.FirstYear is { } from && newer.Header?.FirstYear is { } to ? to - from : 0;
        foreach (var (old, @new) in Match(older.BoundTimelines, newer.BoundTimelines, t => t.Name))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.Timeline, added.Name, null, new ChangeSide(added.Title, null, added.Symbol.Location), [EntryList(added)]));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.Timeline, removed.Name, null, new ChangeSide(removed.Title, null, removed.Symbol.Location), [EntryList(removed)]));
                    break;
                case ({ } a, { } b):
                    if (a.Title != b.Title)
                    {
                        changes.Add(new PolicyChange(ChangeKind.Changed, AmendedElementKind.Timeline, b.Name, null,
                            new ChangeSide(a.Title, null, a.Symbol.Location), new ChangeSide(b.Title, null, b.Symbol.Location), [], ["titel gewijzigd"]));
                    }

                    CompareEntries(a, b, shift, changes);
                    break;
            }
        }
    }

    private static string EntryList(BoundTimeline timeline) => "regels: " + string.Join(", ", timeline.Entries.Select(EntryName));

    private static string EntryName(BoundTimelineEntry entry) => entry.HasExplicitId ? entry.Id : $"regel {entry.Number}";

    private static void CompareEntries(BoundTimeline older, BoundTimeline newer, int shift, List<PolicyChange> changes)
    {
        var context = newer.Title ?? newer.Name;
        var shifted = new List<string>();
        static string Key(BoundTimelineEntry entry) => entry.HasExplicitId ? entry.Id : "\"" + entry.Action;
        string PathOf(BoundTimelineEntry entry) => $"{newer.Name}.{EntryName(entry)}";
        foreach (var (old, @new) in Match(older.Entries, newer.Entries, Key))
        {
            switch (old, @new)
            {
                case (null, { } added):
                    changes.Add(Added(AmendedElementKind.TimelineEntry, PathOf(added), context, EntrySide(added), []));
                    break;
                case ({ } removed, null):
                    changes.Add(Removed(AmendedElementKind.TimelineEntry, $"{older.Name}.{EntryName(removed)}", context, EntrySide(removed), []));
                    break;
                case ({ } a, { } b):
                    var sameSchedule = SameSchedule(a.Schedule, b.Schedule, 0);
                    var differences = TextDifferences(a, b, 0);
                    if (sameSchedule && differences.Count == 0)
                    {
                        break;
                    }

                    if (shift != 0 && SameSchedule(a.Schedule, b.Schedule, shift) && TextDifferences(a, b, shift).Count == 0)
                    {
                        shifted.Add(EntryName(b));
                        break;
                    }

                    var values = sameSchedule ? [] : DateChanges(a.Schedule, b.Schedule);
                    var notes = sameSchedule ? differences : ["planning gewijzigd", .. differences];
                    changes.Add(new PolicyChange(differences.Count == 0 ? ChangeKind.Moved : ChangeKind.Changed, AmendedElementKind.TimelineEntry, PathOf(b), context,
                        EntrySide(a), EntrySide(b), [.. values], [.. notes]));
                    break;
            }
        }

        if (shifted.Count > 0)
        {
            var years = Math.Abs(shift) == 1 ? "een jaar" : $"{Math.Abs(shift)} jaar";
            changes.Add(new PolicyChange(ChangeKind.Shifted, AmendedElementKind.TimelineEntry, newer.Name, context, null, null,
                [],
                [$"{shifted.Count} {(shifted.Count == 1 ? "regel" : "regels")} {years} {(shift > 0 ? "later" : "eerder")}, verder gelijk: {string.Join(", ", shifted)}"]));
        }
    }

    private static ChangeSide EntrySide(BoundTimelineEntry entry)
    {
        var text = $"{string.Join(" en ", entry.Parties)}: {entry.Action}";
        if (entry.Channel is not null)
        {
            text += $" (via {entry.Channel})";
        }

        return new ChangeSide(text, entry.Schedule is null ? null : LogicComparer.Normalize(entry.Schedule.Text), entry.Location);
    }

    /// <summary>What differs besides the schedule, with the years in the older texts moved by <paramref name="shift"/>.</summary>
    private static List<string> TextDifferences(BoundTimelineEntry a, BoundTimelineEntry b, int shift)
    {
        string? Shift(string? text) => text is null || shift == 0 ? text : Year().Replace(text, m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + shift).ToString(System.Globalization.CultureInfo.InvariantCulture));
        bool Same(IEnumerable<string> x, IEnumerable<string> y) => x.Select(Shift).SequenceEqual(y);
        var notes = new List<string>();
        if (Shift(a.Action) != b.Action)
        {
            notes.Add("actie gewijzigd");
        }

        if (!Same(a.Parties, b.Parties))
        {
            notes.Add("partijen gewijzigd");
        }

        if (Shift(a.Channel) != b.Channel)
        {
            notes.Add("kanaal gewijzigd");
        }

        if (!Same(a.Conditions, b.Conditions))
        {
            notes.Add("voorwaarde gewijzigd");
        }

        if (!Same(a.Exceptions, b.Exceptions))
        {
            notes.Add(a.Exceptions.Length < b.Exceptions.Length ? "uitzondering toegevoegd" : a.Exceptions.Length > b.Exceptions.Length ? "uitzondering vervallen" : "uitzondering gewijzigd");
        }

        if (a.Phase != b.Phase)
        {
            notes.Add("fase gewijzigd");
        }

        if (a.EventName != b.EventName)
        {
            notes.Add("gebeurtenis gewijzigd");
        }

        return notes;
    }

    /// <summary>Whether two schedules agree once the older one's fixed dates and years are moved by <paramref name="shift"/> years.</summary>
    private static bool SameSchedule(BoundSchedule? a, BoundSchedule? b, int shift)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Kind == b.Kind
            && a.Period == b.Period
            && a.Years.Select(y => y + shift).SequenceEqual(b.Years)
            && SameMoment(a.Start, b.Start, shift)
            && SameMoment(a.Preferred, b.Preferred, shift)
            && SameMoment(a.Deadline, b.Deadline, shift);
    }

    private static bool SameMoment(BoundMoment? a, BoundMoment? b, int shift)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Before != b.Before || a.Time != b.Time)
        {
            return false;
        }

        return (a.FixedDate, b.FixedDate) switch
        {
            ({ } x, { } y) => x.AddYears(shift) == y,
            // A relative moment ("6 weken na offerte") has no date of its own: it must be the same, also when shifted.
            (null, null) => SameExactly(a.Expression, b.Expression),
            _ => false,
        };
    }

    private static bool SameExactly(Bound.BoundExpression a, Bound.BoundExpression b)
    {
        var values = new List<ValueChange>();
        return LogicComparer.SameShape(a, b, values) && values.Count == 0;
    }

    private static List<ValueChange> DateChanges(BoundSchedule? a, BoundSchedule? b)
    {
        var values = new List<ValueChange>();
        if (a is null || b is null || a.Kind != b.Kind)
        {
            // A window that became a deadline: the schedule texts say it better than pairs of dates.
            return values;
        }

        void Add(string label, BoundMoment? x, BoundMoment? y)
        {
            if (x?.FixedDate is { } from && y?.FixedDate is { } to && (from != to || x.Time != y.Time))
            {
                values.Add(new ValueChange(label, Moment(from, x.Time), Moment(to, y.Time)));
            }
        }

        Add(a.Kind == Runtime.Timelines.TimelineEntryKind.Window ? "van" : "vanaf", a.Start, b.Start);
        Add("bij voorkeur vóór", a.Preferred, b.Preferred);
        Add(a.Kind == Runtime.Timelines.TimelineEntryKind.Window ? "tot en met" : "uiterlijk", a.Deadline, b.Deadline);
        return values;
    }

    private static string Moment(DateOnly date, TimeOnly? time) => time is { } t ? $"{DutchFormat.Date(date)} {DutchFormat.Time(t)}" : DutchFormat.Date(date);
}
