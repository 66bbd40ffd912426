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

    /// <summary>The length in months; throws <see cref="OverflowException"/> rather than wrap, so arithmetic can make it onbekend.</summary>
    public long TotalMonths => checked((long)(ExactMinutes / (30 * MinutesPerDay)));

    /// <summary>The length in minutes; throws <see cref="OverflowException"/> rather than wrap, so arithmetic can make it onbekend.</summary>
    public long TotalMinutes => checked((long)ExactMinutes);

    /// <summary>
    /// The length in minutes, a month counted as 30 days, without overflow for any amount: comparing
    /// <c>6.405.119.470.038.040 dagen</c> with <c>6 weken</c> must not wrap around. Calendar units against each
    /// other scale by the same 30 days, so their order is their order in months.
    /// </summary>
    private Int128 ExactMinutes => Unit switch
    {
        DurationUnit.Minute => Amount,
        DurationUnit.Hour => (Int128)Amount * 60,
        DurationUnit.Day => (Int128)Amount * MinutesPerDay,
        DurationUnit.Week => (Int128)Amount * 7 * MinutesPerDay,
        DurationUnit.Month => (Int128)Amount * 30 * MinutesPerDay,
        DurationUnit.Quarter => (Int128)Amount * 3 * 30 * MinutesPerDay,
        _ => (Int128)Amount * 12 * 30 * MinutesPerDay,
    };

    public int CompareTo(Duration other) => ExactMinutes.CompareTo(other.ExactMinutes);

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

    public Duration Negate() => this with { Amount = checked(-Amount) };

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
