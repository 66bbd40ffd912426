using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Syntax.Text;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// The one place where LSP positions (zero-based line, UTF-16 character) and our offsets meet. C# strings are
/// UTF-16, so a character is a <c>char</c>; lines end at \n, \r\n or \r, as in <see cref="SourceText"/>. A position
/// past the end of a line means the end of that line, and past the last line the end of the text, as LSP asks.
/// Every conversion is O(1) (or a binary search for offset → line) on a line-start table: nothing scans the text
/// from its start, so a handler may convert every token of a 20,000-line file (issue 16, point 2).
/// </summary>
public static class PositionConverter
{
    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static Range ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static Range ToRange(SourceLocation location) => ToRange(location.Source, location.Span);

    /// <summary>An offset in a checked text, from its line-start table.</summary>
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.LineCount)
        {
            return text.Content.Length;
        }

        var lineStart = LineStart(text, position.Line);
        return lineStart + Math.Clamp(position.Character, 0, LineEnd(text, position.Line) - lineStart);
    }

    /// <summary>
    /// An offset in any text, for instance a document before an edit is applied to it, with that text's
    /// <paramref name="lineStarts"/> (<see cref="LineStarts"/>).
    /// </summary>
    public static int ToOffset(string text, IReadOnlyList<int> lineStarts, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Count)
        {
            return text.Length;
        }

        var lineStart = lineStarts[position.Line];
        var next = position.Line + 1 < lineStarts.Count ? lineStarts[position.Line + 1] : text.Length;
        return lineStart + Math.Clamp(position.Character, 0, WithoutLineBreak(text, lineStart, next) - lineStart);
    }

    /// <summary>Where every line of a text starts (line breaks as in <see cref="SourceText"/>); one pass.</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>The offset where a (zero-based) line starts.</summary>
    public static int LineStart(SourceText text, int line) => text.GetOffset(new LinePosition(Math.Max(0, line), 0));

    /// <summary>The length of a line in UTF-16 characters, without its line break.</summary>
    public static int LineLength(SourceText text, int line) => line < 0 || line >= text.LineCount ? 0 : LineEnd(text, line) - LineStart(text, line);

    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }

    /// <summary>The end of a line before its line break: the next line's start, less the break.</summary>
    private static int LineEnd(SourceText text, int line)
    {
        var next = line + 1 < text.LineCount ? LineStart(text, line + 1) : text.Content.Length;
        return WithoutLineBreak(text.Content, LineStart(text, line), next);
    }

    private static int WithoutLineBreak(string text, int lineStart, int nextLineStart)
    {
        var end = nextLineStart;
        if (end > lineStart && text[end - 1] == '\n')
        {
            end--;
        }

        if (end > lineStart && text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }
}
