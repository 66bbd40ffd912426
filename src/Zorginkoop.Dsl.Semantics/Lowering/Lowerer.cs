using System.Runtime.CompilerServices;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>
/// Resolves every operator of a bound expression to its typed operation and makes every implicit conversion a
/// node, following docs/evaluation-semantics.md. This is the one place where operand types decide what an
/// expression means; the interpreter and the C# generator only read what it produces. One lowerer serves one
/// policy (its subject variable); it keeps what it lowered, so each expression and definition is lowered once.
/// </summary>
public sealed partial class Lowerer
{
    // Weak, so that what a language server checks on every keystroke is collected with its bound trees.
    private static readonly ConditionalWeakTable<BoundExpression, LoweredExpression> Roots = [];
    private static readonly ConditionalWeakTable<BoundExpression, LoweredExpression> DateRoots = [];
    private static readonly ConditionalWeakTable<DefinitionSymbol, LoweredDefinition> Definitions = [];
    private static readonly Lock Gate = new();

    private readonly VariableSymbol? subjectVariable;

    public Lowerer(VariableSymbol? subjectVariable) => this.subjectVariable = subjectVariable;

    /// <summary>A lowerer for the policy with this subject variable; what it lowers is kept with the bound nodes, so it is lowered once.</summary>
    public static Lowerer For(VariableSymbol? subjectVariable) => new(subjectVariable);

    /// <summary>Translates bound expressions into lowered expressions.</summary>
    public LoweredExpression Lower(BoundExpression expression)
    {
        if (Roots.TryGetValue(expression, out var lowered))
        {
            return lowered;
        }

        lock (Gate)
        {
            if (!Roots.TryGetValue(expression, out lowered))
            {
                lowered = LowerNode(expression);
                Roots.Add(expression, lowered);
            }

            return lowered;
        }
    }

    /// <summary>
    /// Translates a bound date rule (an <c>ingangsdatum</c>, a relative timeline moment) into a lowered datum
    /// expression: a rule of type tijdstip counts by its day, through an explicit
    /// <see cref="Conversion.DateTimeToDate"/> node, so neither engine decides it.
    /// </summary>
    public LoweredExpression LowerAsDate(BoundExpression rule)
    {
        if (DateRoots.TryGetValue(rule, out var lowered))
        {
            return lowered;
        }

        lock (Gate)
        {
            if (!DateRoots.TryGetValue(rule, out lowered))
            {
                lowered = AsDate(rule);
                DateRoots.Add(rule, lowered);
            }

            return lowered;
        }
    }

    /// <summary>A definition's lowered value, the same object for every use.</summary>
    public LoweredDefinition Definition(DefinitionSymbol definition)
    {
        if (Definitions.TryGetValue(definition, out var lowered))
        {
            return lowered;
        }

        lock (Gate)
        {
            if (!Definitions.TryGetValue(definition, out lowered))
            {
                // Registered before its value is lowered, so that a cycle (a policy with errors) ends.
                lowered = new LoweredDefinition(definition);
                Definitions.Add(definition, lowered);
                lowered.Value = LowerNode(definition.Value);
            }

            return lowered;
        }
    }

    private LoweredExpression LowerNode(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => new LoweredLiteral(literal.Value, literal.Type),
        BoundVariable { Variable: var variable } => variable == subjectVariable ? new LoweredSubject(variable.Type) : new LoweredVariable(variable),
        BoundParameter { Parameter: var parameter } => new LoweredParameter(parameter == BuiltInParameters.RequestDate ? InputParameter.RequestDate : InputParameter.EvaluationDate, parameter.Type),
        BoundFieldAccess access => new LoweredFactRead(LowerNode(access.Target), access.Field, access.FactPath, access.Type == PrimitiveType.Boolean),
        BoundDefinitionReference reference => new LoweredDefinitionReference(reference.Definition, Definition(reference.Definition), reference.Type == PrimitiveType.Boolean),
        BoundUnary unary => Unary(unary),
        BoundBinary binary => Binary(binary),
        BoundTest test => Test(test),
        BoundConditional conditional => Conditional(conditional),
        BoundQuantified quantified => new LoweredQuantifier(quantified.Quantifier, quantified.Variable, LowerNode(quantified.Source), LowerNode(quantified.Predicate), quantified.Type)
        {
            Element = LoweredElementLabel.Of(quantified.Source.Type),
            Exceptions = [.. quantified.ElementExceptions.Select(e => new LoweredElementException(e.Description, LowerNode(e.Condition)))],
        },
        BoundSum sum => Sum(sum),
        BoundCount count => new LoweredCount(LowerNode(count.Source)),
        BoundList list => new LoweredList([.. list.Items.Select(i => To(i, ((ListType)list.Type).Element))], list.Type),
        BoundDateFunction function => new LoweredDateFunction(function.Function, AsDate(function.Operand), function.Type),
        BoundExtremeDate extreme => Extreme(extreme),
        _ => LoweredError.Instance,
    };

