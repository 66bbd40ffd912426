namespace Zorginkoop.Dsl.Semantics.Lowering;

// Each member names exactly one method of Zorginkoop.Dsl.Runtime.Evaluation.Operations: generated code calls it by
// this name and the interpreter calls it through a switch, so the name is the contract between the two engines.

/// <summary>An implicit conversion made explicit.</summary>
public enum Conversion
{
    IntegerToDecimal,
    PercentageToFraction,
    DateTimeToDate,
}

public enum NegateOperation
{
    IntegerNegate,
    DecimalNegate,
    DurationNegate,
}

public enum ArithmeticOperation
{
    IntegerAdd,
    IntegerSubtract,
    IntegerMultiply,
    DecimalAdd,
    DecimalSubtract,
    DecimalMultiply,
    DecimalDivide,
    DateAddDuration,
    DateSubtractDuration,
    DateTimeAddDuration,
    DateTimeSubtractDuration,
    DurationAdd,
    DurationSubtract,
    DurationMultiplyInteger,
    IntegerMultiplyDuration,
}

public enum LogicalOperation
{
    And,
    Or,
}

/// <summary>The order of two values of one type: negative, zero, positive or onbekend.</summary>
public enum OrderOperation
{
    IntegerOrder,
    DecimalOrder,
    DateOrder,
    DateTimeOrder,
    DurationOrder,
    /// <summary>Members of a <c>keuze … op volgorde</c>, by their position in it.</summary>
    ChoiceOrder,
}

/// <summary>What an order must be for a comparison to hold; the runtime method is "Order" + the member.</summary>
public enum OrderRelation
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Equality of values without an order.</summary>
public enum EqualityOperation
{
    TextEqual,
    ChoiceEqual,
    BooleanEqual,
    ValueEqual,
}

public enum EmptyOperation
{
    ListIsEmpty,
    TextIsEmpty,
}

public enum ExtremeOperation
{
    EarliestDate,
    LatestDate,
    EarliestDateTime,
    LatestDateTime,
}
