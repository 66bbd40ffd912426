using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>
/// Each typed operation to its one runtime method (<see cref="Operations"/>), for the callers that hold values as
/// objects: the interpreter, and the binder when it folds a constant. Generated code calls the same methods by the
/// operation's name. The casts only unbox; the lowering chose the types.
/// </summary>
public static class TypedOperationCalls
{
    public static object? Convert(Conversion? conversion, object? value) => conversion switch
    {
        null => value,
        Conversion.IntegerToDecimal => Operations.IntegerToDecimal((long?)value),
        Conversion.PercentageToFraction => Operations.PercentageToFraction((decimal?)value),
        _ => Operations.DateTimeToDate((DateTime?)value),
    };

    public static object? Negate(NegateOperation operation, object? value) => operation switch
    {
        NegateOperation.IntegerNegate => Operations.IntegerNegate((long?)value),
        NegateOperation.DecimalNegate => Operations.DecimalNegate((decimal?)value),
        _ => Operations.DurationNegate((Duration?)value),
    };

    public static object? Calculate(ArithmeticOperation operation, object? left, object? right) => operation switch
    {
        ArithmeticOperation.IntegerAdd => Operations.IntegerAdd((long?)left, (long?)right),
        ArithmeticOperation.IntegerSubtract => Operations.IntegerSubtract((long?)left, (long?)right),
        ArithmeticOperation.IntegerMultiply => Operations.IntegerMultiply((long?)left, (long?)right),
        ArithmeticOperation.DecimalAdd => Operations.DecimalAdd((decimal?)left, (decimal?)right),
        ArithmeticOperation.DecimalSubtract => Operations.DecimalSubtract((decimal?)left, (decimal?)right),
        ArithmeticOperation.DecimalMultiply => Operations.DecimalMultiply((decimal?)left, (decimal?)right),
        ArithmeticOperation.DecimalDivide => Operations.DecimalDivide((decimal?)left, (decimal?)right),
        ArithmeticOperation.DateAddDuration => Operations.DateAddDuration((DateOnly?)left, (Duration?)right),
        ArithmeticOperation.DateSubtractDuration => Operations.DateSubtractDuration((DateOnly?)left, (Duration?)right),
        ArithmeticOperation.DateTimeAddDuration => Operations.DateTimeAddDuration((DateTime?)left, (Duration?)right),
        ArithmeticOperation.DateTimeSubtractDuration => Operations.DateTimeSubtractDuration((DateTime?)left, (Duration?)right),
        ArithmeticOperation.DurationAdd => Operations.DurationAdd((Duration?)left, (Duration?)right),
        ArithmeticOperation.DurationSubtract => Operations.DurationSubtract((Duration?)left, (Duration?)right),
        ArithmeticOperation.DurationMultiplyInteger => Operations.DurationMultiplyInteger((Duration?)left, (long?)right),
        _ => Operations.IntegerMultiplyDuration((long?)left, (Duration?)right),
    };

    public static int? Order(OrderOperation operation, object? left, object? right, IReadOnlyList<string>? members = null) => operation switch
    {
        OrderOperation.ChoiceOrder => Operations.ChoiceOrder((string?)left, (string?)right, members ?? []),
        OrderOperation.IntegerOrder => Operations.IntegerOrder((long?)left, (long?)right),
        OrderOperation.DecimalOrder => Operations.DecimalOrder((decimal?)left, (decimal?)right),
        OrderOperation.DateOrder => Operations.DateOrder((DateOnly?)left, (DateOnly?)right),
        OrderOperation.DateTimeOrder => Operations.DateTimeOrder((DateTime?)left, (DateTime?)right),
        _ => Operations.DurationOrder((Duration?)left, (Duration?)right),
    };

    public static object? Extreme(ExtremeOperation operation, object? first, object? second) => operation switch
    {
        ExtremeOperation.EarliestDate => Operations.EarliestDate((DateOnly?)first, (DateOnly?)second),
        ExtremeOperation.LatestDate => Operations.LatestDate((DateOnly?)first, (DateOnly?)second),
        ExtremeOperation.EarliestDateTime => Operations.EarliestDateTime((DateTime?)first, (DateTime?)second),
        _ => Operations.LatestDateTime((DateTime?)first, (DateTime?)second),
    };

    public static object? DateFunctionOf(DateFunction function, DateOnly? date) => function switch
    {
        DateFunction.FirstDayOfNextWeek => Operations.FirstDayOfNextWeek(date),
        DateFunction.FirstDayOfNextMonth => Operations.FirstDayOfNextMonth(date),
        DateFunction.FirstDayOfNextQuarter => Operations.FirstDayOfNextQuarter(date),
        DateFunction.FirstDayOfNextYear => Operations.FirstDayOfNextYear(date),
        DateFunction.FirstDayOfWeek => Operations.FirstDayOfWeek(date),
        DateFunction.FirstDayOfMonth => Operations.FirstDayOfMonth(date),
        DateFunction.FirstDayOfQuarter => Operations.FirstDayOfQuarter(date),
        DateFunction.FirstDayOfYear => Operations.FirstDayOfYear(date),
        DateFunction.WeekOf => Operations.WeekOf(date),
        DateFunction.MonthOf => Operations.MonthOf(date),
        DateFunction.QuarterOf => Operations.QuarterOf(date),
        _ => Operations.YearOf(date),
    };
}
