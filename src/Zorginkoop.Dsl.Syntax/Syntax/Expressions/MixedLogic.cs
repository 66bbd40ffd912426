using System.Collections.Immutable;
using System.Text;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Expressions;

/// <summary>
/// <c>a en b of c</c> without parentheses: the grammar reads <c>en</c> before <c>of</c>, but authors read it either
/// way, so the parser rejects the mix (ZI1008). This finds, for one chain of <c>of</c>, the <c>en</c> operands that
/// need parentheses to spell out today's reading — the same places for the message and the editor's quick fix.
/// </summary>
public static class MixedLogic
{
    /// <summary>The unparenthesised <c>en</c> operands of the <c>of</c>-chain that <paramref name="or"/> heads, in source order.</summary>
    public static ImmutableArray<BinaryExpressionSyntax> AndOperands(BinaryExpressionSyntax or)
    {
        var operands = ImmutableArray.CreateBuilder<BinaryExpressionSyntax>();
        Collect(or, operands);
        return operands.ToImmutable();
    }

    /// <summary>The text of <paramref name="or"/> with parentheses around each <c>en</c> operand, on one line.</summary>
    public static string Parenthesized(SourceText text, BinaryExpressionSyntax or)
    {
        var builder = new StringBuilder();
        var position = or.Span.Start;
        foreach (var operand in AndOperands(or))
        {
            builder.Append(text.Content, position, operand.Span.Start - position).Append('(');
            builder.Append(text.Content, operand.Span.Start, operand.Span.Length).Append(')');
            position = operand.Span.End;
        }

        builder.Append(text.Content, position, or.Span.End - position);
        return string.Join(' ', builder.ToString().Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Without recursion: a chain of thousands of <c>of</c> is a tree that deep.</summary>
    private static void Collect(BinaryExpressionSyntax or, ImmutableArray<BinaryExpressionSyntax>.Builder into)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(or);
        while (pending.TryPop(out var operand))
        {
            switch (operand)
            {
                case BinaryExpressionSyntax { Operator: BinaryOperator.Or } chain:
                    pending.Push(chain.Right);
                    pending.Push(chain.Left);
                    break;
                case BinaryExpressionSyntax { Operator: BinaryOperator.And } and:
                    into.Add(and);
                    break;
            }
        }
    }
}
