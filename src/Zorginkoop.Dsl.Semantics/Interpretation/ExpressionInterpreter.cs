using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>
/// Evaluates bound expressions directly, following docs/evaluation-semantics.md: the reference the compiled
/// evaluator is tested against. Clarity over speed; every trace call mirrors the generated code.
/// </summary>
internal sealed class ExpressionInterpreter(FactRecord subject, VariableSymbol? subjectVariable, EvaluationInputs inputs, EvaluationTrace trace)
{
    private readonly Dictionary<VariableSymbol, object?> variables = [];

    public bool? Truth(BoundExpression expression) => (bool?)Evaluate(expression);

    /// <summary>Gives a variable a value from outside, such as a timeline event's date.</summary>
    public void SetVariable(VariableSymbol variable, object? value) => variables[variable] = value;

    public object? Evaluate(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return literal.Value;
            case BoundVariable { Variable: var variable }:
                return variable == subjectVariable ? subject : variables.GetValueOrDefault(variable);
            case BoundParameter { Parameter: var parameter }:
                return parameter == BuiltInParameters.RequestDate ? inputs.RequestDate : inputs.EvaluationDate;
            case BoundFieldAccess access:
                if (Evaluate(access.Target) is not FactRecord record)
                {
                    return null;
                }

                var value = trace.Fact(record[access.Field.Name], access.FactPath);
                if (access.Type == PrimitiveType.Boolean)
                {
                    trace.Flag(access.Field.Name, (bool?)value);
                }

                return value;
            case BoundDefinitionReference reference:
                var defined = Evaluate(reference.Definition.Value);
                if (reference.Type == PrimitiveType.Boolean)
                {
                    trace.Flag(reference.Definition.Name, (bool?)defined);
                }

                return defined;
            case BoundUnary unary:
                return Unary(unary);
            case BoundBinary binary:
                return Binary(binary);
            case BoundTest test:
                return Test(test);
            case BoundConditional conditional:
                return Conditional(conditional);
            case BoundQuantified quantified:
                return Quantified(quantified);
            case BoundSum sum:
                return Sum(sum);
            case BoundCount count:
                return Evaluate(count.Source) is IReadOnlyList<object?> counted ? (long)counted.Count : null;
            case BoundList list:
                return list.Items.Select(i => Widen(Evaluate(i), i.Type, ((ListType)list.Type).Element)).ToList();
            case BoundDateFunction function:
                return DateFunctionOf(function.Function, AsDate(Evaluate(function.Operand)));
            case BoundExtremeDate extreme:
                return Extreme(extreme);
            default:
                return null;
        }
    }

    private object? Unary(BoundUnary unary)
    {
        var operand = Evaluate(unary.Operand);
        if (unary.Operator == BoundUnaryOperator.Not)
        {
            return Kleene.Not((bool?)operand);
        }

        return operand switch
        {
            long l => Arithmetic.Negate(l),
            decimal d => Arithmetic.Negate(d),
            Duration t => Arithmetic.Negate(t),
            _ => null,
        };
    }

    private object? Binary(BoundBinary binary)
    {
        var left = Evaluate(binary.Left);
        var right = Evaluate(binary.Right);
        switch (binary.Operator)
        {
            case BoundBinaryOperator.And:
                return Kleene.And((bool?)left, (bool?)right);
            case BoundBinaryOperator.Or:
                return Kleene.Or((bool?)left, (bool?)right);
            case BoundBinaryOperator.Contains:
                var containsResult = Comparison.Contains((IReadOnlyList<object?>?)left, right);
                trace.Membership(binary.Right.Label, right, binary.Right.Type.Kind, "in", binary.Left.Label, left, containsResult);
                return containsResult;
            case BoundBinaryOperator.In or BoundBinaryOperator.NotIn:
                var inResult = Comparison.Contains((IReadOnlyList<object?>?)right, left);
                var negated = binary.Operator == BoundBinaryOperator.NotIn;
                var result = negated ? Kleene.Not(inResult) : inResult;
                trace.Membership(binary.Left.Label, left, binary.Left.Type.Kind, negated ? "niet in" : "in", binary.Right.Label, right, result);
                return result;
        }

        if (binary.IsComparison)
        {
            return Compare(binary, left, right);
        }

        return Calculate(binary, left, right);
    }

    private object? Compare(BoundBinary binary, object? left, object? right)
    {
        var kind = binary.Left.Type.Kind;
        if (kind is ValueKind.Choice or ValueKind.Text or ValueKind.Boolean or ValueKind.Record or ValueKind.List)
        {
            bool? equal = left is null || right is null ? null : Comparison.ValuesEqual(left, right);
            trace.Equality(binary.Left.Label, left, binary.Left.Type.Kind, binary.Right.Label, right, binary.Right.Type.Kind, equal);
            return binary.Operator == BoundBinaryOperator.Equal ? equal : Kleene.Not(equal);
        }

        int? order = (left, right) switch
        {
            (long a, long b) => Comparison.Order(a, b),
            (long or decimal, long or decimal) => Comparison.Order(Convert.ToDecimal(left), Convert.ToDecimal(right)),
            (DateOnly a, DateOnly b) => Comparison.Order(a, b),
            (DateTime a, DateTime b) => Comparison.Order(a, b),
            (Duration a, Duration b) => Comparison.Order(a, b),
            _ => null,
        };
        trace.Comparison(binary.Left.Label, left, binary.Left.Type.Kind, binary.Right.Label, right, binary.Right.Type.Kind, order);
        return binary.Operator switch
        {
            BoundBinaryOperator.Equal => Comparison.EqualOrder(order),
            BoundBinaryOperator.NotEqual => Comparison.NotEqualOrder(order),
            BoundBinaryOperator.Less => Comparison.Less(order),
            BoundBinaryOperator.LessOrEqual => Comparison.LessOrEqual(order),
            BoundBinaryOperator.Greater => Comparison.Greater(order),
            _ => Comparison.GreaterOrEqual(order),
        };
    }

    private static object? Calculate(BoundBinary binary, object? left, object? right)
    {
        var leftType = binary.Left.Type;
        var rightType = binary.Right.Type;
        var op = binary.Operator;
        if (binary.Type == PrimitiveType.Integer)
        {
            var (a, b) = ((long?)left, (long?)right);
            return op switch
            {
                BoundBinaryOperator.Add => Arithmetic.Add(a, b),
                BoundBinaryOperator.Subtract => Arithmetic.Subtract(a, b),
                _ => Arithmetic.Multiply(a, b),
            };
        }

        if (binary.Type == PrimitiveType.Date)
        {
            return op == BoundBinaryOperator.Add
                ? Arithmetic.Add(AsDate(left), (Duration?)right)
                : Arithmetic.Subtract(AsDate(left), (Duration?)right);
        }

        if (binary.Type == PrimitiveType.DateTime)
        {
            return op == BoundBinaryOperator.Add
                ? Arithmetic.Add((DateTime?)left, (Duration?)right)
                : Arithmetic.Subtract((DateTime?)left, (Duration?)right);
        }

        if (binary.Type == PrimitiveType.Duration)
        {
            return op switch
            {
                BoundBinaryOperator.Add => Arithmetic.Add((Duration?)left, (Duration?)right),
                BoundBinaryOperator.Subtract => Arithmetic.Subtract((Duration?)left, (Duration?)right),
                _ => leftType == PrimitiveType.Duration
                    ? Arithmetic.Multiply((Duration?)left, (long?)right)
                    : Arithmetic.Multiply((Duration?)right, (long?)left),
            };
        }

        // decimaal, bedrag, percentage: a percentage multiplying a non-percentage stands for its fraction.
        var x = Numeric(left, leftType, op == BoundBinaryOperator.Multiply && rightType != PrimitiveType.Percentage);
        var y = Numeric(right, rightType, op == BoundBinaryOperator.Multiply && leftType != PrimitiveType.Percentage);
        return op switch
        {
            BoundBinaryOperator.Add => Arithmetic.Add(x, y),
            BoundBinaryOperator.Subtract => Arithmetic.Subtract(x, y),
            BoundBinaryOperator.Multiply => Arithmetic.Multiply(x, y),
            _ => Arithmetic.Divide(x, y),
        };
    }

    private static decimal? Numeric(object? value, TypeSymbol type, bool percentageAsFraction)
    {
        var number = value switch
        {
            long l => (decimal?)l,
            decimal d => d,
            _ => null,
        };
        return percentageAsFraction && type == PrimitiveType.Percentage ? Arithmetic.Fraction(number) : number;
    }

    private object? Test(BoundTest test)
    {
        var label = test.Label ?? "waarde";
        if (test.Test == TestKind.Empty)
        {
            var operand = Evaluate(test.Operand);
            bool? empty = operand switch
            {
                IReadOnlyList<object?> list => list.Count == 0,
                string text => text.Length == 0,
                _ => null,
            };
            if (empty is { } definite)
            {
                // The trace states what was observed; the negation is in the expression itself.
                trace.Test(label, "leeg", definite);
            }

            return test.IsNegated ? Kleene.Not(empty) : empty;
        }

        trace.SuppressMissing();
        var value = Evaluate(test.Operand);
        trace.RestoreMissing();
        var known = value is not null;
        var observed = test.Test == TestKind.Known ? known : !known;
        trace.Test(label, test.Test == TestKind.Known ? "bekend" : "onbekend", observed);
        return test.IsNegated ? !observed : observed;
    }

    private object? Conditional(BoundConditional conditional)
    {
        var condition = Truth(conditional.Condition);
        if (conditional.Else is null)
        {
            var consequence = condition == false ? null : Truth(conditional.Then);
            return Kleene.Implies(condition, consequence);
        }

        return condition switch
        {
            true => Widen(Evaluate(conditional.Then), conditional.Then.Type, conditional.Type),
            false => Widen(Evaluate(conditional.Else), conditional.Else.Type, conditional.Type),
            null => Kleene.Choose(null, Widen(Evaluate(conditional.Then), conditional.Then.Type, conditional.Type), Widen(Evaluate(conditional.Else), conditional.Else.Type, conditional.Type)),
        };
    }

    private object? Quantified(BoundQuantified quantified)
    {
        if (Evaluate(quantified.Source) is not IReadOnlyList<object?> items)
        {
            return null;
        }

        bool? all = true, any = false;
        long count = 0;
        var countUnknown = false;
        foreach (var item in items)
        {
            variables[quantified.Variable] = item;
            var holds = Truth(quantified.Predicate);
            all = Kleene.And(all, holds);
            any = Kleene.Or(any, holds);
            count += holds == true ? 1 : 0;
            countUnknown |= holds is null;
        }

        variables.Remove(quantified.Variable);
        return quantified.Quantifier switch
        {
            Quantifier.ForAll => all,
            Quantifier.Exists => any,
            Quantifier.None => Kleene.Not(any),
            _ => countUnknown ? null : count,
        };
    }

    private object? Sum(BoundSum sum)
    {
        if (Evaluate(sum.Source) is not IReadOnlyList<object?> items)
        {
            return null;
        }

        object? total = sum.Type == PrimitiveType.Integer ? 0L : sum.Type == PrimitiveType.Duration ? new Duration(0, DurationUnit.Minute) : 0m;
        foreach (var item in items)
        {
            variables[sum.Variable] = item;
            var value = Evaluate(sum.Value);
            total = (total, value) switch
            {
                (long a, long b) => Arithmetic.Add(a, b),
                (decimal a, long b) => Arithmetic.Add(a, b),
                (decimal a, decimal b) => Arithmetic.Add(a, b),
                (Duration a, Duration b) => Arithmetic.Add(a, b),
                _ => null,
            };
        }

        variables.Remove(sum.Variable);
        return total;
    }

    private object? Extreme(BoundExtremeDate extreme)
    {
        var first = Evaluate(extreme.First);
        var second = Evaluate(extreme.Second);
        return (first, second) switch
        {
            (DateOnly a, DateOnly b) => extreme.Earliest ? (a <= b ? a : b) : (a >= b ? a : b),
            (DateTime a, DateTime b) => extreme.Earliest ? (a <= b ? a : b) : (a >= b ? a : b),
            _ => null,
        };
    }

    private static object? DateFunctionOf(DateFunction function, DateOnly? date) => date is not { } d ? null : function switch
    {
        DateFunction.FirstDayOfNextWeek => DutchCalendar.FirstDayOfNextWeek(d),
        DateFunction.FirstDayOfNextMonth => DutchCalendar.FirstDayOfNextMonth(d),
        DateFunction.FirstDayOfNextQuarter => DutchCalendar.FirstDayOfNextQuarter(d),
        DateFunction.FirstDayOfNextYear => DutchCalendar.FirstDayOfNextYear(d),
        DateFunction.FirstDayOfWeek => DutchCalendar.FirstDayOfWeek(d),
        DateFunction.FirstDayOfMonth => DutchCalendar.FirstDayOfMonth(d),
        DateFunction.FirstDayOfQuarter => DutchCalendar.FirstDayOfQuarter(d),
        DateFunction.FirstDayOfYear => DutchCalendar.FirstDayOfYear(d),
        DateFunction.WeekOf => (long)DutchCalendar.Week(d),
        DateFunction.MonthOf => (long)d.Month,
        DateFunction.QuarterOf => (long)DutchCalendar.Quarter(d),
        _ => (long)d.Year,
    };

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime m => DateOnly.FromDateTime(m),
        _ => null,
    };

    /// <summary>An aantal used where a decimaal is expected is held as decimal, as the generated code does.</summary>
    private static object? Widen(object? value, TypeSymbol from, TypeSymbol to) =>
        value is long l && from == PrimitiveType.Integer && to == PrimitiveType.Decimal ? (decimal)l : value;
}
