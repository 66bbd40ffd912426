using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary>An implicit conversion made explicit: an aantal widened to decimaal, a percentage as its fraction, a tijdstip's day.</summary>
public sealed record LoweredConversion(Conversion Conversion, LoweredExpression Operand, TypeSymbol Type) : LoweredExpression(Type);

public sealed record LoweredNegate(NegateOperation Operation, LoweredExpression Operand) : LoweredExpression(Operand.Type);

/// <summary><c>niet A</c></summary>
public sealed record LoweredNot(LoweredExpression Operand) : LoweredExpression(PrimitiveType.Boolean);

/// <summary>Left is evaluated before right; both operands already have the operation's types.</summary>
public sealed record LoweredArithmetic(ArithmeticOperation Operation, LoweredExpression Left, LoweredExpression Right, TypeSymbol Type) : LoweredExpression(Type);

/// <summary><c>en</c> / <c>of</c> in Kleene logic. Traced, both sides are evaluated; the fast path may stop early.</summary>
public sealed record LoweredLogical(LogicalOperation Operation, LoweredExpression Left, LoweredExpression Right) : LoweredExpression(PrimitiveType.Boolean);

/// <summary>An ordered comparison: the order of the converted operands, recorded with their values, then the relation.</summary>
public sealed record LoweredComparison(OrderOperation Operation, OrderRelation Relation, LoweredOperand Left, LoweredOperand Right) : LoweredExpression(PrimitiveType.Boolean)
{
    /// <summary>For <see cref="OrderOperation.ChoiceOrder"/>: the ordered keuze whose members, lowest first, give the order.</summary>
    public Symbols.ChoiceSymbol? Choice { get; init; }

    public ImmutableArray<string> Members => Choice is null ? [] : [.. Choice.Members.Select(m => m.Name)];
}

/// <summary>Equality without order (keuze, tekst, ja/nee, records, lists), recorded; <see cref="Negated"/> for ≠.</summary>
public sealed record LoweredEquality(EqualityOperation Operation, bool Negated, LoweredOperand Left, LoweredOperand Right) : LoweredExpression(PrimitiveType.Boolean);

/// <summary>
/// <c>x in L</c>, <c>x niet in L</c> and <c>L bevat x</c> (then <see cref="ListFirst"/>: the list is written and
/// evaluated first); always recorded item first.
/// </summary>
public sealed record LoweredMembership(LoweredOperand Item, LoweredOperand List, bool Negated, bool ListFirst) : LoweredExpression(PrimitiveType.Boolean)
{
    public string Relation => Negated ? "niet in" : "in";
}

/// <summary>
/// <c>x is [niet] bekend|onbekend</c>: definite, never onbekend. What the operand reads is not listed as missing;
/// the trace states what was observed, the negation is applied after.
/// </summary>
public sealed record LoweredKnownTest(LoweredExpression Operand, bool TestsUnknown, bool Negated, string Label) : LoweredExpression(PrimitiveType.Boolean)
{
    public string Test => TestsUnknown ? "onbekend" : "bekend";
}

/// <summary><c>x is [niet] leeg</c>: onbekend when x is; recorded only when decided.</summary>
public sealed record LoweredEmptyTest(EmptyOperation Operation, LoweredExpression Operand, bool Negated, string Label) : LoweredExpression(PrimitiveType.Boolean);

/// <summary><c>als A dan B</c> without <c>anders</c>: B only when A is not false, then Kleene implication.</summary>
public sealed record LoweredImplication(LoweredExpression Condition, LoweredExpression Consequence) : LoweredExpression(PrimitiveType.Boolean);

/// <summary><c>als A dan B anders C</c>; with A onbekend both branches are evaluated (B first) and must agree.</summary>
public sealed record LoweredChoice(LoweredExpression Condition, LoweredExpression Then, LoweredExpression Else, TypeSymbol Type) : LoweredExpression(Type);

/// <summary>A calendar function of a date; the runtime method is named after <see cref="Function"/>.</summary>
public sealed record LoweredDateFunction(Bound.DateFunction Function, LoweredExpression Operand, TypeSymbol Type) : LoweredExpression(Type);

/// <summary><c>vroegste van (a, b)</c> / <c>laatste van (a, b)</c></summary>
public sealed record LoweredExtreme(ExtremeOperation Operation, LoweredExpression First, LoweredExpression Second, TypeSymbol Type) : LoweredExpression(Type);
