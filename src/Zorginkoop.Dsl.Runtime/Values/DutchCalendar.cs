namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>The calendar arithmetic that purchasing policies use for start dates and deadlines.</summary>
public static class DutchCalendar
{
    // The next period of the last one .NET can hold (after 31 December 9999) does not exist: onbekend, like date
    // arithmetic that overflows (Arithmetic), and alike in the interpreter and compiled policies.
    public static DateOnly? FirstDayOfNextMonth(DateOnly date) =>
        date.Year == DateOnly.MaxValue.Year && date.Month == 12 ? null : FirstDayOfMonth(date).AddMonths(1);

    public static DateOnly? FirstDayOfNextQuarter(DateOnly date) =>
        date.Year == DateOnly.MaxValue.Year && date.Month >= 10 ? null : FirstDayOfQuarter(date).AddMonths(3);

    public static DateOnly? FirstDayOfNextYear(DateOnly date) => date.Year == DateOnly.MaxValue.Year ? null : new(date.Year + 1, 1, 1);

    /// <summary>Monday-based weeks, as in the Netherlands.</summary>
    public static DateOnly? FirstDayOfNextWeek(DateOnly date) =>
        FirstDayOfWeek(date) is var monday && monday > DateOnly.MaxValue.AddDays(-7) ? null : monday.AddDays(7);

    public static DateOnly FirstDayOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly FirstDayOfQuarter(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    public static DateOnly FirstDayOfYear(DateOnly date) => new(date.Year, 1, 1);

    public static DateOnly FirstDayOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static int Quarter(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>ISO 8601 week number, the one Dutch calendars print.</summary>
    public static int Week(DateOnly date) => System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
}
