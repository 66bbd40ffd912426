using System.Collections.Concurrent;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// What the three semantic-token methods share: which spans get which type (keywords, literals and comments from
/// the tokens; a resolved name wins over its token, so <c>datum</c> used as a field name is a property), and LSP's
/// relative encoding. Linear in the tokens asked for: the tokens are in text order, so a range starts with a
/// binary search, and every line/character comes from the text's line-start table.
/// </summary>
internal static class SemanticTokenEncoding
{
    /// <summary>The encoded tokens of the lines <paramref name="firstLine"/>..<paramref name="lastLine"/> (all of them when null).</summary>
    public static List<int> Encode(DocumentAnalysis analysis, int? firstLine, int? lastLine, CancellationToken cancellationToken)
    {
        var text = analysis.Text;
        var from = firstLine is { } first ? PositionConverter.LineStart(text, first) : 0;
        var to = lastLine is { } last ? (last + 1 < text.LineCount ? PositionConverter.LineStart(text, last + 1) : text.Content.Length) : text.Content.Length;
        var tokens = Classify(analysis, from, to, cancellationToken);
        return Encode(text, tokens, firstLine ?? 0, lastLine ?? int.MaxValue, cancellationToken);
    }

    /// <summary>Spans that overlap [from, to), in text order; a resolved name replaces the token that starts where it starts.</summary>
    private static List<(TextSpan Span, int Type, int Modifiers)> Classify(DocumentAnalysis analysis, int from, int to, CancellationToken cancellationToken)
    {
        var text = analysis.Text;
        var names = new SortedDictionary<int, (TextSpan Span, int Type, int Modifiers)>();
        foreach (var reference in analysis.ReferencesInFile)
        {
            var span = reference.Location.Span;
            if (span.End < from || span.Start >= to)
            {
                continue;
            }

            var writtenAs = text.GetText(span);
            var isDeclaration = reference.Location.Span == reference.Symbol.Location.Span;
            var modifiers = (isDeclaration ? SemanticTokenLegend.Declaration : 0) | (reference.Symbol is DefinitionSymbol ? SemanticTokenLegend.ReadOnly : 0);
            names[span.Start] = (span, SemanticTokenLegend.ForSymbol(reference.Symbol, writtenAs == reference.Symbol.Name), modifiers);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var lexical = analysis.Tokens;
        var index = FirstEndingAfter(lexical, from);
        var result = new List<(TextSpan, int, int)>();
        using var name = names.Values.GetEnumerator();
        var hasName = name.MoveNext();
        for (; index < lexical.Length && lexical[index].Span.Start < to; index++)
        {
            var token = lexical[index];
            while (hasName && name.Current.Span.Start < token.Span.Start)
            {
                result.Add(name.Current);
                hasName = name.MoveNext();
            }

            if (hasName && name.Current.Span.Start == token.Span.Start)
            {
                result.Add(name.Current);
                hasName = name.MoveNext();
                continue;
            }

            var type = SemanticTokenLegend.ForToken(token.Kind);
            if (type >= 0)
            {
                result.Add((token.Span, type, 0));
            }
        }

        for (; hasName; hasName = name.MoveNext())
        {
            result.Add(name.Current);
        }

        return result;
    }

    private static int FirstEndingAfter(System.Collections.Immutable.ImmutableArray<Syntax.Parsing.LexicalToken> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>LSP's relative encoding (line delta, start delta, length, type, modifiers); a token over several lines is split per line.</summary>
    private static List<int> Encode(SourceText text, List<(TextSpan Span, int Type, int Modifiers)> tokens, int firstLine, int lastLine, CancellationToken cancellationToken)
    {
        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (span, type, modifiers) = tokens[i];
            var start = PositionConverter.ToPosition(text, span.Start);
            var end = PositionConverter.ToPosition(text, span.End);
            for (var line = Math.Max(start.Line, firstLine); line <= Math.Min(end.Line, lastLine); line++)
            {
                var from = line == start.Line ? start.Character : 0;
                var to = line == end.Line ? end.Character : PositionConverter.LineLength(text, line);
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

/// <summary>
/// The last full result per document, so <c>semanticTokens/full/delta</c> can answer with only what changed.
/// One result per document (the client asks for a delta against its latest); dropped when the document closes.
/// </summary>
internal sealed class SemanticTokenResults
{
    private readonly ConcurrentDictionary<string, (string ResultId, List<int> Data)> latest = new(StringComparer.Ordinal);
    private long next;

    public string Remember(string uri, List<int> data)
    {
        var id = Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        latest[uri] = (id, data);
        return id;
    }

    public List<int>? Find(string uri, string resultId) =>
        latest.TryGetValue(uri, out var found) && found.ResultId == resultId ? found.Data : null;

    public void Forget(string uri) => latest.TryRemove(uri, out _);

    /// <summary>One edit: the tokens between the common prefix and the common suffix (whole tokens of five numbers).</summary>
    public static Protocol.SemanticTokensEdit Diff(List<int> previous, List<int> current)
    {
        var prefix = 0;
        var shorter = Math.Min(previous.Count, current.Count);
        while (prefix < shorter && previous[prefix] == current[prefix])
        {
            prefix++;
        }

        prefix -= prefix % 5;
        var suffix = 0;
        while (suffix < shorter - prefix && previous[previous.Count - 1 - suffix] == current[current.Count - 1 - suffix])
        {
            suffix++;
        }

        suffix -= suffix % 5;
        return new Protocol.SemanticTokensEdit
        {
            Start = prefix,
            DeleteCount = previous.Count - prefix - suffix,
            Data = current.GetRange(prefix, current.Count - prefix - suffix),
        };
    }
}
