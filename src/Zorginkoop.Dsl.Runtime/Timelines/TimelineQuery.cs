namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>
/// A question to a planning: on <see cref="Now"/> (Europe/Amsterdam wall-clock time), for <see cref="Party"/>
/// (all parties when null), given the dates on which events happened or will happen. Event names are row ids or
/// <c>als</c> names, optionally qualified by the timeline ("PlanningZbc.offerte"), which wins over the bare name.
/// </summary>
public sealed record TimelineQuery(DateTime Now, string? Party = null, IReadOnlyDictionary<string, DateOnly>? Events = null)
{
    public static TimelineQuery On(DateOnly date, string? party = null, IReadOnlyDictionary<string, DateOnly>? events = null) =>
        new(date.ToDateTime(TimeOnly.MinValue), party, events);
}

/// <summary>Where a row stands on the date asked about.</summary>
public enum TimelineStatus
{
    /// <summary>verstreken: the (hard) deadline or the window has passed and the row is not marked done.</summary>
    Overdue,

    /// <summary>open: can or must be done now; its deadline, if any, lies ahead.</summary>
    Open,

    /// <summary>wacht op gebeurtenis: relative to an event whose date is not given yet.</summary>
    Waiting,

    /// <summary>komt eraan: starts later, or follows an event that has yet to happen.</summary>
    Upcoming,

    /// <summary>afgerond: its own event has a date on or before the date asked about, or it happened on a past day.</summary>
    Done,

    /// <summary>zonder datum: a step of its phase without a date of its own.</summary>
    Undated,
}

public static class TimelineStatusText
{
    public static string ToDutch(this TimelineStatus status) => status switch
    {
        TimelineStatus.Overdue => "verstreken",
        TimelineStatus.Open => "open",
        TimelineStatus.Waiting => "wacht op gebeurtenis",
        TimelineStatus.Upcoming => "komt eraan",
        TimelineStatus.Done => "afgerond",
        _ => "zonder datum",
    };

    /// <summary>Stable lower-case codes for JSON.</summary>
    public static string ToCode(this TimelineStatus status) => status switch
    {
        TimelineStatus.Overdue => "overdue",
        TimelineStatus.Open => "open",
        TimelineStatus.Waiting => "waiting",
        TimelineStatus.Upcoming => "upcoming",
        TimelineStatus.Done => "done",
        _ => "undated",
    };
}
