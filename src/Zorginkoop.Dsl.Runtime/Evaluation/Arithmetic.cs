using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// Arithmetic over possibly unknown values. Overflow and division by zero give onbekend rather than an
/// exception: a policy evaluation never crashes on odd facts.
/// </summary>
public static class Arithmetic
{
    public static long? Add(long? a, long? b) => a is { } x && b is { } y ? Checked((x, y), static p => checked(p.x + p.y)) : null;

    public static long? Subtract(long? a, long? b) => a is { } x && b is { } y ? Checked((x, y), static p => checked(p.x - p.y)) : null;

    public static long? Multiply(long? a, long? b) => a is { } x && b is { } y ? Checked((x, y), static p => checked(p.x * p.y)) : null;

    public static long? Negate(long? a) => a is { } x ? Checked(x, static v => checked(-v)) : null;

    public static decimal? Add(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked((x, y), static p => p.x + p.y) : null;

    public static decimal? Subtract(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked((x, y), static p => p.x - p.y) : null;

    public static decimal? Multiply(decimal? a, decimal? b) => a is { } x && b is { } y ? Checked((x, y), static p => p.x * p.y) : null;

    public static decimal? Divide(decimal? a, decimal? b) => a is { } x && b is { } y && y != 0 ? Checked((x, y), static p => p.x / p.y) : null;

    public static decimal? Negate(decimal? a) => a is { } x ? -x : null;

    /// <summary>A percentage as the fraction it stands for: 80% of x is x * 0,8.</summary>
    public static decimal? Fraction(decimal? percentagePoints) => percentagePoints is { } p ? p / 100m : null;

    public static DateOnly? Add(DateOnly? date, Duration? duration) => date is { } d && duration is { } t ? CheckedDate((d, t), static p => p.t.AddTo(p.d)) : null;

    public static DateOnly? Subtract(DateOnly? date, Duration? duration) => date is { } d && duration is { } t ? CheckedDate((d, t), static p => p.t.Negate().AddTo(p.d)) : null;

    public static DateTime? Add(DateTime? moment, Duration? duration) => moment is { } m && duration is { } t ? CheckedDate((m, t), static p => p.t.AddTo(p.m)) : null;

    public static DateTime? Subtract(DateTime? moment, Duration? duration) => moment is { } m && duration is { } t ? CheckedDate((m, t), static p => p.t.Negate().AddTo(p.m)) : null;

    public static Duration? Add(Duration? a, Duration? b) => a is { } x && b is { } y ? Combine(x, y, 1) : null;

    public static Duration? Subtract(Duration? a, Duration? b) => a is { } x && b is { } y ? Combine(x, y, -1) : null;

    public static Duration? Multiply(Duration? a, long? factor) => a is { } x && factor is { } f ? Checked((x, f), static p => new Duration(checked(p.x.Amount * p.f), p.x.Unit)) : null;

    public static Duration? Negate(Duration? a) => a is { } x ? Checked(x, static v => v.Negate()) : null;

    private static Duration? Combine(Duration x, Duration y, int sign)
    {
        if (x.Unit == y.Unit)
        {
            return Checked((x, y, sign), static p => new Duration(checked(p.x.Amount + (p.sign * p.y.Amount)), p.x.Unit));
        }

        return x.IsCalendarBased && y.IsCalendarBased
            ? Checked((x, y, sign), static p => new Duration(checked(p.x.TotalMonths + (p.sign * p.y.TotalMonths)), DurationUnit.Month))
            : Checked((x, y, sign), static p => new Duration(checked(p.x.TotalMinutes + (p.sign * p.y.TotalMinutes)), DurationUnit.Minute));
    }

    // The operands travel as state to a static lambda: no closure is allocated, so the compiled fast path allocates nothing.
    private static T? Checked<TState, T>(TState state, Func<TState, T> compute) where T : struct
    {
        try
        {
            return compute(state);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static T? CheckedDate<TState, T>(TState state, Func<TState, T> compute) where T : struct
    {
        try
        {
            return compute(state);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
