using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// The typed operations of the lowered model, one method each, named exactly as the operation is: the interpreter
/// calls them through a switch on the operation and generated code calls them by name, so an operation means the
/// same in both engines. Null is onbekend throughout; overflow and invalid dates give onbekend too.
/// </summary>
public static partial class Operations
{
    /// <summary>
    /// <c>als A dan B anders C</c>: an unknown condition is still decided when both branches are equal by value
    /// (<see cref="Comparison.ValuesEqual"/>), so two equal lists decide it as two equal numbers do.
    /// </summary>
    public static T? Choose<T>(bool? condition, T? then, T? otherwise) =>
        condition switch
        {
            true => then,
            false => otherwise,
            null => Comparison.ValuesEqual(then, otherwise) == true ? then : default,
        };

    public static long? IntegerAdd(long? a, long? b) => Arithmetic.Add(a, b);

    public static long? IntegerSubtract(long? a, long? b) => Arithmetic.Subtract(a, b);

    public static long? IntegerMultiply(long? a, long? b) => Arithmetic.Multiply(a, b);

    public static long? IntegerNegate(long? a) => Arithmetic.Negate(a);

    public static decimal? DecimalAdd(decimal? a, decimal? b) => Arithmetic.Add(a, b);

    public static decimal? DecimalSubtract(decimal? a, decimal? b) => Arithmetic.Subtract(a, b);

    public static decimal? DecimalMultiply(decimal? a, decimal? b) => Arithmetic.Multiply(a, b);

    public static decimal? DecimalDivide(decimal? a, decimal? b) => Arithmetic.Divide(a, b);

    public static decimal? DecimalNegate(decimal? a) => Arithmetic.Negate(a);

    public static DateOnly? DateAddDuration(DateOnly? date, Duration? duration) => Arithmetic.Add(date, duration);

    public static DateOnly? DateSubtractDuration(DateOnly? date, Duration? duration) => Arithmetic.Subtract(date, duration);

    public static DateTime? DateTimeAddDuration(DateTime? moment, Duration? duration) => Arithmetic.Add(moment, duration);

    public static DateTime? DateTimeSubtractDuration(DateTime? moment, Duration? duration) => Arithmetic.Subtract(moment, duration);

    public static Duration? DurationAdd(Duration? a, Duration? b) => Arithmetic.Add(a, b);

    public static Duration? DurationSubtract(Duration? a, Duration? b) => Arithmetic.Subtract(a, b);

    public static Duration? DurationNegate(Duration? a) => Arithmetic.Negate(a);

    /// <summary><c>d * n</c>: the duration written first.</summary>
    public static Duration? DurationMultiplyInteger(Duration? duration, long? factor) => Arithmetic.Multiply(duration, factor);

    /// <summary><c>n * d</c>: the factor written (and so evaluated) first.</summary>
    public static Duration? IntegerMultiplyDuration(long? factor, Duration? duration) => Arithmetic.Multiply(duration, factor);

    /// <summary>An aantal where a decimaal is expected.</summary>
    public static decimal? IntegerToDecimal(long? value) => value;

    /// <summary>A percentage multiplying a non-percentage stands for its fraction: 80% of x is x * 0,8.</summary>
    public static decimal? PercentageToFraction(decimal? percentagePoints) => Arithmetic.Fraction(percentagePoints);

    /// <summary>A tijdstip where a datum is expected: its calendar day.</summary>
    public static DateOnly? DateTimeToDate(DateTime? moment) => moment is { } m ? DateOnly.FromDateTime(m) : null;
}
