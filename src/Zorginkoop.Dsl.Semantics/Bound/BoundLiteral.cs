using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Bound;

/// <summary>
/// A constant. Values use the runtime's representation: long, decimal (bedrag, percentage in points), string
/// (tekst, keuze member), DateOnly, DateTime, TimeOnly, Duration, bool.
/// </summary>
public sealed record BoundLiteral(object Value, TypeSymbol Type, SourceLocation? Location) : BoundExpression(Type, Location)
{
    public override string? Label => null;
}
