namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>
/// A point of a schedule: a fixed date (with an optional time), or a date computed from the dates of events
/// ("6 weken na offerte"). <see cref="Before"/> marks "vóór d": the moment is the start of that day rather than
/// its end. All times are Europe/Amsterdam wall-clock times.
/// </summary>
public sealed record TimelineMoment(
    DateOnly? Date,
    TimeOnly? Time,
    bool Before,
    string Text,
    IReadOnlyList<string> Events,
    Func<IReadOnlyDictionary<string, DateOnly>, DateOnly?>? Compute)
{
    public bool IsFixed => Date is not null;

    public static TimelineMoment Fixed(DateOnly date, TimeOnly? time, bool before, string text) => new(date, time, before, text, [], null);

    public static TimelineMoment Relative(string text, IReadOnlyList<string> events, Func<IReadOnlyDictionary<string, DateOnly>, DateOnly?> compute, TimeOnly? time = null, bool before = false) =>
        new(null, time, before, text, events, compute);

    /// <summary>An event's date, or null when it has none; compiled relative moments read their events through this.</summary>
    public static DateOnly? EventDate(IReadOnlyDictionary<string, DateOnly> events, string name) =>
        events.TryGetValue(name, out var date) ? date : null;

    /// <summary>The date of this moment given event dates; null while an event it needs has no date.</summary>
    public DateOnly? Resolve(IReadOnlyDictionary<string, DateOnly> events)
    {
        if (Date is { } fixedDate)
        {
            return fixedDate;
        }

        return Compute is not null && Events.All(events.ContainsKey) ? Compute(events) : null;
    }

    /// <summary>When something that must be done by this moment is too late: the time, or the end of the day ("uiterlijk"), or its start ("vóór").</summary>
    public DateTime EndOf(DateOnly date) =>
        Time is { } time ? date.ToDateTime(time)
        : Before ? date.ToDateTime(TimeOnly.MinValue)
        : date.AddDays(1).ToDateTime(TimeOnly.MinValue);

    /// <summary>When something that starts at this moment begins: the time, or the start of the day.</summary>
    public DateTime StartOf(DateOnly date) => date.ToDateTime(Time ?? TimeOnly.MinValue);
}
