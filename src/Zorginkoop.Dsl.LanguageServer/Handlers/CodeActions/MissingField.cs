using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.CodeActions;

/// <summary>
/// Plans "add missing field": which record (from the type of what stands before the dot), which type (from how
/// the field is used: compared with 80% it is a percentage, used as a condition it is ja/nee), and where (the
/// <c>aanvulling</c> of that record in this file if there is one, else the <c>gegevens</c> itself).
/// </summary>
internal static class MissingField
{
    public sealed record FieldPlan(string Name, string Type, string Record, string Uri, TextEdit Edit);

    public static FieldPlan? Plan(DocumentAnalysis analysis, TextSpan span)
    {
        var access = SyntaxWalker.DescendantsAndSelf(analysis.Tree.Root).OfType<MemberAccessExpressionSyntax>().FirstOrDefault(m => m.Member.Span == span);
        if (access is null || TypeOf(analysis, access.Target) is not RecordType { Record: var record })
        {
            return null;
        }

        var type = InferType(analysis, access);
        var (file, block) = Target(analysis, record);
        if (file is null || block is null)
        {
            return null;
        }

        return new FieldPlan(access.Member.Text, type, record.Name, analysis.UriOf(file.Text.Path), Insert(file.Text, block, $"{access.Member.Text}: {type}"));
    }

    private static (SyntaxTree? File, SyntaxNode? Block) Target(DocumentAnalysis analysis, RecordSymbol record)
    {
        var extension = analysis.Tree.Root.OfKind<RecordExtensionSyntax>().FirstOrDefault(e => e.Name.Text == record.Name);
        if (extension is not null)
        {
            return (analysis.Tree, extension);
        }

        return (DeclarationFinder.FileOf(analysis.Policy, record), DeclarationFinder.Find<RecordDeclarationSyntax>(analysis.Policy, record));
    }

    /// <summary>A new line after the last field, indented like it; in a one-line block, after the last field on that line.</summary>
    private static TextEdit Insert(SourceText text, SyntaxNode block, string field)
    {
        var fields = block switch
        {
            RecordDeclarationSyntax r => r.Fields,
            RecordExtensionSyntax e => e.Fields,
            _ => [],
        };
        var close = block.Span.End - 1;
        var openLine = PositionConverter.ToPosition(text, block.Span.Start).Line;
        var closeLine = PositionConverter.ToPosition(text, close).Line;
        if (openLine == closeLine)
        {
            var after = fields.IsEmpty ? text.Content.IndexOf('{', block.Span.Start) + 1 : fields[^1].Span.End;
            var position = PositionConverter.ToPosition(text, after);
            return new TextEdit { Range = new Protocol.Range(position, position), NewText = (fields.IsEmpty ? " " : "; ") + field };
        }

        var indent = fields.IsEmpty
            ? Indentation(text, closeLine) + "    "
            : Indentation(text, PositionConverter.ToPosition(text, fields[^1].Span.Start).Line);
        var lineStart = PositionConverter.ToPosition(text, PositionConverter.LineStart(text, closeLine));
        return new TextEdit { Range = new Protocol.Range(lineStart, lineStart), NewText = $"{indent}{field}\n" };
    }

    private static string Indentation(SourceText text, int line)
    {
        var start = PositionConverter.LineStart(text, line);
        var end = start;
        while (end < text.Content.Length && text.Content[end] is ' ' or '\t')
        {
            end++;
        }

        return text.Content[start..end];
    }

    private static TypeSymbol? TypeOf(DocumentAnalysis analysis, ExpressionSyntax expression)
    {
        var name = expression switch
        {
            NameExpressionSyntax n => n.Name,
            MemberAccessExpressionSyntax m => m.Member,
            ParenthesizedExpressionSyntax p => null,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        return analysis.ReferenceAt(name.Span.Start)?.Symbol switch
        {
            RecordSymbol record => new RecordType(record),
            FieldSymbol field => field.Type,
            VariableSymbol variable => variable.Type,
            DefinitionSymbol definition => definition.Type,
            ChoiceMemberSymbol member => new ChoiceType(member.Choice),
            _ => null,
        };
    }

    /// <summary>The type the use asks for; ja/nee when the field is used as a condition or nothing better is known.</summary>
    private static string InferType(DocumentAnalysis analysis, MemberAccessExpressionSyntax access)
    {
        var parent = SyntaxWalker.DescendantsAndSelf(analysis.Tree.Root)
            .Where(n => n != access && n.Span.Start <= access.Span.Start && access.Span.End <= n.Span.End && SyntaxWalker.Children(n).Contains(access))
            .OrderBy(n => n.Span.Length)
            .FirstOrDefault();
        return parent switch
        {
            BinaryExpressionSyntax { Operator: BinaryOperator.Contains } contains when contains.Left == access => "lijst van " + TypeText(analysis, contains.Right),
            BinaryExpressionSyntax { Operator: BinaryOperator.In or BinaryOperator.NotIn } membership when membership.Left == access
                => membership.Right is ListExpressionSyntax { Items: [var first, ..] } ? TypeText(analysis, first) : "tekst",
            BinaryExpressionSyntax { Operator: not (BinaryOperator.And or BinaryOperator.Or) } binary =>
                TypeText(analysis, binary.Left == access ? binary.Right : binary.Left),
            _ => "ja/nee",
        };
    }

    private static string TypeText(DocumentAnalysis analysis, ExpressionSyntax other) => other switch
    {
        LiteralExpressionSyntax literal => literal.Kind switch
        {
            LiteralKind.Integer => "aantal",
            LiteralKind.Decimal => "decimaal",
            LiteralKind.Money => "bedrag",
            LiteralKind.Percentage => "percentage",
            LiteralKind.Text => "tekst",
            LiteralKind.Date => "datum",
            LiteralKind.DateTime => "tijdstip",
            LiteralKind.Duration => "duur",
            _ => "ja/nee",
        },
        _ => TypeOf(analysis, other) is { IsError: false } type ? TypeNames.Write(type) : "ja/nee",
    };
}
