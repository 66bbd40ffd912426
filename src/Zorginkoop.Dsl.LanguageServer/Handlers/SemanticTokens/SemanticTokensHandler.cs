using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: what the TextMate grammar cannot know — which names are fields, keuze
/// values, definitions, requirement sets, requirements — plus keywords, literals and comments from the tokens.
/// A resolved name wins over its token (so <c>datum</c> used as a field name is a property, not a keyword).
/// </summary>
internal sealed class SemanticTokensHandler(ServerContext context) : IRequestHandler<SemanticTokensParams, Protocol.SemanticTokens>
{
    public string Method => Methods.SemanticTokensFull;

    public Protocol.SemanticTokens Handle(SemanticTokensParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return new Protocol.SemanticTokens();
        }

        var text = analysis.Text;
        var classified = new SortedDictionary<int, (TextSpan Span, int Type, int Modifiers)>();
        foreach (var token in analysis.Tokens)
        {
            var type = SemanticTokenLegend.ForToken(token.Kind);
            if (type >= 0)
            {
                classified[token.Span.Start] = (token.Span, type, 0);
            }
        }

        foreach (var reference in analysis.ReferencesInFile)
        {
            var span = reference.Location.Span;
            var writtenAs = text.GetText(span);
            var isDeclaration = reference.Location.Span == reference.Symbol.Location.Span;
            var modifiers = (isDeclaration ? SemanticTokenLegend.Declaration : 0) | (reference.Symbol is DefinitionSymbol ? SemanticTokenLegend.ReadOnly : 0);
            classified[span.Start] = (span, SemanticTokenLegend.ForSymbol(reference.Symbol, writtenAs == reference.Symbol.Name), modifiers);
        }

        return new Protocol.SemanticTokens { Data = Encode(text, classified.Values) };
    }

    /// <summary>LSP's relative encoding (line delta, start delta, length, type, modifiers); a token over several lines is split per line.</summary>
    private static List<int> Encode(SourceText text, IEnumerable<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;
        foreach (var (span, type, modifiers) in tokens)
        {
            var start = PositionConverter.ToPosition(text, span.Start);
            var end = PositionConverter.ToPosition(text, span.End);
            for (var line = start.Line; line <= end.Line; line++)
            {
                var from = line == start.Line ? start.Character : 0;
                var lineLength = PositionConverter.LineLength(text, line);
                var to = line == end.Line ? end.Character : lineLength;
                if (to <= from)
                {
                    continue;
                }

                data.AddRange([line - previousLine, line == previousLine ? from - previousStart : from, to - from, type, modifiers]);
                previousLine = line;
                previousStart = from;
            }
        }

        return data;
    }
}
