using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Verification;

/// <summary>
/// The formatter's own safety check: the formatted text must have the same tokens and comments, parse without
/// errors to the same tree (spans aside), and come out of a second formatting unchanged. Returns what went wrong,
/// in the words of the ZI9102 message, or null.
/// </summary>
internal static class FormattingVerifier
{
    public static string? Check(SyntaxTree original, string formatted, Func<SyntaxTree, string> layout)
    {
        var text = new SourceText(original.Text.Path, formatted);
        var before = PolicyLexer.Tokenize(original.Text);
        var after = PolicyLexer.Tokenize(text);
        if (!before.Where(t => t.IsComment).Select(Text).SequenceEqual(after.Where(t => t.IsComment).Select(Text)))
        {
            return "een commentaar verliezen of veranderen";
        }

        if (!before.Select(t => (t.Kind, Text(t))).SequenceEqual(after.Select(t => (t.Kind, Text(t)))))
        {
            return "de woorden van het beleid veranderen";
        }

        var reparsed = PolicyParser.Parse(text);
        if (reparsed.Diagnostics.Any(d => d.IsError) || SyntaxDump.Print(reparsed.Root) != SyntaxDump.Print(original.Root))
        {
            return "de betekenis van het beleid veranderen";
        }

        return layout(reparsed) == formatted ? null : "bij een tweede keer opmaken iets anders opleveren";
    }

    /// <summary>
    /// A token's text with its line breaks as in the rest of the file: the layout writes every line break of the
    /// file, those inside a block comment too, in the file's own style, so a comment typed with \n in a file that
    /// also has \r\n is not "changed" by that.
    /// </summary>
    private static string Text(LexicalToken token) => token.Text.Replace("\r\n", "\n");
}
