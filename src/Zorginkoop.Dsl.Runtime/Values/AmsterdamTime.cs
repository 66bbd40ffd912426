namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>
/// Europe/Amsterdam wall-clock time, computed from the EU summer-time rule (since 1996: CEST from the last
/// Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC) rather than from the machine's time-zone
/// database, so that compiled policies give the same answer on every platform, also with invariant globalization.
/// </summary>
public static class AmsterdamTime
{
    public const string TimeZoneId = "Europe/Amsterdam";

    private static readonly TimeSpan Standard = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    /// <summary>The UTC offset in force at a UTC moment.</summary>
    public static TimeSpan OffsetAtUtc(DateTime utc)
    {
        var (start, end) = SummerTimeUtc(utc.Year);
        return utc >= start && utc < end ? Summer : Standard;
    }

    /// <summary>
    /// The UTC offset of a local wall-clock time. In the repeated hour of October the earlier (summer) reading
    /// is taken; a time in the skipped hour of March is read as standard time.
    /// </summary>
    public static TimeSpan OffsetAtLocal(DateTime local)
    {
        var (start, end) = SummerTimeUtc(local.Year);
        var asSummer = local - Summer;
        var asStandard = local - Standard;
        if (asSummer >= start && asSummer < end)
        {
            return Summer;
        }

        return asStandard >= start && asStandard < end ? Summer : Standard;
    }

    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - OffsetAtLocal(local), DateTimeKind.Utc);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc + OffsetAtUtc(utc), DateTimeKind.Unspecified);

    /// <summary>The current wall-clock time in Amsterdam.</summary>
    public static DateTime Now() => FromUtc(DateTime.UtcNow);

    /// <summary>The UTC moments at which summer time starts and ends in a year.</summary>
    public static (DateTime Start, DateTime End) SummerTimeUtc(int year) =>
        (LastSunday(year, 3).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), LastSunday(year, 10).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc));

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
