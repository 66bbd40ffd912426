using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// Arithmetic over possibly unknown values. Overflow and division by zero give onbekend rather than an
/// exception: a policy evaluation never crashes on odd facts.
/// </summary>
public static class Arithmetic
{
    public static long? Add(long? a, long? b) => a is { } x && b is { } y ? Checked(() => checked(x + y)) : null;

    public static long? Subtract(long? a, long? b) => a is { } x && b is { } y ? Checked(() => checked(x - y)) : null;

    public static long? Multiply(long? a, long? b) => a is { } x && b is { } y ? Checked(() => checked(x * y)) : null;

    public static long? Negate(long? a) => a is { } x ? Checked(() => checked(-x)) : null;

    public static decimal? Add(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked(() => x + y) : null;

    public static decimal? Subtract(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked(() => x - y) : null;

    public static decimal? Multiply(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked(() => x * y) : null;

    public static decimal? Divide(decimal? a, decimal? b) => a is { } x && b is { } y && y != 0 ? Checked(() => x / y) : null;

    public static decimal? Negate(decimal? a) => a is { } x ? -x : null;

    /// <summary>A percentage as the fraction it stands for: 80% of x is x * 0,8.</summary>
    public static decimal? Fraction(decimal? percentagePoints) => percentagePoints is { } p ? p / 100m : null;

    public static DateOnly? Add(DateOnly? date, Duration? duration) => date is { } d && duration is { } t ? CheckedDate(() => t.AddTo(d)) : null;

    public static DateOnly? Subtract(DateOnly? date, Duration? duration) => date is { } d && duration is { } t ? CheckedDate(() => t.Negate().AddTo(d)) : null;

    public static DateTime? Add(DateTime? moment, Duration? duration) => moment is { } m && duration is { } t ? CheckedDate(() => t.AddTo(m)) : null;

    public static DateTime? Subtract(DateTime? moment, Duration? duration) => moment is { } m && duration is { } t ? CheckedDate(() => t.Negate().AddTo(m)) : null;

    public static Duration? Add(Duration? a, Duration? b) => a is { } x && b is { } y ? Combine(x, y, 1) : null;

    public static Duration? Subtract(Duration? a, Duration? b) => a is { } x && b is { } y ? Combine(x, y, -1) : null;

    public static Duration? Multiply(Duration? a, long? factor) => a is { } x && factor is { } f ? Checked(() => new Duration(checked(x.Amount * f), x.Unit)) : null;

    public static Duration? Negate(Duration? a) => a?.Negate();

    private static Duration? Combine(Duration x, Duration y, int sign)
    {
        if (x.Unit == y.Unit)
        {
            return Checked(() => new Duration(checked(x.Amount + (sign * y.Amount)), x.Unit));
        }

        return x.IsCalendarBased && y.IsCalendarBased
            ? Checked(() => new Duration(checked(x.TotalMonths + (sign * y.TotalMonths)), DurationUnit.Month))
            : Checked(() => new Duration(checked(x.TotalMinutes + (sign * y.TotalMinutes)), DurationUnit.Minute));
    }

    private static T? Checked<T>(Func<T> compute) where T : struct
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static T? CheckedDate<T>(Func<T> compute) where T : struct
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