    private LoweredExpression Unary(BoundUnary unary)
    {
        var operand = LowerNode(unary.Operand);
        if (unary.Operator == BoundUnaryOperator.Not)
        {
            return new LoweredNot(operand);
        }

        return unary.Operand.Type.Kind switch
        {
            Runtime.Values.ValueKind.Integer => new LoweredNegate(NegateOperation.IntegerNegate, operand),
            Runtime.Values.ValueKind.Duration => new LoweredNegate(NegateOperation.DurationNegate, operand),
            _ => new LoweredNegate(NegateOperation.DecimalNegate, operand),
        };
    }

    private LoweredExpression Test(BoundTest test)
    {
        var label = test.Label ?? "waarde";
        var operand = LowerNode(test.Operand);
        if (test.Test != TestKind.Empty)
        {
            return new LoweredKnownTest(operand, test.Test == TestKind.Unknown, test.IsNegated, label);
        }

        var operation = test.Operand.Type is ListType ? EmptyOperation.ListIsEmpty : EmptyOperation.TextIsEmpty;
        return new LoweredEmptyTest(operation, operand, test.IsNegated, label);
    }

    private LoweredExpression Conditional(BoundConditional conditional)
    {
        var condition = LowerNode(conditional.Condition);
        return conditional.Else is null
            ? new LoweredImplication(condition, LowerNode(conditional.Then))
            : new LoweredChoice(condition, To(conditional.Then, conditional.Type), To(conditional.Else, conditional.Type), conditional.Type);
    }

    private LoweredExpression Sum(BoundSum sum) => SumOf(sum) with { Element = LoweredElementLabel.Of(sum.Source.Type) };

    private LoweredSum SumOf(BoundSum sum)
    {
        var source = LowerNode(sum.Source);
        if (sum.Type == PrimitiveType.Integer)
        {
            return new LoweredSum(ArithmeticOperation.IntegerAdd, new LoweredLiteral(0L, sum.Type), sum.Variable, source, LowerNode(sum.Value), sum.Type);
        }

        if (sum.Type == PrimitiveType.Duration)
        {
            var zero = new LoweredLiteral(new Runtime.Values.Duration(0, Runtime.Values.DurationUnit.Minute), sum.Type);
            return new LoweredSum(ArithmeticOperation.DurationAdd, zero, sum.Variable, source, LowerNode(sum.Value), sum.Type);
        }

        return new LoweredSum(ArithmeticOperation.DecimalAdd, new LoweredLiteral(0m, sum.Type), sum.Variable, source, Widened(sum.Value), sum.Type);
    }

    private LoweredExpression Extreme(BoundExtremeDate extreme)
    {
        var isDate = extreme.Type == PrimitiveType.Date;
        var operation = (extreme.Earliest, isDate) switch
        {
            (true, true) => ExtremeOperation.EarliestDate,
            (false, true) => ExtremeOperation.LatestDate,
            (true, false) => ExtremeOperation.EarliestDateTime,
            _ => ExtremeOperation.LatestDateTime,
        };
        return isDate
            ? new LoweredExtreme(operation, AsDate(extreme.First), AsDate(extreme.Second), extreme.Type)
            : new LoweredExtreme(operation, LowerNode(extreme.First), LowerNode(extreme.Second), extreme.Type);
    }

    /// <summary>A value where a value of <paramref name="target"/> is expected: an aantal for a decimaal is widened.</summary>
    private LoweredExpression To(BoundExpression expression, TypeSymbol target) =>
        expression.Type == PrimitiveType.Integer && target == PrimitiveType.Decimal
            ? new LoweredConversion(Conversion.IntegerToDecimal, LowerNode(expression), target)
            : LowerNode(expression);

    /// <summary>A number in decimal arithmetic: an aantal is widened.</summary>
    private LoweredExpression Widened(BoundExpression expression) =>
        expression.Type == PrimitiveType.Integer
            ? new LoweredConversion(Conversion.IntegerToDecimal, LowerNode(expression), PrimitiveType.Decimal)
            : LowerNode(expression);

    /// <summary>A datum operand: a tijdstip stands for its day.</summary>
    private LoweredExpression AsDate(BoundExpression expression) =>
        expression.Type == PrimitiveType.DateTime
            ? new LoweredConversion(Conversion.DateTimeToDate, LowerNode(expression), PrimitiveType.Date)
            : LowerNode(expression);
}
