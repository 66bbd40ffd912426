using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Lowering;

public sealed partial class Lowerer
{
    private LoweredExpression Binary(BoundBinary binary)
    {
        switch (binary.Operator)
        {
            case BoundBinaryOperator.And or BoundBinaryOperator.Or:
                return new LoweredLogical(binary.Operator == BoundBinaryOperator.And ? LogicalOperation.And : LogicalOperation.Or, LowerNode(binary.Left), LowerNode(binary.Right));
            case BoundBinaryOperator.Contains:
                return new LoweredMembership(Quoted(binary.Right, null), Quoted(binary.Left, null, ValueKind.List), Negated: false, ListFirst: true);
            case BoundBinaryOperator.In or BoundBinaryOperator.NotIn:
                return new LoweredMembership(Quoted(binary.Left, null), Quoted(binary.Right, null, ValueKind.List), binary.Operator == BoundBinaryOperator.NotIn, ListFirst: false);
        }

        return binary.IsComparison ? Comparison(binary) : Arithmetic(binary);
    }

    private LoweredExpression Comparison(BoundBinary binary)
    {
        var (left, right) = (binary.Left.Type, binary.Right.Type);
        if (left is ChoiceType { Choice.IsOrdered: true } ordered && binary.Operator is not (BoundBinaryOperator.Equal or BoundBinaryOperator.NotEqual))
        {
            // An ordered keuze compares by position; = and <> stay the equality of any keuze.
            return new LoweredComparison(OrderOperation.ChoiceOrder, Relation(binary.Operator), Quoted(binary.Left, null), Quoted(binary.Right, null))
            {
                Choice = ordered.Choice,
            };
        }

        if (left.Kind is ValueKind.Choice or ValueKind.Text or ValueKind.Boolean or ValueKind.Record or ValueKind.List)
        {
            var equality = left.Kind switch
            {
                ValueKind.Choice => EqualityOperation.ChoiceEqual,
                ValueKind.Text => EqualityOperation.TextEqual,
                ValueKind.Boolean => EqualityOperation.BooleanEqual,
                _ => EqualityOperation.ValueEqual,
            };
            return new LoweredEquality(equality, binary.Operator == BoundBinaryOperator.NotEqual, Quoted(binary.Left, null), Quoted(binary.Right, null));
        }

        // aantal against aantal stays whole; against any other number both are compared as decimals.
        var whole = left == PrimitiveType.Integer && right == PrimitiveType.Integer;
        var order = left.Kind switch
        {
            ValueKind.Date => OrderOperation.DateOrder,
            ValueKind.DateTime => OrderOperation.DateTimeOrder,
            ValueKind.Duration => OrderOperation.DurationOrder,
            _ => whole ? OrderOperation.IntegerOrder : OrderOperation.DecimalOrder,
        };
        Conversion? Widening(TypeSymbol type) => !whole && type == PrimitiveType.Integer ? Lowering.Conversion.IntegerToDecimal : null;
        return new LoweredComparison(order, Relation(binary.Operator), Quoted(binary.Left, Widening(left)), Quoted(binary.Right, Widening(right)));
    }

    private static OrderRelation Relation(BoundBinaryOperator op) => op switch
    {
        BoundBinaryOperator.Equal => OrderRelation.Equal,
        BoundBinaryOperator.NotEqual => OrderRelation.NotEqual,
        BoundBinaryOperator.Less => OrderRelation.Less,
        BoundBinaryOperator.LessOrEqual => OrderRelation.LessOrEqual,
        BoundBinaryOperator.Greater => OrderRelation.Greater,
        _ => OrderRelation.GreaterOrEqual,
    };

    private LoweredOperand Quoted(BoundExpression operand, Conversion? conversion, ValueKind? kind = null) =>
        new(LowerNode(operand), conversion, operand.Label, kind ?? operand.Type.Kind);

    private LoweredExpression Arithmetic(BoundBinary binary)
    {
        var (leftType, rightType, type, op) = (binary.Left.Type, binary.Right.Type, binary.Type, binary.Operator);
        LoweredArithmetic Make(ArithmeticOperation operation, LoweredExpression left, LoweredExpression right) => new(operation, left, right, type);

        if (type == PrimitiveType.Integer)
        {
            var operation = op switch
            {
                BoundBinaryOperator.Add => ArithmeticOperation.IntegerAdd,
                BoundBinaryOperator.Subtract => ArithmeticOperation.IntegerSubtract,
                _ => ArithmeticOperation.IntegerMultiply,
            };
            return Make(operation, LowerNode(binary.Left), LowerNode(binary.Right));
        }

        if (type == PrimitiveType.Date)
        {
            return Make(op == BoundBinaryOperator.Add ? ArithmeticOperation.DateAddDuration : ArithmeticOperation.DateSubtractDuration, AsDate(binary.Left), LowerNode(binary.Right));
        }

        if (type == PrimitiveType.DateTime)
        {
            return Make(op == BoundBinaryOperator.Add ? ArithmeticOperation.DateTimeAddDuration : ArithmeticOperation.DateTimeSubtractDuration, LowerNode(binary.Left), LowerNode(binary.Right));
        }

        if (type == PrimitiveType.Duration)
        {
            var operation = op switch
            {
                BoundBinaryOperator.Add => ArithmeticOperation.DurationAdd,
                BoundBinaryOperator.Subtract => ArithmeticOperation.DurationSubtract,
                _ => leftType == PrimitiveType.Duration ? ArithmeticOperation.DurationMultiplyInteger : ArithmeticOperation.IntegerMultiplyDuration,
            };
            return Make(operation, LowerNode(binary.Left), LowerNode(binary.Right));
        }

        // decimaal, bedrag, percentage: a percentage multiplying a non-percentage stands for its fraction.
        var decimalOperation = op switch
        {
            BoundBinaryOperator.Add => ArithmeticOperation.DecimalAdd,
            BoundBinaryOperator.Subtract => ArithmeticOperation.DecimalSubtract,
            BoundBinaryOperator.Multiply => ArithmeticOperation.DecimalMultiply,
            _ => ArithmeticOperation.DecimalDivide,
        };
        var left = Number(binary.Left, op == BoundBinaryOperator.Multiply && rightType != PrimitiveType.Percentage);
        var right = Number(binary.Right, op == BoundBinaryOperator.Multiply && leftType != PrimitiveType.Percentage);
        return Make(decimalOperation, left, right);
    }

    private LoweredExpression Number(BoundExpression operand, bool percentageAsFraction) =>
        percentageAsFraction && operand.Type == PrimitiveType.Percentage
            ? new LoweredConversion(Conversion.PercentageToFraction, LowerNode(operand), PrimitiveType.Decimal)
            : Widened(operand);
}
