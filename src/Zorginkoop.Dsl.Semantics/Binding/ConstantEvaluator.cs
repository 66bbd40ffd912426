using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Lowering;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates a bound expression that needs no facts into its value, for the binder's own use (the fixed date of
/// a timeline entry such as <c>uiterlijk 6 weken na 1 oktober 2025</c>). The expression is lowered by the
/// <see cref="Lowerer"/>, which alone chooses each typed operation and conversion from the operand types, and each
/// operation is computed by its one runtime method (<see cref="TypedOperationCalls"/>), as both engines compute it,
/// so folding cannot give another answer than evaluating. Literals, definitions, conversions, negation, arithmetic,
/// calendar functions and the earliest or latest of two dates fold; anything else (a fact, an event, a comparison)
/// is not a constant here and folds to null, which every runtime operation passes on as onbekend.
/// </summary>
internal static class ConstantEvaluator
{
    public static object? Evaluate(BoundExpression expression, VariableSymbol? subjectVariable) =>
        Fold(Lowerer.For(subjectVariable).Lower(expression));

    private static object? Fold(LoweredExpression expression) => expression switch
    {
        LoweredLiteral literal => literal.Value,
        LoweredDefinitionReference reference => Fold(reference.Value.Value),
        LoweredConversion conversion => TypedOperationCalls.Convert(conversion.Conversion, Fold(conversion.Operand)),
        LoweredNegate negate => TypedOperationCalls.Negate(negate.Operation, Fold(negate.Operand)),
        LoweredArithmetic arithmetic => TypedOperationCalls.Calculate(arithmetic.Operation, Fold(arithmetic.Left), Fold(arithmetic.Right)),
        LoweredDateFunction function => TypedOperationCalls.DateFunctionOf(function.Function, (DateOnly?)Fold(function.Operand)),
        LoweredExtreme extreme => TypedOperationCalls.Extreme(extreme.Operation, Fold(extreme.First), Fold(extreme.Second)),
        _ => null,
    };
}
