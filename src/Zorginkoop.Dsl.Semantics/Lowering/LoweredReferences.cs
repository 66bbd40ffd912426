using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>A constant in the runtime's representation (see <see cref="Bound.BoundLiteral"/>).</summary>
public sealed record LoweredLiteral(object Value, TypeSymbol Type) : LoweredExpression(Type);

/// <summary>The record being evaluated (<c>aanbieder</c>): always known.</summary>
public sealed record LoweredSubject(TypeSymbol Type) : LoweredExpression(Type);

/// <summary>A quantifier's element or a value given from outside, such as a timeline event's date.</summary>
public sealed record LoweredVariable(VariableSymbol Variable) : LoweredExpression(Variable.Type);

public enum InputParameter
{
    RequestDate,
    EvaluationDate,
}

/// <summary>A value supplied at evaluation time.</summary>
public sealed record LoweredParameter(InputParameter Parameter, TypeSymbol Type) : LoweredExpression(Type);

/// <summary>
/// Reading a fact: noted in the trace under <see cref="FactPath"/> (missing when unknown) and, for a ja/nee
/// fact, recorded as a flag. An unknown record gives an unknown field and records nothing.
/// </summary>
public sealed record LoweredFactRead(LoweredExpression Record, FieldSymbol Field, string FactPath, bool RecordsFlag)
    : LoweredExpression(Field.Type);

/// <summary>
/// A use of a definition, whose <see cref="Value"/> is evaluated once per evaluation; every use replays what
/// evaluating it recorded in the trace, and a ja/nee definition is recorded as a flag.
/// </summary>
public sealed record LoweredDefinitionReference(DefinitionSymbol Definition, LoweredDefinition Value, bool RecordsFlag)
    : LoweredExpression(Definition.Type);

/// <summary>
/// <c>X is [niet] voldaan</c>: evaluates set X (the engines' own set evaluation, with a trace of its own) and gives
/// <c>Operations.SetSatisfied</c> of its outcome, recorded by <c>EvaluationTrace.SetOutcome</c>.
/// </summary>
public sealed record LoweredSetOutcome(Symbols.RequirementSetSymbol Set, bool Negated) : LoweredExpression(Types.PrimitiveType.Boolean);

/// <summary>A definition's lowered value, one object shared by all its uses (engines memoise by it).</summary>
public sealed class LoweredDefinition(DefinitionSymbol symbol)
{
    public DefinitionSymbol Symbol { get; } = symbol;

    /// <summary>Set once, right after the definition is lowered (a definition may be used before its value is done only in a cycle).</summary>
    public LoweredExpression Value { get; internal set; } = LoweredError.Instance;
}

/// <summary>Stands in for an expression that failed to bind; policies with errors are not evaluated.</summary>
public sealed record LoweredError() : LoweredExpression(ErrorType.Instance)
{
    public static readonly LoweredError Instance = new();
}
