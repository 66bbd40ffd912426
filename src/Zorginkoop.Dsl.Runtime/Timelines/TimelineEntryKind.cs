namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>How a planning row is scheduled, after the words the policies use.</summary>
public enum TimelineEntryKind
{
    /// <summary><c>uiterlijk d</c>, also <c>uiterlijk 6 weken na gebeurtenis</c>.</summary>
    Deadline,

    /// <summary><c>vanaf d</c>: starts then and stays open.</summary>
    From,

    /// <summary><c>op d</c>: happens on that day.</summary>
    On,

    /// <summary><c>binnen 4 weken na gebeurtenis</c>: a deadline relative to an event.</summary>
    Within,

    /// <summary><c>d1 t/m d2 [vóór 17.00 uur]</c>.</summary>
    Window,

    /// <summary><c>bij voorkeur vóór d1, maar uiterlijk d2</c>.</summary>
    Preferred,

    /// <summary><c>elk kwartaal in 2024 en 2025</c>: one occurrence per period.</summary>
    Recurring,

    /// <summary>No date of its own: a step of the phase it stands in.</summary>
    Undated,

    /// <summary>
    /// <c>doorlopend</c>, <c>gedurende het hele jaar</c>: no date of its own, but all through the years in
    /// <see cref="TimelineSchedule.Years"/> (the policy's looptijd when the row names none).
    /// </summary>
    Continuous,
}

/// <summary>The period of a recurring entry.</summary>
public enum TimelinePeriod
{
    Week,
    Month,
    Quarter,
    Year,
}
