namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>
/// When a planning row happens or is due. <see cref="Start"/> is the start of a window, <c>vanaf</c> or
/// <c>op</c>; <see cref="Deadline"/> the hard deadline (<c>uiterlijk</c>, <c>binnen</c>, the end of a window,
/// the "maar uiterlijk" of a preferred date); <see cref="Preferred"/> the "bij voorkeur vóór" date.
/// Recurring rows have a <see cref="Period"/> and the <see cref="Years"/> they recur in.
/// <see cref="Text"/> is the schedule as the author wrote it.
/// </summary>
public sealed record TimelineSchedule(
    TimelineEntryKind Kind,
    string Text,
    TimelineMoment? Start,
    TimelineMoment? Preferred,
    TimelineMoment? Deadline,
    TimelinePeriod? Period,
    IReadOnlyList<int> Years)
{
    public IEnumerable<TimelineMoment> Moments => new[] { Start, Preferred, Deadline }.OfType<TimelineMoment>();

    /// <summary>The events this schedule waits for, in order of first mention.</summary>
    public IEnumerable<string> Events => Moments.SelectMany(m => m.Events).Distinct(StringComparer.Ordinal);
}
