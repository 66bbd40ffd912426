using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;
using Quantifier = Zorginkoop.Dsl.Syntax.Syntax.Expressions.Quantifier;
using TestKind = Zorginkoop.Dsl.Syntax.Syntax.Expressions.TestKind;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

internal sealed partial class ExpressionLowerer
{
    private static readonly TypeSyntax NullableBool = Code.Nullable(Code.Bool());

    private static ExpressionSyntax Kleene(string method, params ExpressionSyntax[] arguments) => Code.Call(Code.Member(CodeTypes.Kleene, method), arguments);

    private static ExpressionSyntax Arithmetic(string method, params ExpressionSyntax[] arguments) => Code.Call(Code.Member(CodeTypes.Arithmetic, method), arguments);

    private static ExpressionSyntax Comparison(string method, params ExpressionSyntax[] arguments) => Code.Call(Code.Member(CodeTypes.Comparison, method), arguments);

    private ExpressionSyntax Helper(string method, params ExpressionSyntax[] arguments) =>
        Code.Call(Code.Member(context.Names.Type(GeneratedNames.HelpersClass), method), arguments);

    private ExpressionSyntax Unary(BoundUnary unary, List<StatementSyntax> block)
    {
        var operand = Lower(unary.Operand, block);
        return unary.Operator == BoundUnaryOperator.Not
            ? Temp(NullableBool, Kleene("Not", operand), block)
            : Temp(Types.Of(unary.Type), Arithmetic("Negate", operand), block);
    }

    private ExpressionSyntax Binary(BoundBinary binary, List<StatementSyntax> block)
    {
        if (binary.IsLogical && !Traced)
        {
            return ShortCircuit(binary, block);
        }

        // The interpreter evaluates both operands, left first, before anything else.
        var left = Lower(binary.Left, block);
        var right = binary.Operator is BoundBinaryOperator.In or BoundBinaryOperator.NotIn
            ? ListAsObjects(binary.Right, block)
            : Lower(binary.Right, block);
        switch (binary.Operator)
        {
            case BoundBinaryOperator.And:
                return Temp(NullableBool, Kleene("And", left, right), block);
            case BoundBinaryOperator.Or:
                return Temp(NullableBool, Kleene("Or", left, right), block);
            case BoundBinaryOperator.Contains:
                var contains = Temp(NullableBool, Comparison("Contains", AsObjects(left, binary.Left.Type), Boxed(right)), block);
                Record(block, "Membership", Label(binary.Right.Label), Boxed(right), Kind(binary.Right.Type), Code.String("in"), Label(binary.Left.Label), left, contains);
                return contains;
            case BoundBinaryOperator.In or BoundBinaryOperator.NotIn:
                var negated = binary.Operator == BoundBinaryOperator.NotIn;
                var found = Comparison("Contains", right, Boxed(left));
                var member = Temp(NullableBool, negated ? Kleene("Not", found) : found, block);
                Record(block, "Membership", Label(binary.Left.Label), Boxed(left), Kind(binary.Left.Type), Code.String(negated ? "niet in" : "in"), Label(binary.Right.Label), right, member);
                return member;
        }

        return binary.IsComparison ? Compare(binary, left, right, block) : Calculate(binary, left, right, block);
    }

    /// <summary>Fast mode: <c>en</c> stops at a false left operand, <c>of</c> at a true one; Kleene gives the same answer.</summary>
    private ExpressionSyntax ShortCircuit(BoundBinary binary, List<StatementSyntax> block)
    {
        var isAnd = binary.Operator == BoundBinaryOperator.And;
        var result = Temp(NullableBool, Lower(binary.Left, block), block);
        List<StatementSyntax> rest = [];
        var right = Lower(binary.Right, rest);
        rest.Add(Code.Assign(result, Kleene(isAnd ? "And" : "Or", result, right)));
        block.Add(Code.If(Code.NotEqual(result, Code.Bool(!isAnd)), rest));
        return result;
    }

