using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Bound;

public enum BoundUnaryOperator
{
    Negate,
    Not,
}

public enum BoundBinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    In,
    NotIn,
    And,
    Or,
}

public sealed record BoundUnary(BoundUnaryOperator Operator, BoundExpression Operand, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;
}

/// <summary>
/// A binary operation. Date arithmetic is normalised: <c>6 weken na d</c> is <c>d + 6 weken</c>.
/// <see cref="Text"/> is the author's source text, used as label where a compound value is explained.
/// </summary>
public sealed record BoundBinary(BoundBinaryOperator Operator, BoundExpression Left, BoundExpression Right, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;

    public bool IsComparison => Operator is >= BoundBinaryOperator.Equal and <= BoundBinaryOperator.GreaterOrEqual;

    public bool IsLogical => Operator is BoundBinaryOperator.And or BoundBinaryOperator.Or;
}

/// <summary><c>x is [niet] bekend|onbekend|leeg</c>: always a definite ja/nee.</summary>
public sealed record BoundTest(BoundExpression Operand, TestKind Test, bool IsNegated, SourceLocation? Location) : BoundExpression(PrimitiveType.Boolean, Location)
{
    public override string? Label => Operand.Label;
}

/// <summary><c>als A dan B [anders C]</c>; without <c>anders</c>, B is ja/nee and the whole is an implication.</summary>
public sealed record BoundConditional(BoundExpression Condition, BoundExpression Then, BoundExpression? Else, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;
}

/// <summary><c>voor elke</c>, <c>er is een</c>, <c>geen</c>, <c>aantal … waarvoor</c> over a list.</summary>
public sealed record BoundQuantified(Quantifier Quantifier, VariableSymbol Variable, BoundExpression Source, BoundExpression Predicate, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;

    /// <summary>
    /// The <c>uitzondering … als …</c> of each element (<c>voor elke</c> only): a requirement's exception whose condition
    /// names this quantifier's variable (docs/language.md, "Uitzonderingen per element"), tried per element.
    /// </summary>
    public ImmutableArray<BoundElementException> ElementExceptions { get; init; } = [];

    /// <summary>
    /// Whether a requirement's condition has element exceptions: they lie on its spine of <c>voor elke</c>s, so an
    /// engine asks the trace which one applied (<c>EvaluationTrace.TakenElementException</c>) only where one can.
    /// </summary>
    public static bool AnyElementExceptions(BoundExpression? condition) => ElementExceptionsOf(condition).Any();

    /// <summary>The element exceptions of a requirement's condition, outermost <c>voor elke</c> first (for the document and the hover).</summary>
    public static IEnumerable<BoundElementException> ElementExceptionsOf(BoundExpression? condition)
    {
        while (true)
        {
            switch (condition)
            {
                case BoundQuantified quantified:
                    foreach (var exception in quantified.ElementExceptions)
                    {
                        yield return exception;
                    }

                    condition = quantified.Predicate;
                    break;
                case BoundConditional { Else: null } implication:
                    condition = implication.Then;
                    break;
                default:
                    yield break;
            }
        }
    }
}

/// <summary>One <c>uitzondering "omschrijving" als voorwaarde</c> that applies per element of a <c>voor elke</c>.</summary>
public sealed record BoundElementException(string Description, BoundExpression Condition);

/// <summary><c>som van v voor s in L</c></summary>
public sealed record BoundSum(BoundExpression Value, VariableSymbol Variable, BoundExpression Source, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;
}

/// <summary><c>aantal van L</c></summary>
public sealed record BoundCount(BoundExpression Source, SourceLocation? Location, string Text) : BoundExpression(PrimitiveType.Integer, Location)
{
    public override string? Label => Text;
}

/// <summary><c>[a, b]</c></summary>
public sealed record BoundList(ImmutableArray<BoundExpression> Items, TypeSymbol Type, SourceLocation? Location) : BoundExpression(Type, Location)
{
    public override string? Label => null;
}

public enum DateFunction
{
    FirstDayOfNextWeek,
    FirstDayOfNextMonth,
    FirstDayOfNextQuarter,
    FirstDayOfNextYear,
    FirstDayOfWeek,
    FirstDayOfMonth,
    FirstDayOfQuarter,
    FirstDayOfYear,
    WeekOf,
    MonthOf,
    QuarterOf,
    YearOf,
}

/// <summary>Calendar functions: <c>eerste dag van het volgende kwartaal na d</c>, <c>jaar van d</c>, ….</summary>
public sealed record BoundDateFunction(DateFunction Function, BoundExpression Operand, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;
}

/// <summary><c>vroegste van (a, b)</c> / <c>laatste van (a, b)</c></summary>
public sealed record BoundExtremeDate(bool Earliest, BoundExpression First, BoundExpression Second, TypeSymbol Type, SourceLocation? Location, string Text)
    : BoundExpression(Type, Location)
{
    public override string? Label => Text;
}
