using Zorginkoop.Dsl.Formatting.Wrapping;
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

        if (!Words(before).SequenceEqual(Words(after)))
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
    /// The tokens as the words they say. Adjacent texts count as one, with the value they join to (one space between
    /// pieces): rewrapping a long sentence changes where its pieces break, never the sentence. The tree comparison
    /// after this holds every sentence's joined value too.
    /// </summary>
    private static List<(LexicalTokenKind Kind, string Text)> Words(System.Collections.Immutable.ImmutableArray<LexicalToken> tokens)
    {
        var words = new List<(LexicalTokenKind Kind, string Text)>();
        string? run = null; // the joined value of the texts just before, while each piece is a plain one
        foreach (var token in tokens)
        {
            var piece = token.Kind == LexicalTokenKind.Text ? SentenceWrapper.Unquote(token.Text) : null;
            if (piece is not null && run is not null)
            {
                run += " " + piece;
                words[^1] = (LexicalTokenKind.Text, run);
                continue;
            }

            run = piece;
            words.Add((token.Kind, piece ?? Text(token)));
        }

        return words;
    }

    /// <summary>
    /// A token's text with its line breaks as in the rest of the file: the layout writes every line break of the
    /// file, those inside a block comment too, in the file's own style, so a comment typed with \n in a file that
    /// also has \r\n is not "changed" by that.
    /// </summary>
    private static string Text(LexicalToken token) => token.Text.Replace("\r\n", "\n");
}
