using System.Collections.Frozen;
using System.Text;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Text pasted from a PDF brings characters that look like the ones the language uses but are not (issue 14 point
/// 15). Outside texts and comments, those whose meaning is clear are reported and handed to the lexer as what they
/// stand for — one character for one, so every position stays the same — and invisible ones are reported to be
/// removed. Inside a text between quotes every character is the author's and stays.
/// </summary>
internal static class PastedCharacters
{
    private static readonly FrozenDictionary<char, (string Name, char Means, string Write)> LookAlikes = new Dictionary<char, (string, char, string)>
    {
        ['\u00A0'] = ("vaste spatie (U+00A0, no-break space)", ' ', "een gewone spatie"),
        ['\u202F'] = ("smalle vaste spatie (U+202F, narrow no-break space)", ' ', "een gewone spatie"),
        ['\u2007'] = ("cijferspatie (U+2007, figure space)", ' ', "een gewone spatie"),
        ['\u2009'] = ("dunne spatie (U+2009, thin space)", ' ', "een gewone spatie"),
        ['\u2212'] = ("minteken (U+2212, minus sign)", '-', "'-'"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Invisible = new Dictionary<char, string>
    {
        ['\u200B'] = "spatie zonder breedte (U+200B, zero width space)",
        ['\u200C'] = "U+200C (zero width non-joiner)",
        ['\u200D'] = "U+200D (zero width joiner)",
        ['\u2060'] = "U+2060 (word joiner)",
        ['\u00AD'] = "zacht afbreekstreepje (U+00AD, soft hyphen)",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> CurlyQuotes = new Dictionary<char, char>
    {
        ['\u201C'] = '\u201D', // “ ”
        ['\u201E'] = '\u201D', // „ ”
        ['\u2018'] = '\u2019', // ‘ ’
    }.ToFrozenDictionary();

    /// <summary>"en dash (U+2013)" for a dash in the original text, null for anything else.</summary>
    public static string? DashName(char c) => c switch
    {
        '\u2013' => "en dash (U+2013, –)",
        '\u2014' => "em dash (U+2014, —)",
        _ => null,
    };

    public static bool IsInvisible(string character) => character.Length == 1 && Invisible.ContainsKey(character[0]);

    /// <summary>What the lexer reads: the content with look-alikes replaced; invisible characters are left for it to reject.</summary>
    public static string ForLexer(SourceText text, DiagnosticBag diagnostics)
    {
        var content = text.Content;
        StringBuilder? lexed = null;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '"')
            {
                i = EndOfText(content, i + 1, '"');
            }
            else if (c == '/' && i + 1 < content.Length && content[i + 1] is '/' or '*')
            {
                i = EndOfComment(content, i);
            }
            else if (c == '\u2014')
            {
                // An em dash means what an en dash means; where either breaks the syntax the parser names it (ZI1024).
                (lexed ??= new StringBuilder(content))[i] = '\u2013';
            }
            else if (LookAlikes.TryGetValue(c, out var look))
            {
                var at = new SourceLocation(text, new TextSpan(i, 1));
                diagnostics.Add(DiagnosticCatalog.PastedCharacter(at, look.Name, look.Write, new SuggestedEdit(at.Span, look.Means.ToString())));
                (lexed ??= new StringBuilder(content))[i] = look.Means;
            }
            else if (Invisible.TryGetValue(c, out var name))
            {
                diagnostics.Add(DiagnosticCatalog.InvisibleCharacter(new SourceLocation(text, new TextSpan(i, 1)), name));
            }
            else if (CurlyQuotes.TryGetValue(c, out var closing) && EndOfText(content, i + 1, closing) is var end && end < content.Length && content[end] == closing)
            {
                var span = TextSpan.FromBounds(i, end + 1);
                var inner = content[(i + 1)..end];
                diagnostics.Add(DiagnosticCatalog.PastedQuotes(new SourceLocation(text, span), $"{c} {closing}", new SuggestedEdit(span, "\"" + inner.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")));
                lexed ??= new StringBuilder(content);
                lexed[i] = '"';
                lexed[end] = '"';
                for (var j = i + 1; j < end; j++)
                {
                    // A straight quote inside curly ones would end the text early; the lexer reads it as any letter.
                    if (content[j] is '"' or '\\')
                    {
                        lexed[j] = '\'';
                    }
                }

                i = end;
            }
        }

        return lexed?.ToString() ?? content;
    }

    /// <summary>The index of the closing quote of a text (or of the line end, for a text left open).</summary>
    private static int EndOfText(string content, int from, char closing)
    {
        var i = from;
        while (i < content.Length && content[i] != closing && content[i] is not ('\n' or '\r'))
        {
            i += content[i] == '\\' && closing == '"' ? 2 : 1;
        }

        return Math.Min(i, content.Length);
    }

    private static int EndOfComment(string content, int start)
    {
        if (content[start + 1] == '/')
        {
            var newline = content.IndexOfAny(['\n', '\r'], start);
            return newline < 0 ? content.Length : newline;
        }

        var close = content.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return close < 0 ? content.Length : close + 1;
    }
}
