using System.Globalization;
using System.Text;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>
/// Writes plannings as an RFC 5545 calendar: one VEVENT per dated row (a recurring row once, with its other
/// periods as RDATEs; a continuous row as one all-day event over its period, without a reminder), all-day or timed
/// in Europe/Amsterdam, each due row with a VALARM. The output is deterministic:
/// UIDs derive from policy, timeline and row id, and DTSTAMP is the policy's publication date.
/// </summary>
public static class IcsCalendarWriter
{
    private const int MaxOctets = 75;

    public static void Write(TextWriter output, TimelineHeader header, IReadOnlyList<TimelineReport> reports)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Zorginkoop.Dsl//zorginkoop timeline//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape($"{header.Title} — planning"),
            "X-WR-TIMEZONE:" + AmsterdamTime.TimeZoneId,
        };
        lines.AddRange(TimeZone());

        var stamp = (header.Published ?? new DateOnly(2000, 1, 1)).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";
        var policySlug = Slug(header.Title);
        foreach (var report in reports)
        {
            // A recurring row yields one item per period; it becomes one event with its periods as RDATEs.
            foreach (var group in report.Items.GroupBy(i => i.Entry.Id))
            {
                var items = group.ToList();
                if (Event(header, report.Timeline, items, stamp, policySlug) is { } lines2)
                {
                    lines.AddRange(lines2);
                }
            }
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Fold(line));
        }

        output.Write(text.ToString());
    }

    /// <summary>Whether an item has a date a calendar can show: a resolved schedule, or a given event date.</summary>
    public static bool IsDated(TimelineItem item) => item.Moments.Count > 0 || (item.Entry.Schedule is null && item.EventDate is not null);

    private static IEnumerable<string>? Event(TimelineHeader header, TimelineInfo timeline, List<TimelineItem> items, string stamp, string policySlug)
    {
        var first = items[0];
        if (!IsDated(first))
        {
            return null;
        }

        var entry = first.Entry;
        var lines = new List<string>
        {
            "BEGIN:VEVENT",
            "UID:" + Escape($"{policySlug}.{timeline.Name}.{entry.Id}@zorginkoop"),
            "DTSTAMP:" + stamp,
        };
        var deadline = first.Moments.LastOrDefault(m => m.IsDeadline);
        var start = first.Moments.FirstOrDefault(m => !m.IsDeadline);
        string? trigger;
        switch (entry.Kind)
        {
            case TimelineEntryKind.Continuous when TimelinePlanner.ContinuousPeriod(entry.Schedule!) is var (from, through):
                // "doorlopend": an all-day event over the whole period, which Outlook, Google Agenda and Apple Agenda
                // all show as a bar across those days (a VTODO without a due date most of them do not import). It
                // is never due, so it has no reminder.
                lines.Add("DTSTART;VALUE=DATE:" + Date(from));
                lines.Add("DTEND;VALUE=DATE:" + Date(through.AddDays(1)));
                trigger = null;
                break;
            case TimelineEntryKind.Recurring:
                var startDate = first.Moments[0].Date;
                lines.Add("DTSTART;VALUE=DATE:" + Date(startDate));
                lines.Add("DTEND;VALUE=DATE:" + Date(startDate.AddDays(1)));
                if (items.Count > 1)
                {
                    lines.Add("RDATE;VALUE=DATE:" + string.Join(",", items.Skip(1).Select(i => Date(i.Moments[0].Date))));
                }

                trigger = "TRIGGER:-P1D";
                break;
            case TimelineEntryKind.Window when start is not null && deadline is not null:
                if (deadline.Time is { } closing)
                {
                    lines.Add("DTSTART;TZID=Europe/Amsterdam:" + DateTime(start.Date, start.Time ?? TimeOnly.MinValue));
                    lines.Add("DTEND;TZID=Europe/Amsterdam:" + DateTime(deadline.Date, closing));
                }
                else
                {
                    lines.Add("DTSTART;VALUE=DATE:" + Date(start.Date));
                    lines.Add("DTEND;VALUE=DATE:" + Date(deadline.Date.AddDays(1)));
                }

                // Remind before the window closes, not when it opens.
                trigger = "TRIGGER;RELATED=END:-P7D";
                break;
            default:
                var (date, time) = deadline is not null ? (deadline.Date, deadline.Time)
                    : start is not null ? (start.Date, start.Time)
                    : (first.EventDate!.Value, (TimeOnly?)null);
                if (time is { } at)
                {
                    // A moment in time: without DTEND the event ends when it starts (RFC 5545, 3.6.1).
                    lines.Add("DTSTART;TZID=Europe/Amsterdam:" + DateTime(date, at));
                }
                else
                {
                    lines.Add("DTSTART;VALUE=DATE:" + Date(date));
                    lines.Add("DTEND;VALUE=DATE:" + Date(date.AddDays(1)));
                }

                trigger = deadline is not null ? "TRIGGER:-P7D" : "TRIGGER:-P1D";
                break;
        }

        var summary = $"{entry.Action} ({string.Join(" en ", entry.Parties)})";
        lines.Add("SUMMARY:" + Escape(summary));
        lines.Add("DESCRIPTION:" + Escape(Description(header, timeline, entry, first)));
        lines.Add("CATEGORIES:" + Escape(timeline.Name));
        lines.Add("TRANSP:TRANSPARENT");
        if (trigger is not null)
        {
            lines.Add("BEGIN:VALARM");
            lines.Add("ACTION:DISPLAY");
            lines.Add("DESCRIPTION:" + Escape(summary));
            lines.Add(trigger);
            lines.Add("END:VALARM");
        }

        // The preferred date of "bij voorkeur vóór …, maar uiterlijk …" gets its own reminder a week ahead.
        if (first.Moments.FirstOrDefault(m => m.Label == "bij voorkeur") is { } preferred)
        {
            var utc = AmsterdamTime.ToUtc(preferred.Instant.AddDays(-7));
            lines.Add("BEGIN:VALARM");
            lines.Add("ACTION:DISPLAY");
            lines.Add("DESCRIPTION:" + Escape($"Bij voorkeur {preferred.DateText}: {entry.Action}"));
            lines.Add("TRIGGER;VALUE=DATE-TIME:" + utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            lines.Add("END:VALARM");
        }

        lines.Add("END:VEVENT");
        return lines;
    }

    private static string Description(TimelineHeader header, TimelineInfo timeline, TimelineEntryInfo entry, TimelineItem item)
    {
        var text = new StringBuilder();
        text.Append(entry.Schedule?.Text ?? item.Summary).Append('\n');
        text.Append("Wie: ").Append(string.Join(" en ", entry.Parties)).Append('\n');
        if (entry.Channel is not null)
        {
            text.Append("Via: ").Append(entry.Channel).Append('\n');
        }

        foreach (var condition in entry.Conditions)
        {
            text.Append("Voor: ").Append(condition).Append('\n');
        }

        foreach (var exception in entry.Exceptions)
        {
            text.Append("Tenzij: ").Append(exception).Append('\n');
        }

        if (entry.Phase is not null)
        {
            text.Append("Fase: ").Append(entry.Phase).Append('\n');
        }

        text.Append("Tijdlijn: ").Append(timeline.Title ?? timeline.Name).Append(" (").Append(timeline.Name).Append(", regel ").Append(entry.Id).Append(")\n");
        // The file name only: the same calendar whichever folder the command ran from.
        text.Append("Beleid: ").Append(header.Title).Append(" — ").Append(Path.GetFileName(entry.Location.File))
            .Append('(').Append(entry.Location.Line).Append(',').Append(entry.Location.Column).Append(')');
        return text.ToString();
    }

    private static IEnumerable<string> TimeZone() =>
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string DateTime(DateOnly date, TimeOnly time) => Date(date) + "T" + time.ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 3.3.11: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    escaped.Append("\\\\");
                    break;
                case ';':
                    escaped.Append("\\;");
                    break;
                case ',':
                    escaped.Append("\\,");
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    escaped.Append(text[i]);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): CRLF and one space before each continuation,
    /// never inside a character.
    /// </summary>
    public static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.Append("\r\n").ToString();
    }

    /// <summary>An ASCII slug for UIDs: "Coöperatie Zorg 2027" → "cooperatie-zorg-2027".</summary>
    public static string Slug(string text)
    {
        // Spelled out rather than Unicode normalization, which invariant globalization does not promise.
        const string accented = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç";
        const string plain = "aaaaaaeeeeiiiiooooouuuuyync";
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var letter = accented.IndexOf(c) is var i and >= 0 ? plain[i] : c;
            if (char.IsAsciiLetterOrDigit(letter))
            {
                slug.Append(letter);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
