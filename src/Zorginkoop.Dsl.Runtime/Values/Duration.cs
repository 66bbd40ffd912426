using System.Globalization;

namespace Zorginkoop.Dsl.Runtime.Values;

public enum DurationUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A <c>duur</c> such as "6 weken". Clock and day units compare exactly; calendar units (maand, kwartaal, jaar)
/// compare with each other exactly and with day units at 30 days a month, the convention the policies use.
/// </summary>
public readonly record struct Duration(long Amount, DurationUnit Unit) : IComparable<Duration>
{
    private const long MinutesPerDay = 24 * 60;

    public bool IsCalendarBased => Unit is DurationUnit.Month or DurationUnit.Quarter or DurationUnit.Year;

    public long TotalMonths => Unit switch
    {
        DurationUnit.Month => Amount,
        DurationUnit.Quarter => Amount * 3,
        DurationUnit.Year => Amount * 12,
        _ => TotalMinutes / (30 * MinutesPerDay),
    };

    public long TotalMinutes => Unit switch
    {
        DurationUnit.Minute => Amount,
        DurationUnit.Hour => Amount * 60,
        DurationUnit.Day => Amount * MinutesPerDay,
        DurationUnit.Week => Amount * 7 * MinutesPerDay,
        _ => TotalMonths * 30 * MinutesPerDay,
    };

    public int CompareTo(Duration other) =>
        IsCalendarBased && other.IsCalendarBased ? TotalMonths.CompareTo(other.TotalMonths) : TotalMinutes.CompareTo(other.TotalMinutes);

    public static bool operator <(Duration left, Duration right) => left.CompareTo(right) < 0;

    public static bool operator >(Duration left, Duration right) => left.CompareTo(right) > 0;

    public static bool operator <=(Duration left, Duration right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Duration left, Duration right) => left.CompareTo(right) >= 0;

    public DateOnly AddTo(DateOnly date) => Unit switch
    {
        DurationUnit.Month => date.AddMonths(checked((int)Amount)),
        DurationUnit.Quarter => date.AddMonths(checked((int)Amount * 3)),
        DurationUnit.Year => date.AddYears(checked((int)Amount)),
        DurationUnit.Week => date.AddDays(checked((int)Amount * 7)),
        DurationUnit.Day => date.AddDays(checked((int)Amount)),
        _ => date.AddDays(checked((int)(TotalMinutes / MinutesPerDay))),
    };

    public DateTime AddTo(DateTime moment) => Unit switch
    {
        DurationUnit.Minute => moment.AddMinutes(Amount),
        DurationUnit.Hour => moment.AddHours(Amount),
        _ => AddTo(DateOnly.FromDateTime(moment)).ToDateTime(TimeOnly.FromDateTime(moment)),
    };

    public Duration Negate() => this with { Amount = -Amount };

    /// <summary>Reads "6 weken", "30 minuten", "1 jaar".</summary>
    public static bool TryParse(string text, out Duration duration)
    {
        duration = default;
        var parts = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !long.TryParse(parts[0].Replace(".", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        DurationUnit? unit = parts[1] switch
        {
            "minuut" or "minuten" => DurationUnit.Minute,
            "uur" or "uren" => DurationUnit.Hour,
            "dag" or "dagen" => DurationUnit.Day,
            "week" or "weken" => DurationUnit.Week,
            "maand" or "maanden" => DurationUnit.Month,
            "kwartaal" or "kwartalen" => DurationUnit.Quarter,
            "jaar" or "jaren" => DurationUnit.Year,
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        duration = new Duration(amount, unit.Value);
        return true;
    }

    public override string ToString() => DutchFormat.Duration(this);
}
