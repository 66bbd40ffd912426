using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Lowering;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>
/// Evaluates lowered expressions directly: the reference the compiled evaluator is tested against. It dispatches
/// on the lowered node and its typed operation only, calling the runtime method the generated code calls, and
/// makes exactly the trace calls the generated code makes, in the same order. Definitions are evaluated once per
/// evaluation (in the trace's <see cref="EvaluationMemo"/>); a later use replays what the first told the trace.
/// </summary>
internal sealed class ExpressionInterpreter(FactRecord subject, VariableSymbol? subjectVariable, EvaluationInputs inputs, EvaluationTrace trace)
{
    private readonly Dictionary<VariableSymbol, object?> variables = [];
    private readonly Lowerer lowerer = Lowerer.For(subjectVariable);

    public bool? Truth(BoundExpression expression) => (bool?)Evaluate(expression);

    /// <summary>Gives a variable a value from outside, such as a timeline event's date.</summary>
    public void SetVariable(VariableSymbol variable, object? value) => variables[variable] = value;

    public object? Evaluate(BoundExpression expression) => Evaluate(lowerer.Lower(expression));

    /// <summary>A date rule (an ingangsdatum, a relative timeline moment) as the lowering gives it: a datum, a tijdstip already converted.</summary>
    public DateOnly? EvaluateDate(BoundExpression rule) => (DateOnly?)Evaluate(lowerer.LowerAsDate(rule));

    private bool? Truth(LoweredExpression expression) => (bool?)Evaluate(expression);

    private object? Evaluate(LoweredExpression expression)
    {
        switch (expression)
        {
            case LoweredLiteral literal:
                return literal.Value;
            case LoweredSubject:
                return subject;
            case LoweredVariable { Variable: var variable }:
                return variables.GetValueOrDefault(variable);
            case LoweredParameter { Parameter: var parameter }:
                return parameter == InputParameter.RequestDate ? inputs.RequestDate : inputs.EvaluationDate;
            case LoweredFactRead read:
                return FactRead(read);
            case LoweredDefinitionReference reference:
                return Definition(reference);
            case LoweredConversion conversion:
                return TypedOperationCalls.Convert(conversion.Conversion, Evaluate(conversion.Operand));
            case LoweredNegate negate:
                return TypedOperationCalls.Negate(negate.Operation, Evaluate(negate.Operand));
            case LoweredNot not:
                return Operations.Not(Truth(not.Operand));
            case LoweredArithmetic arithmetic:
                var left = Evaluate(arithmetic.Left);
                return TypedOperationCalls.Calculate(arithmetic.Operation, left, Evaluate(arithmetic.Right));
            case LoweredLogical logical:
                var first = Truth(logical.Left);
                var second = Truth(logical.Right);
                return logical.Operation == LogicalOperation.And ? Operations.And(first, second) : Operations.Or(first, second);
            case LoweredComparison comparison:
                return Compare(comparison);
            case LoweredEquality equality:
                return Equal(equality);
            case LoweredMembership membership:
                return Membership(membership);
            case LoweredKnownTest test:
                return KnownTest(test);
            case LoweredEmptyTest test:
                return EmptyTest(test);
            case LoweredImplication implication:
                var condition = Truth(implication.Condition);
                return Operations.Implies(condition, condition == false ? null : Truth(implication.Consequence));
            case LoweredChoice choice:
                return Choose(choice);
            case LoweredQuantifier quantifier:
                return Quantified(quantifier);
            case LoweredSum sum:
                return Sum(sum);
            case LoweredCount count:
                return Operations.ListCount((IReadOnlyList<object?>?)Evaluate(count.Source));
            case LoweredList list:
                return list.Items.Select(Evaluate).ToList();
            case LoweredDateFunction function:
                return TypedOperationCalls.DateFunctionOf(function.Function, (DateOnly?)Evaluate(function.Operand));
            case LoweredExtreme extreme:
                var a = Evaluate(extreme.First);
                return TypedOperationCalls.Extreme(extreme.Operation, a, Evaluate(extreme.Second));
            default:
                return null;
        }
    }

    private object? FactRead(LoweredFactRead read)
    {
        if (Evaluate(read.Record) is not FactRecord record)
        {
            return null;
        }

        var value = trace.Fact(record[read.Field.Name], read.FactPath);
        if (read.RecordsFlag)
        {
            trace.Flag(read.Field.Name, (bool?)value);
        }

        return value;
    }

    private object? Definition(LoweredDefinitionReference reference)
    {
        // Once per evaluation, in the trace's memo as the generated code keeps it; a later use replays the trace.
        if (!trace.TryReplayDefinition<object?>(reference.Value, out var value))
        {
            trace.BeginDefinition();
            value = trace.EndDefinition(reference.Value, Evaluate(reference.Value.Value));
        }

        if (reference.RecordsFlag)
        {
            trace.Flag(reference.Definition.Name, (bool?)value);
        }

        return value;
    }

    private object? Compare(LoweredComparison comparison)
    {
        var left = Evaluate(comparison.Left.Value);
        var right = Evaluate(comparison.Right.Value);
        var order = TypedOperationCalls.Order(comparison.Operation, TypedOperationCalls.Convert(comparison.Left.Conversion, left), TypedOperationCalls.Convert(comparison.Right.Conversion, right), comparison.Members);
        trace.Comparison(comparison.Left.Label, left, comparison.Left.Kind, comparison.Right.Label, right, comparison.Right.Kind, order);
        return comparison.Relation switch
        {
            OrderRelation.Equal => Operations.OrderEqual(order),
            OrderRelation.NotEqual => Operations.OrderNotEqual(order),
            OrderRelation.Less => Operations.OrderLess(order),
            OrderRelation.LessOrEqual => Operations.OrderLessOrEqual(order),
            OrderRelation.Greater => Operations.OrderGreater(order),
            _ => Operations.OrderGreaterOrEqual(order),
        };
    }

