namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>The calendar arithmetic that purchasing policies use for start dates and deadlines.</summary>
public static class DutchCalendar
{
    public static DateOnly FirstDayOfNextMonth(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(1);

    public static DateOnly FirstDayOfNextQuarter(DateOnly date) => FirstDayOfQuarter(date).AddMonths(3);

    public static DateOnly FirstDayOfNextYear(DateOnly date) => new(date.Year + 1, 1, 1);

    /// <summary>Monday-based weeks, as in the Netherlands.</summary>
    public static DateOnly FirstDayOfNextWeek(DateOnly date) => FirstDayOfWeek(date).AddDays(7);

    public static DateOnly FirstDayOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly FirstDayOfQuarter(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    public static DateOnly FirstDayOfYear(DateOnly date) => new(date.Year, 1, 1);

    public static DateOnly FirstDayOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static int Quarter(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>ISO 8601 week number, the one Dutch calendars print.</summary>
    public static int Week(DateOnly date) => System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
}
