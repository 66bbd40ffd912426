using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Publishing.Rendering;

/// <summary>
/// Policy text into Markdown, where it is untrusted: every character that Markdown or the HTML it allows gives a
/// meaning (emphasis, links, code, tables, tags, entities) is escaped, and a text cannot start a heading, list or
/// quote of its own; line breaks become spaces so a text stays in its list item or table cell.
/// </summary>
public static partial class MarkdownText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var flat = TerminalText.Escape(text.Replace("\r\n", " ").Replace('\n', ' '));
        var builder = new StringBuilder(flat.Length + 16);
        foreach (var c in flat)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        // A text at the start of a line must not read as a list item ("- ", "+ ", "1. ").
        return LeadingMarker().Replace(builder.ToString(), m => m.Value.Replace(".", "\\.").Replace(")", "\\)").Replace("-", "\\-").Replace("+", "\\+"));
    }

    /// <summary>Code in backticks: a fence longer than any run of backticks inside it, so the code cannot close it.</summary>
    public static string Code(string code)
    {
        var flat = TerminalText.Escape(code.Replace("\r\n", " ").Replace('\n', ' ')).Replace("|", "\\|");
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return $"{fence} {flat} {fence}";
    }

    [GeneratedRegex(@"^(\d+[.)]|[-+])(?=\s|$)")]
    private static partial Regex LeadingMarker();
}
