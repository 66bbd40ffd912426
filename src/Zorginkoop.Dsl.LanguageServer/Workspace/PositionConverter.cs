using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Syntax.Text;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// The one place where LSP positions (zero-based line, UTF-16 character) and our offsets meet. C# strings are
/// UTF-16, so a character is a <c>char</c>; lines end at \n, \r\n or \r, as in <see cref="SourceText"/>. A position
/// past the end of a line means the end of that line, and past the last line the end of the text, as LSP asks.
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

    /// <summary>An offset in a checked text: its line-start table finds the line at once, so a caller may ask for every line.</summary>
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

        var lineStart = text.GetOffset(new LinePosition(position.Line, 0));
        return lineStart + Math.Clamp(position.Character, 0, LineEnd(text.Content, lineStart) - lineStart);
    }

    /// <summary>An offset in any text, for instance a document before an edit is applied to it.</summary>
    public static int ToOffset(string text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        var lineStart = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = NextLineStart(text, lineStart);
            if (next < 0)
            {
                return text.Length;
            }

            lineStart = next;
        }

        return lineStart + Math.Clamp(position.Character, 0, LineEnd(text, lineStart) - lineStart);
    }

    /// <summary>The offset where a (zero-based) line starts.</summary>
    public static int LineStart(SourceText text, int line) => ToOffset(text, new Position(line, 0));

    /// <summary>The length of a line in UTF-16 characters, without its line break.</summary>
    public static int LineLength(SourceText text, int line) => ToOffset(text, new Position(line, int.MaxValue)) - LineStart(text, line);

    public static TextSpan ToSpan(SourceText text, Range range)
    {
        var start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }

    private static int LineEnd(string text, int lineStart)
    {
        var lineEnd = lineStart;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        return lineEnd;
    }

    private static int NextLineStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (text[i] == '\r')
            {
                return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }

        return -1;
    }
}
