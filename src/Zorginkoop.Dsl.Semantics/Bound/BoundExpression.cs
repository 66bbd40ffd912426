using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Bound;

/// <summary>
/// A checked expression: its type is known and every name in it is resolved. <see cref="Label"/> is how the
/// expression is named in explanations ("fteHuisarts", "normFte"); literals have none, their value speaks.
/// </summary>
public abstract record BoundExpression(TypeSymbol Type, SourceLocation? Location)
{
    public abstract string? Label { get; }
}

/// <summary>Stands in for an expression that failed to bind; its error was reported already.</summary>
public sealed record BoundErrorExpression() : BoundExpression(ErrorType.Instance, null)
{
    public static readonly BoundErrorExpression Instance = new();

    public override string? Label => null;
}
