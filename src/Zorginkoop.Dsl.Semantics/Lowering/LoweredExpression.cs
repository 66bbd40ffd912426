using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>
/// An expression of the lowered model: every operator is a typed operation and every conversion a node of its
/// own, so a back end dispatches on the node and its operation and never on the types of operands.
/// <see cref="Type"/> is the policy type of the value, which a back end needs only to hold it.
/// </summary>
public abstract record LoweredExpression(TypeSymbol Type);

/// <summary>
/// An operand whose value is also quoted in the explanation: the engines record <see cref="Value"/> as it is,
/// with <see cref="Label"/> and <see cref="Kind"/>, and compute with it after <see cref="Conversion"/>.
/// </summary>
public sealed record LoweredOperand(LoweredExpression Value, Conversion? Conversion, string? Label, Runtime.Values.ValueKind Kind);
