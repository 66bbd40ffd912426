using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.CodeActions;

/// <summary>
/// Plans the quick fix for ZI1008: a "(" before and a ")" after each <c>en</c> operand of the <c>of</c>-chain the
/// diagnostic covers — only insertions, so the author's line breaks and comments stay where they are.
/// </summary>
internal static class MixedLogicParentheses
{
    public static List<TextEdit> Edits(DocumentAnalysis analysis, TextSpan span)
    {
        var or = SyntaxWalker.DescendantsAndSelf(analysis.Tree.Root)
            .OfType<BinaryExpressionSyntax>()
            .FirstOrDefault(b => b.Operator == BinaryOperator.Or && b.Span == span);
        if (or is null)
        {
            return [];
        }

        return
        [
            .. MixedLogic.AndOperands(or).SelectMany(operand => new[]
            {
                Insert(analysis.Text, operand.Span.Start, "("),
                Insert(analysis.Text, operand.Span.End, ")"),
            }),
        ];
    }

    private static TextEdit Insert(SourceText text, int offset, string what)
    {
        var position = PositionConverter.ToPosition(text, offset);
        return new TextEdit { Range = new Protocol.Range(position, position), NewText = what };
    }
}
