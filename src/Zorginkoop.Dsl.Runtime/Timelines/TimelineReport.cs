using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>The answer for one timeline: its rows (recurring rows once per period) in source order.</summary>
public sealed record TimelineReport(TimelineInfo Timeline, DateTime Now, IReadOnlyList<TimelineItem> Items);

/// <summary>
/// One row (or one period of a recurring row) on the date asked about. <see cref="Due"/> is the moment it is
/// too late (Europe/Amsterdam), <see cref="Starts"/> when it begins; <see cref="WaitingFor"/> names the events
/// without a date, and <see cref="LatestPossible"/> is the due date if those events happen on their own
/// deadlines. <see cref="EventDate"/> is the date given for the row's own event (done, or planned when later).
/// <see cref="FollowsFromParty"/> marks a row of another party included because it follows from a row of the
/// party asked about (VGZ's reply to the provider's offer).
/// </summary>
public sealed record TimelineItem(
    TimelineEntryInfo Entry,
    string? Occurrence,
    TimelineStatus Status,
    IReadOnlyList<DueMoment> Moments,
    DateTime? Due,
    DateTime? Starts,
    IReadOnlyList<string> WaitingFor,
    DateOnly? LatestPossible,
    DateOnly? EventDate,
    bool FollowsFromParty,
    string Summary);

/// <summary>
/// A dated point of a row: "bij voorkeur vóór 16 september 2026", "uiterlijk 30 september 2026",
/// "vanaf 1 augustus 2025", with whether it has passed on the date asked about.
/// </summary>
public sealed record DueMoment(string Label, DateOnly Date, TimeOnly? Time, bool Before, bool IsDeadline, DateTime Instant, bool HasPassed)
{
    public string DateText =>
        (Before && Time is null ? "vóór " : string.Empty)
        + DutchFormat.Date(Date)
        + (Time is { } time ? (Before ? " vóór " : " ") + DutchFormat.Time(time) : string.Empty);

    public string StateText => (IsDeadline, HasPassed) switch
    {
        (true, true) => "verstreken",
        (true, false) => "open",
        (false, true) => "begonnen",
        (false, false) => "komt eraan",
    };

    /// <summary>"bij voorkeur vóór 16 september 2026 (verstreken)"</summary>
    public string Text => $"{Label} {DateText} ({StateText})";
}
