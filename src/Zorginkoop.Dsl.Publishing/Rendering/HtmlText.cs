using System.Text;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Publishing.Rendering;

/// <summary>
/// Policy text into HTML, where it is untrusted: the five characters that end text or an attribute are written as
/// references, so no text can open a tag, close an attribute or start a script; control characters and the invisible
/// bidirectional overrides are written visibly (<see cref="TerminalText"/>); a line break in a text is a &lt;br&gt;.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n").Split('\n');
        return string.Join("<br>", lines.Select(line => Characters(TerminalText.Escape(line))));
    }

    private static string Characters(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
