using System.Globalization;
using System.Text;

namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>
/// Makes text from a policy or from facts safe to print on a terminal or in a published document: control characters (an ESC starting a colour
/// or cursor sequence, a carriage return that overwrites the line, a line break that forges a second diagnostic, C1
/// controls) and the invisible bidirectional overrides that make a line read differently from what it says are
/// written visibly as <c>\u001B</c>. Everything else, including Dutch letters and symbols, passes unchanged.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // U+2028/2029 break lines in some terminals; U+202A–202E and U+2066–2069 reorder what follows them.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
