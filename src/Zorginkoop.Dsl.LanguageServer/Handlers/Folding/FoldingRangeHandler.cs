using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Folding;

/// <summary>
/// <c>textDocument/foldingRange</c>: every declaration, requirement, phase and amendment operation that spans
/// lines (the closing brace stays visible), and runs of comment lines.
/// </summary>
internal sealed class FoldingRangeHandler(ServerContext context) : IRequestHandler<FoldingRangeParams, List<FoldingRange>>
{
    public string Method => Methods.FoldingRange;

    public List<FoldingRange> Handle(FoldingRangeParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return [];
        }

        var text = analysis.Text;
        var ranges = new List<FoldingRange>();
        foreach (var node in SyntaxWalker.DescendantsAndSelf(analysis.Tree.Root).Where(IsFoldable))
        {
            var start = PositionConverter.ToPosition(text, node.Span.Start).Line;
            var end = PositionConverter.ToPosition(text, node.Span.End).Line;
            if (text.Content.AsSpan(node.Span.Start, node.Span.Length).TrimEnd().EndsWith("}"))
            {
                end--;
            }

            if (end > start)
            {
                ranges.Add(new FoldingRange { StartLine = start, EndLine = end });
            }
        }

        ranges.AddRange(CommentRuns(analysis.Tokens, text));
        return [.. ranges.DistinctBy(r => (r.StartLine, r.EndLine, r.Kind)).OrderBy(r => r.StartLine).ThenBy(r => r.EndLine)];
    }

    private static bool IsFoldable(SyntaxNode node) =>
        node is DeclarationSyntax or RequirementSyntax or TimelinePhaseSyntax or AmendmentOperationSyntax or RecordValueSyntax;

    /// <summary>Consecutive line comments, and block comments over several lines.</summary>
    private static IEnumerable<FoldingRange> CommentRuns(IEnumerable<LexicalToken> tokens, Syntax.Text.SourceText text)
    {
        int? runStart = null, runEnd = null;
        foreach (var token in tokens)
        {
            var line = PositionConverter.ToPosition(text, token.Span.Start).Line;
            var lineStart = PositionConverter.LineStart(text, line);
            var ownLine = text.GetText(new Syntax.Text.TextSpan(lineStart, token.Span.Start - lineStart)).Trim().Length == 0;
            if (token.Kind == LexicalTokenKind.LineComment && ownLine && runEnd == line - 1)
            {
                runEnd = line;
                continue;
            }

            if (runStart is { } s && runEnd is { } e && e > s)
            {
                yield return new FoldingRange { StartLine = s, EndLine = e, Kind = "comment" };
            }

            (runStart, runEnd) = token.Kind == LexicalTokenKind.LineComment && ownLine ? ((int?)line, (int?)line) : ((int?)null, (int?)null);
            var endLine = PositionConverter.ToPosition(text, token.Span.End).Line;
            if (token.Kind == LexicalTokenKind.BlockComment && endLine > line)
            {
                yield return new FoldingRange { StartLine = line, EndLine = endLine, Kind = "comment" };
            }
        }

        if (runStart is { } last && runEnd is { } lastEnd && lastEnd > last)
        {
            yield return new FoldingRange { StartLine = last, EndLine = lastEnd, Kind = "comment" };
        }
    }
}
