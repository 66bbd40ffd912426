using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary><c>[a, b]</c>, each item already converted to the element type.</summary>
public sealed record LoweredList(ImmutableArray<LoweredExpression> Items, TypeSymbol Type) : LoweredExpression(Type)
{
    public bool IsConstant => Items.All(i => i is LoweredLiteral or LoweredConversion { Operand: LoweredLiteral });
}

/// <summary><c>voor elke</c>, <c>er is een</c>, <c>geen</c>, <c>aantal … waarvoor</c>: onbekend when the list is.</summary>
public sealed record LoweredQuantifier(Quantifier Quantifier, VariableSymbol Variable, LoweredExpression Source, LoweredExpression Predicate, TypeSymbol Type)
    : LoweredExpression(Type);

/// <summary><c>som van v voor s in L</c>: <see cref="Start"/> accumulated by <see cref="Accumulate"/> over the converted values.</summary>
public sealed record LoweredSum(ArithmeticOperation Accumulate, LoweredLiteral Start, VariableSymbol Variable, LoweredExpression Source, LoweredExpression Value, TypeSymbol Type)
    : LoweredExpression(Type);

/// <summary><c>aantal van L</c></summary>
public sealed record LoweredCount(LoweredExpression Source) : LoweredExpression(PrimitiveType.Integer);