    private object? Equal(LoweredEquality equality)
    {
        var left = Evaluate(equality.Left.Value);
        var right = Evaluate(equality.Right.Value);
        var equal = equality.Operation switch
        {
            EqualityOperation.TextEqual => Operations.TextEqual((string?)left, (string?)right),
            EqualityOperation.ChoiceEqual => Operations.ChoiceEqual((string?)left, (string?)right),
            EqualityOperation.BooleanEqual => Operations.BooleanEqual((bool?)left, (bool?)right),
            _ => Operations.ValueEqual(left, right),
        };
        trace.Equality(equality.Left.Label, left, equality.Left.Kind, equality.Right.Label, right, equality.Right.Kind, equal);
        return equality.Negated ? Operations.Not(equal) : equal;
    }

    private object? Membership(LoweredMembership membership)
    {
        object? item, list;
        if (membership.ListFirst)
        {
            list = Evaluate(membership.List.Value);
            item = Evaluate(membership.Item.Value);
        }
        else
        {
            item = Evaluate(membership.Item.Value);
            list = Evaluate(membership.List.Value);
        }

        var found = Operations.ListContains((IReadOnlyList<object?>?)list, item);
        var result = membership.Negated ? Operations.Not(found) : found;
        trace.Membership(membership.Item.Label, item, membership.Item.Kind, membership.Relation, membership.List.Label, list, result);
        return result;
    }

    private object? KnownTest(LoweredKnownTest test)
    {
        trace.SuppressMissing();
        var value = Evaluate(test.Operand);
        trace.RestoreMissing();
        var known = Operations.IsKnown(value);
        var observed = test.TestsUnknown ? !known : known;
        trace.Test(test.Label, test.Test, observed);
        return test.Negated ? !observed : observed;
    }

    private object? EmptyTest(LoweredEmptyTest test)
    {
        var operand = Evaluate(test.Operand);
        var empty = test.Operation == EmptyOperation.ListIsEmpty
            ? Operations.ListIsEmpty((IReadOnlyList<object?>?)operand)
            : Operations.TextIsEmpty((string?)operand);
        if (empty is { } definite)
        {
            // The trace states what was observed; the negation is in the expression itself.
            trace.Test(test.Label, "leeg", definite);
        }

        return test.Negated ? Operations.Not(empty) : empty;
    }

    private object? Choose(LoweredChoice choice) => Truth(choice.Condition) switch
    {
        true => Evaluate(choice.Then),
        false => Evaluate(choice.Else),
        null => ChooseUnknown(choice),
    };

    private object? ChooseUnknown(LoweredChoice choice)
    {
        var then = Evaluate(choice.Then);
        return Operations.Choose(null, then, Evaluate(choice.Else));
    }

    private object? Quantified(LoweredQuantifier quantifier)
    {
        if (Evaluate(quantifier.Source) is not IReadOnlyList<object?> items)
        {
            return null;
        }

        trace.BeginElements();
        bool? all = true, any = false;
        long? count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            variables[quantifier.Variable] = item;
            trace.EnterElement(quantifier.Element.Noun, i + 1, ElementName(quantifier.Element, item));
            var holds = Truth(quantifier.Predicate);
            foreach (var exception in quantifier.Exceptions)
            {
                if (holds == true)
                {
                    break;
                }

                holds = trace.ElementException(holds, Truth(exception.Condition), exception.Description);
            }

            trace.LeaveElement(holds);
            all = Operations.And(all, holds);
            any = Operations.Or(any, holds);
            count = Operations.CountWhere(count, holds);
        }

        variables.Remove(quantifier.Variable);
        var (fold, outcome) = quantifier.Quantifier switch
        {
            Quantifier.ForAll => (ElementFold.All, all),
            Quantifier.Exists or Quantifier.None => (ElementFold.Any, any),
            _ => (ElementFold.Each, (bool?)null),
        };
        trace.EndElements(fold, outcome);
        return quantifier.Quantifier switch
        {
            Quantifier.ForAll => all,
            Quantifier.Exists => any,
            Quantifier.None => Operations.Not(any),
            _ => count,
        };
    }

    private object? Sum(LoweredSum sum)
    {
        if (Evaluate(sum.Source) is not IReadOnlyList<object?> items)
        {
            return null;
        }

        trace.BeginElements();
        var total = sum.Start.Value;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            variables[sum.Variable] = item;
            trace.EnterElement(sum.Element.Noun, i + 1, ElementName(sum.Element, item));
            total = TypedOperationCalls.Calculate(sum.Accumulate, total, Evaluate(sum.Value));
            trace.LeaveElement(null);
        }

        variables.Remove(sum.Variable);
        trace.EndElements(ElementFold.Each, null);
        return total;
    }

    /// <summary>The element's name for its label: its name field, read as it is (not a fact the rule uses), or the text itself.</summary>
    private static string? ElementName(LoweredElementLabel label, object? item) => label switch
    {
        { NameField: { } field } => (item as FactRecord)?[field.Name] as string,
        { ValueIsName: true } => item as string,
        _ => null,
    };
}