    private ExpressionSyntax Compare(BoundBinary binary, ExpressionSyntax left, ExpressionSyntax right, List<StatementSyntax> block)
    {
        var leftType = binary.Left.Type;
        var rightType = binary.Right.Type;
        if (leftType.Kind is ValueKind.Choice or ValueKind.Text or ValueKind.Boolean or ValueKind.Record or ValueKind.List)
        {
            var equality = leftType.Kind switch
            {
                ValueKind.Choice or ValueKind.Text or ValueKind.Boolean => Comparison("Equal", left, right),
                _ => Helper("SameValue", left, right),
            };
            var isEqual = binary.Operator == BoundBinaryOperator.Equal;
            if (!Traced)
            {
                return Temp(NullableBool, isEqual ? equality : Kleene("Not", equality), block);
            }

            var equal = Temp(NullableBool, equality, block);
            Record(block, "Equality", Label(binary.Left.Label), Boxed(left), Kind(leftType), Label(binary.Right.Label), Boxed(right), Kind(rightType), equal);
            return isEqual ? equal : Temp(NullableBool, Kleene("Not", equal), block);
        }

        // aantal against aantal stays whole; against a decimal both are compared as decimals, as in the interpreter.
        var order = Comparison("Order", ToDecimalIfMixed(left, leftType, rightType), ToDecimalIfMixed(right, rightType, leftType));
        var test = binary.Operator switch
        {
            BoundBinaryOperator.Equal => "EqualOrder",
            BoundBinaryOperator.NotEqual => "NotEqualOrder",
            BoundBinaryOperator.Less => "Less",
            BoundBinaryOperator.LessOrEqual => "LessOrEqual",
            BoundBinaryOperator.Greater => "Greater",
            _ => "GreaterOrEqual",
        };
        if (!Traced)
        {
            return Temp(NullableBool, Comparison(test, order), block);
        }

        var orderValue = Temp(Code.Nullable(Code.Int()), order, block);
        Record(block, "Comparison", Label(binary.Left.Label), Boxed(left), Kind(leftType), Label(binary.Right.Label), Boxed(right), Kind(rightType), orderValue);
        return Temp(NullableBool, Comparison(test, orderValue), block);
    }

    private ExpressionSyntax Calculate(BoundBinary binary, ExpressionSyntax left, ExpressionSyntax right, List<StatementSyntax> block)
    {
        var leftType = binary.Left.Type;
        var rightType = binary.Right.Type;
        var op = binary.Operator;
        var name = op switch
        {
            BoundBinaryOperator.Add => "Add",
            BoundBinaryOperator.Subtract => "Subtract",
            BoundBinaryOperator.Multiply => "Multiply",
            _ => "Divide",
        };
        // Operands already have the C# types of the overload the interpreter picks; only aantal in decimal arithmetic is widened.
        ExpressionSyntax value;
        if (binary.Type == PrimitiveType.Integer || binary.Type == PrimitiveType.Date || binary.Type == PrimitiveType.DateTime)
        {
            value = Arithmetic(name, left, right);
        }
        else if (binary.Type == PrimitiveType.Duration)
        {
            value = op == BoundBinaryOperator.Multiply && leftType != PrimitiveType.Duration ? Arithmetic(name, right, left) : Arithmetic(name, left, right);
        }
        else
        {
            // decimaal, bedrag, percentage: a percentage multiplying a non-percentage stands for its fraction.
            var x = Numeric(left, leftType, op == BoundBinaryOperator.Multiply && rightType != PrimitiveType.Percentage);
            var y = Numeric(right, rightType, op == BoundBinaryOperator.Multiply && leftType != PrimitiveType.Percentage);
            value = Arithmetic(name, x, y);
        }

        return Temp(Types.Of(binary.Type), value, block);
    }

    private static ExpressionSyntax ToDecimalIfMixed(ExpressionSyntax value, TypeSymbol type, TypeSymbol other) =>
        type == PrimitiveType.Integer && other != PrimitiveType.Integer ? Code.Cast(Code.Nullable(Code.DecimalType()), value) : value;

    private static ExpressionSyntax Numeric(ExpressionSyntax value, TypeSymbol type, bool percentageAsFraction)
    {
        var number = type == PrimitiveType.Integer ? Code.Cast(Code.Nullable(Code.DecimalType()), value) : value;
        return percentageAsFraction && type == PrimitiveType.Percentage ? Arithmetic("Fraction", number) : number;
    }

    /// <summary>
    /// Whether an expression lowers to a plain bool (a literal, 'is bekend', 'is onbekend'): it is never unknown,
    /// and 'is null' on it does not compile (CS0037), so callers leave that test out.
    /// </summary>
    public static bool IsDefinite(BoundExpression expression) => expression is BoundLiteral or BoundTest { Test: not TestKind.Empty };

