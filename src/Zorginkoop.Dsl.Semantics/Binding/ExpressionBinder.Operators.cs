using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindBinary(BinaryExpressionSyntax binary, ExpressionScope scope)
    {
        var location = At(scope.File, binary);
        var text = TextOf(scope, binary);
        var left = BindExpression(binary.Left, scope);
        var expectedChoice = binary.Operator switch
        {
            BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.In or BinaryOperator.NotIn => left.Type as ChoiceType,
            // `ggr >= MatigVerhoogd`: the right side names a member of the left side's keuze.
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => left.Type as ChoiceType,
            BinaryOperator.Contains => (left.Type as ListType)?.Element as ChoiceType,
            _ => null,
        };
        var right = binary.Operator is BinaryOperator.In or BinaryOperator.NotIn
            ? BindList(binary.Right, scope, expectedChoice)
            : BindExpression(binary.Right, scope, expectedChoice);
        if (left.Type.IsError || right.Type.IsError)
        {
            return BoundErrorExpression.Instance;
        }

        BoundExpression Result(BoundBinaryOperator op, TypeSymbol type) => new BoundBinary(op, left, right, type, location, text);

        BoundExpression Mismatch()
        {
            context.Diagnostics.Add(DiagnosticCatalog.OperatorMismatch(At(scope.File, binary.OperatorSpan), OperatorText(binary.Operator), left.Type.DisplayName, right.Type.DisplayName, TextOf(scope, binary.Left), TextOf(scope, binary.Right)));
            return BoundErrorExpression.Instance;
        }

        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                if (left.Type != PrimitiveType.Boolean || right.Type != PrimitiveType.Boolean)
                {
                    var culprit = left.Type != PrimitiveType.Boolean ? binary.Left : binary.Right;
                    var culpritType = left.Type != PrimitiveType.Boolean ? left.Type : right.Type;
                    context.Diagnostics.Add(DiagnosticCatalog.ConditionNotBoolean(At(scope.File, culprit), TextOf(scope, culprit), culpritType.DisplayName));
                    return BoundErrorExpression.Instance;
                }

                return Result(binary.Operator == BinaryOperator.And ? BoundBinaryOperator.And : BoundBinaryOperator.Or, PrimitiveType.Boolean);

            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                return Comparable(left.Type, right.Type) ? Result(binary.Operator == BinaryOperator.Equal ? BoundBinaryOperator.Equal : BoundBinaryOperator.NotEqual, PrimitiveType.Boolean) : Mismatch();

            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                if (left.Type is ChoiceType { Choice.IsOrdered: false } unordered && left.Type == right.Type)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.UnorderedChoiceCompared(At(scope.File, binary.OperatorSpan), unordered.Choice.Name, OperatorText(binary.Operator)));
                    return BoundErrorExpression.Instance;
                }

                if (!Comparable(left.Type, right.Type) || !IsOrdered(left.Type))
                {
                    return Mismatch();
                }

                return Result(binary.Operator switch
                {
                    BinaryOperator.Less => BoundBinaryOperator.Less,
                    BinaryOperator.LessOrEqual => BoundBinaryOperator.LessOrEqual,
                    BinaryOperator.Greater => BoundBinaryOperator.Greater,
                    _ => BoundBinaryOperator.GreaterOrEqual,
                }, PrimitiveType.Boolean);

            case BinaryOperator.Contains:
                return left.Type is ListType list && Comparable(list.Element, right.Type) ? Result(BoundBinaryOperator.Contains, PrimitiveType.Boolean) : Mismatch();

            case BinaryOperator.In or BinaryOperator.NotIn:
                return right.Type is ListType items && Comparable(left.Type, items.Element)
                    ? Result(binary.Operator == BinaryOperator.In ? BoundBinaryOperator.In : BoundBinaryOperator.NotIn, PrimitiveType.Boolean)
                    : Mismatch();

            case BinaryOperator.After:
                // "6 weken na d" is d + 6 weken; written the other way round it is a mistake worth naming.
                if (left.Type == PrimitiveType.Duration && IsDateLike(right.Type))
                {
                    return new BoundBinary(BoundBinaryOperator.Add, right, left, right.Type, location, text);
                }

                return Mismatch();

            default:
                var op = binary.Operator switch
                {
                    BinaryOperator.Add => BoundBinaryOperator.Add,
                    BinaryOperator.Subtract => BoundBinaryOperator.Subtract,
                    BinaryOperator.Multiply => BoundBinaryOperator.Multiply,
                    _ => BoundBinaryOperator.Divide,
                };
                var type = ArithmeticResult(op, left.Type, right.Type);
                if (type is null)
                {
                    return Mismatch();
                }

                // Keep dates on the left so evaluators only handle date + duration.
                if (op == BoundBinaryOperator.Add && left.Type == PrimitiveType.Duration && IsDateLike(right.Type))
                {
                    return new BoundBinary(op, right, left, type, location, text);
                }

                return Result(op, type);
        }
    }

    private static bool Comparable(TypeSymbol left, TypeSymbol right) =>
        left == right || (left.IsNumeric && right.IsNumeric);

    private static bool IsOrdered(TypeSymbol type) =>
        type is ChoiceType { Choice.IsOrdered: true } || type.IsNumeric || type == PrimitiveType.Money || type == PrimitiveType.Percentage || type == PrimitiveType.Date
        || type == PrimitiveType.DateTime || type == PrimitiveType.Duration;

    /// <summary>The type of an arithmetic result, or null where the operation has no meaning (adding a date to a bedrag).</summary>
    private static TypeSymbol? ArithmeticResult(BoundBinaryOperator op, TypeSymbol left, TypeSymbol right)
    {
        var money = PrimitiveType.Money;
        var percentage = PrimitiveType.Percentage;
        var duration = PrimitiveType.Duration;
        switch (op)
        {
            case BoundBinaryOperator.Add or BoundBinaryOperator.Subtract:
                if (left.IsNumeric && right.IsNumeric)
                {
                    return left == PrimitiveType.Integer && right == PrimitiveType.Integer ? PrimitiveType.Integer : PrimitiveType.Decimal;
                }

                if (left == right && (left == money || left == percentage || left == duration))
                {
                    return left;
                }

                if (IsDateLike(left) && right == duration)
                {
                    return left;
                }

                return op == BoundBinaryOperator.Add && left == duration && IsDateLike(right) ? right : null;

            case BoundBinaryOperator.Multiply:
                if (left.IsNumeric && right.IsNumeric)
                {
                    return left == PrimitiveType.Integer && right == PrimitiveType.Integer ? PrimitiveType.Integer : PrimitiveType.Decimal;
                }

                if ((left == money && (right.IsNumeric || right == percentage)) || (right == money && (left.IsNumeric || left == percentage)))
                {
                    return money;
                }

                if ((left.IsNumeric && right == percentage) || (left == percentage && right.IsNumeric))
                {
                    return PrimitiveType.Decimal;
                }

                return (left == duration && right == PrimitiveType.Integer) || (left == PrimitiveType.Integer && right == duration) ? duration : null;

            case BoundBinaryOperator.Divide:
                if (left.IsNumeric && right.IsNumeric)
                {
                    return PrimitiveType.Decimal;
                }

                if (left == money && right.IsNumeric)
                {
                    return money;
                }

                return left == right && (left == money || left == percentage) ? PrimitiveType.Decimal : null;

            default:
                return null;
        }
    }

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.After => "na",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "≠",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Contains => "bevat",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "niet in",
        BinaryOperator.And => "en",
        _ => "of",
    };
}
