using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates a bound expression that needs no facts into its value, for the binder's own use (the fixed date of
/// a timeline entry such as <c>uiterlijk 6 weken na 1 oktober 2025</c>). It covers the date arithmetic that can be
/// known before any evaluation: literals, definitions, durations, whole numbers, dates and moments, first days of
/// periods and the earliest or latest of two dates. Every operation is the runtime's own (<see cref="Arithmetic"/>,
/// <see cref="DutchCalendar"/>), as both engines call it, so folding cannot give another answer than evaluating;
/// anything else is not a constant here, and gives null, as an unknown value does.
/// </summary>
internal static class ConstantEvaluator
{
    public static object? Evaluate(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundDefinitionReference { Definition.Value: { } value } => Evaluate(value),
        BoundUnary { Operator: BoundUnaryOperator.Negate } unary => Evaluate(unary.Operand) switch
        {
            long l => Arithmetic.Negate(l),
            Duration d => Arithmetic.Negate(d),
            _ => null,
        },
        BoundBinary { Operator: BoundBinaryOperator.Add or BoundBinaryOperator.Subtract or BoundBinaryOperator.Multiply } binary => Calculate(binary),
        BoundDateFunction function => AsDate(Evaluate(function.Operand)) is { } date ? DateFunction(function.Function, date) : null,
        BoundExtremeDate extreme => (Evaluate(extreme.First), Evaluate(extreme.Second)) switch
        {
            (DateOnly a, DateOnly b) => extreme.Earliest ? (a <= b ? a : b) : (a >= b ? a : b),
            (DateTime a, DateTime b) => extreme.Earliest ? (a <= b ? a : b) : (a >= b ? a : b),
            _ => null,
        },
        _ => null,
    };

    private static object? Calculate(BoundBinary binary)
    {
        var left = Evaluate(binary.Left);
        var right = Evaluate(binary.Right);
        var add = binary.Operator == BoundBinaryOperator.Add;
        if (binary.Type == PrimitiveType.Integer)
        {
            var (a, b) = (left as long?, right as long?);
            return binary.Operator switch
            {
                BoundBinaryOperator.Add => Arithmetic.Add(a, b),
                BoundBinaryOperator.Subtract => Arithmetic.Subtract(a, b),
                _ => Arithmetic.Multiply(a, b),
            };
        }

        if (binary.Type == PrimitiveType.Date)
        {
            return add ? Arithmetic.Add(AsDate(left), right as Duration?) : Arithmetic.Subtract(AsDate(left), right as Duration?);
        }

        if (binary.Type == PrimitiveType.DateTime)
        {
            return add ? Arithmetic.Add(left as DateTime?, right as Duration?) : Arithmetic.Subtract(left as DateTime?, right as Duration?);
        }

        if (binary.Type == PrimitiveType.Duration)
        {
            return binary.Operator switch
            {
                BoundBinaryOperator.Add => Arithmetic.Add(left as Duration?, right as Duration?),
                BoundBinaryOperator.Subtract => Arithmetic.Subtract(left as Duration?, right as Duration?),
                _ => binary.Left.Type == PrimitiveType.Duration
                    ? Arithmetic.Multiply(left as Duration?, right as long?)
                    : Arithmetic.Multiply(right as Duration?, left as long?),
            };
        }

        return null;
    }

    private static object? DateFunction(DateFunction function, DateOnly date) => function switch
    {
        Bound.DateFunction.FirstDayOfNextWeek => DutchCalendar.FirstDayOfNextWeek(date),
        Bound.DateFunction.FirstDayOfNextMonth => DutchCalendar.FirstDayOfNextMonth(date),
        Bound.DateFunction.FirstDayOfNextQuarter => DutchCalendar.FirstDayOfNextQuarter(date),
        Bound.DateFunction.FirstDayOfNextYear => DutchCalendar.FirstDayOfNextYear(date),
        Bound.DateFunction.FirstDayOfWeek => DutchCalendar.FirstDayOfWeek(date),
        Bound.DateFunction.FirstDayOfMonth => DutchCalendar.FirstDayOfMonth(date),
        Bound.DateFunction.FirstDayOfQuarter => DutchCalendar.FirstDayOfQuarter(date),
        Bound.DateFunction.FirstDayOfYear => DutchCalendar.FirstDayOfYear(date),
        Bound.DateFunction.WeekOf => (long)DutchCalendar.Week(date),
        Bound.DateFunction.MonthOf => (long)date.Month,
        Bound.DateFunction.QuarterOf => (long)DutchCalendar.Quarter(date),
        _ => (long)date.Year,
    };

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime m => DateOnly.FromDateTime(m),
        _ => null,
    };
}
