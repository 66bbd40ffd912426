using System.Text;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Wrapping;

/// <summary>
/// Writes every sentence of a laid-out text in its one canonical set of pieces: as few lines as fit in
/// <see cref="MaxColumns"/>, broken between words, with what follows the last piece on its line counted too.
/// A sentence that fits on its line becomes one text again. The pieces join to the very same sentence (a piece
/// never starts or ends with a space, so the join's one space is the space that was there), and the planner puts
/// each continuation piece under the first. The result depends only on the sentence, the column its first piece
/// starts at and what follows it, none of which wrapping changes, so wrapping twice is wrapping once.
/// </summary>
internal static class SentenceWrapper
{
    public const int MaxColumns = 120;

    /// <summary>What may follow a sentence on its last line and stay there: <c> {</c>, <c>;</c>.</summary>
    private const int SmallTail = 3;

    /// <summary>The text with its sentences rewrapped, or the same string when none needs it.</summary>
    public static string Wrap(SourceText text)
    {
        var tree = PolicyParser.Parse(text);
        if (tree.Diagnostics.Any(d => d.IsError))
        {
            return text.Content;
        }

        var content = text.Content;
        var tokens = PolicyLexer.Tokenize(text);
        var edits = new List<(int Start, int End, string Replacement)>();
        var sentences = WrappableTexts.Find(tree, tokens);
        var firstWords = sentences.ToDictionary(s => s.FirstToken, s => s.Value.Split(' ')[0].Length);
        foreach (var sentence in sentences)
        {
            var pieces = Enumerable.Range(sentence.FirstToken, sentence.LastToken - sentence.FirstToken + 1).Select(i => tokens[i]).ToList();
            if (pieces.Any(p => p.Kind != LexicalTokenKind.Text) || !Rewrappable(sentence.Value, pieces))
            {
                continue;
            }

            var start = pieces[0].Span.Start;
            var end = pieces[^1].Span.End;
            var column = start - LineStart(content, start);
            var tail = Tail(content, tokens, sentence.LastToken, firstWords);
            var filled = Fill(sentence.Value, column, 0);
            var breakTail = false;
            if (tail > 0 && column + 2 + filled[^1].Length + tail > MaxColumns)
            {
                // A brace or separator stays with the sentence (a word moves down to make room); a clause such as
                // "via e-mail" goes to a line of its own, as the author could have written it.
                if (tail <= SmallTail)
                {
                    filled = Fill(sentence.Value, column, tail);
                }
                else
                {
                    breakTail = true;
                }
            }

            var wrapped = filled.Select(Quote).ToList();
            if (breakTail || !wrapped.SequenceEqual(pieces.Select(p => p.Text)))
            {
                // The line breaks are the planner's to place; one newline per piece tells it nothing else.
                edits.Add((start, end, string.Join("\n", wrapped) + (breakTail ? "\n" : string.Empty)));
            }
        }

        if (edits.Count == 0)
        {
            return content;
        }

        var builder = new StringBuilder(content);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(start, end - start).Insert(start, replacement);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The pieces of a sentence, greedily filled: each line holds as many words as fit, the last one with the rest of
    /// its line. A word longer than a line gets a line of its own (it is never broken).
    /// </summary>
    internal static List<string> Fill(string value, int column, int tail)
    {
        var room = MaxColumns - column - 2; // the quotes
        var lines = new List<List<string>>();
        foreach (var word in value.Split(' '))
        {
            if (lines.Count > 0 && Length(lines[^1]) + 1 + word.Length <= room)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        // The last piece shares its line with what follows it ("via e-mail"): move words down until that fits.
        var last = lines[^1];
        var moved = new List<string>();
        while (last.Count > 1 && Length(last) + tail > room)
        {
            moved.Insert(0, last[^1]);
            last.RemoveAt(last.Count - 1);
        }

        if (moved.Count > 0)
        {
            lines.Add(moved);
        }

        return [.. lines.Select(l => string.Join(' ', l))];
    }

    private static int Length(List<string> words) => words.Sum(w => w.Length) + words.Count - 1;

    /// <summary>
    /// Only a sentence whose pieces join as plain text can be cut anywhere between words: no space of the author's
    /// own at a join or doubled inside (ZI1032 cases, which keep their pieces), no line break or tab (a paragraph
    /// break decides the join), and written in its normalized form (so the characters stay exactly as typed).
    /// </summary>
    private static bool Rewrappable(string value, List<LexicalToken> pieces)
    {
        if (value.Length == 0 || value.IndexOfAny(['\n', '\r', '\t']) >= 0 || value.Contains("  ", StringComparison.Ordinal)
            || value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        var raw = pieces.Select(p => Unquote(p.Text)).ToList();
        return raw.All(r => r is not null && r.Length > 0 && r[0] != ' ' && r[^1] != ' ') && string.Join(' ', raw) == value;
    }

    /// <summary>
    /// The length of the code after a token on its line; a trailing comment does not count, and a sentence that
    /// follows counts with its first word only (its own wrapping decides the rest, and never moves that word).
    /// </summary>
    private static int Tail(string content, System.Collections.Immutable.ImmutableArray<LexicalToken> tokens, int index, Dictionary<int, int> firstWords)
    {
        var end = tokens[index].Span.End;
        var lastEnd = end;
        for (var i = index + 1; i < tokens.Length && !content.AsSpan(end, tokens[i].Span.Start - end).ContainsAny('\n', '\r'); i++)
        {
            if (tokens[i].IsComment)
            {
                break;
            }

            if (firstWords.TryGetValue(i, out var firstWord))
            {
                lastEnd = tokens[i].Span.Start + firstWord + 2;
                break;
            }

            lastEnd = tokens[i].Span.End;
        }

        return lastEnd - end;
    }

    private static int LineStart(string content, int position)
    {
        var newline = content.LastIndexOfAny(['\n', '\r'], Math.Max(0, position - 1));
        return newline < 0 ? 0 : newline + 1;
    }

    private static string Quote(string piece) => "\"" + piece.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A text token's value, or null when it holds an escape other than <c>\"</c> and <c>\\</c>.</summary>
    internal static string? Unquote(string token)
    {
        if (token.Length < 2 || token[0] != '"' || token[^1] != '"')
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] != '\\')
            {
                builder.Append(token[i]);
                continue;
            }

            if (i + 1 >= token.Length - 1 || token[i + 1] is not ('"' or '\\'))
            {
                return null;
            }

            builder.Append(token[++i]);
        }

        return builder.ToString();
    }
}
