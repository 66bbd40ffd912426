using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// A timeline as a "Planning zorginkoop" table. Relative deadlines name the step they follow by its number and
/// action ("Uiterlijk 6 weken na stap 5 (Offerte indienen)"), since a row id is the author's name, not the reader's.
/// </summary>
internal static partial class PlanningBuilder
{
    public static PlanningTable Build(BoundTimeline timeline) =>
        new(PolicyAnchors.Declaration(timeline.Name), timeline.Title ?? timeline.Name, [.. timeline.Entries.Select(e => Row(timeline, e))]);

    private static PlanningRow Row(BoundTimeline timeline, BoundTimelineEntry entry)
    {
        var notes = entry.Conditions.Select(c => "Voor: " + c).Concat(entry.Exceptions.Select(e => "Tenzij: " + e));
        return new PlanningRow(
            PolicyAnchors.TimelineEntry(timeline.Name, entry.Id),
            entry.Number,
            entry.Phase,
            When(timeline, entry),
            entry.Parties.Length == 0 ? "" : string.Join(" en ", entry.Parties),
            entry.Action,
            entry.Channel,
            [.. notes],
            entry.Schedule?.Text);
    }

    private static string When(BoundTimeline timeline, BoundTimelineEntry entry)
    {
        if (entry.Schedule is not { } schedule)
        {
            return entry.EventName is { } name ? "Zodra " + Words(name) : "Geen vaste datum";
        }

        var text = schedule.Text;
        foreach (var name in schedule.Moments.SelectMany(m => m.Events).Select(e => e.Name).Distinct(StringComparer.Ordinal))
        {
            var step = timeline.Find(name);
            var words = step is null ? Words(name) : $"stap {step.Number} ({step.Action})";
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}_-]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}_-])", words.Replace("$", "$$"));
        }

        var sentence = Capitalize(text);
        return entry.EventName is { } own ? $"{sentence} (zodra {Words(own)})" : sentence;
    }

    /// <summary>"inkoopproces2027Vastgesteld" → "inkoopproces 2027 vastgesteld".</summary>
    internal static string Words(string name) => NameParts().Replace(name, " $0").Trim().ToLowerInvariant();

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"(?<=\p{Ll})\p{Lu}|(?<=\p{L})\p{N}+|(?<=\p{N})\p{L}")]
    private static partial Regex NameParts();
}