    private ExpressionSyntax Test(BoundTest test, List<StatementSyntax> block)
    {
        var label = Code.String(test.Label ?? "waarde");
        if (test.Test == TestKind.Empty)
        {
            var operand = Stable(Lower(test.Operand, block), test.Operand.Type, block);
            var size = Code.Member(operand, test.Operand.Type is ListType ? "Count" : "Length");
            var empty = Temp(NullableBool, Code.Conditional(Code.IsNull(operand), Code.Null, Code.Equal(size, Code.Int32(0))), block);
            if (Traced)
            {
                var definite = Code.Member(empty, "Value");
                List<StatementSyntax> record = [];
                Record(record, "Test", label, Code.String("leeg"), definite);
                block.Add(Code.If(Code.Member(empty, "HasValue"), record));
            }

            return test.IsNegated ? Temp(NullableBool, Kleene("Not", empty), block) : empty;
        }

        // is bekend / is onbekend is definite: what it reads is not listed as missing.
        Record(block, "SuppressMissing");
        var value = Typed(Lower(test.Operand, block), test.Operand.Type);
        Record(block, "RestoreMissing");
        var outcome = test.Test == TestKind.Known ? Code.IsNotNull(value) : Code.IsNull(value);
        // The trace states what was observed; the negation is in the expression itself.
        var observed = Temp(Code.Bool(), outcome, block);
        Record(block, "Test", label, Code.String(test.Test == TestKind.Known ? "bekend" : "onbekend"), observed);
        return test.IsNegated ? Temp(Code.Bool(), Code.Not(observed), block) : observed;
    }

    private ExpressionSyntax Conditional(BoundConditional conditional, List<StatementSyntax> block)
    {
        var condition = Lower(conditional.Condition, block);
        if (conditional.Else is null)
        {
            // als A dan B: B only when A is not false.
            var consequence = Temp(NullableBool, Code.Null, block);
            List<StatementSyntax> unlessFalse = [];
            unlessFalse.Add(Code.Assign(consequence, Lower(conditional.Then, unlessFalse)));
            block.Add(Code.If(Code.NotEqual(condition, Code.Bool(false)), unlessFalse));
            return Temp(NullableBool, Kleene("Implies", condition, consequence), block);
        }

        var type = Types.Of(conditional.Type);
        var result = Temp(type, Code.Null, block);
        List<StatementSyntax> whenTrue = [];
        whenTrue.Add(Code.Assign(result, Widen(Lower(conditional.Then, whenTrue), conditional.Then.Type, conditional.Type)));
        List<StatementSyntax> whenFalse = [];
        whenFalse.Add(Code.Assign(result, Widen(Lower(conditional.Else, whenFalse), conditional.Else.Type, conditional.Type)));
        List<StatementSyntax> whenUnknown = [];
        var then = Widen(Lower(conditional.Then, whenUnknown), conditional.Then.Type, conditional.Type);
        var otherwise = Widen(Lower(conditional.Else, whenUnknown), conditional.Else.Type, conditional.Type);
        var choose = Code.GenericMember(CodeTypes.Kleene, "Choose", type);
        whenUnknown.Add(Code.Assign(result, Code.Call(choose, Code.Null, then, otherwise)));

        block.Add(IfStatement(Code.Equal(condition, Code.Bool(true)), Block(whenTrue),
            ElseClause(IfStatement(Code.Equal(condition, Code.Bool(false)), Block(whenFalse), ElseClause(Block(whenUnknown))))));
        return result;
    }

    private ExpressionSyntax DateFunction(BoundDateFunction function, List<StatementSyntax> block)
    {
        var operand = Lower(function.Operand, block);
        var date = function.Operand.Type == PrimitiveType.DateTime
            ? Temp(Code.Nullable(CodeTypes.DateOnly), Helper("AsDate", Typed(operand, function.Operand.Type)), block)
            : Stable(operand, function.Operand.Type, block);
        var day = Code.Member(date, "Value");
        ExpressionSyntax Calendar(string method) => Code.Call(Code.Member(CodeTypes.Calendar, method), day);
        var value = function.Function switch
        {
            Semantics.Bound.DateFunction.WeekOf => Calendar("Week"),
            Semantics.Bound.DateFunction.MonthOf => Code.Member(day, "Month"),
            Semantics.Bound.DateFunction.QuarterOf => Calendar("Quarter"),
            Semantics.Bound.DateFunction.YearOf => Code.Member(day, "Year"),
            var other => Calendar(other.ToString()),
        };
        var type = Types.Of(function.Type);
        return Temp(type, Code.Conditional(Code.Member(date, "HasValue"), Code.Cast(type, value), Code.Null), block);
    }

    private ExpressionSyntax Extreme(BoundExtremeDate extreme, List<StatementSyntax> block)
    {
        var first = Lower(extreme.First, block);
        var second = Lower(extreme.Second, block);
        return Temp(Types.Of(extreme.Type), Helper(extreme.Earliest ? "Earliest" : "Latest", first, second), block);
    }
}
