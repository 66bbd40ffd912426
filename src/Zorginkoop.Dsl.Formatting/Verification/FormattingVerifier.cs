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
        if (!before.Where(t => t.IsComment).Select(t => t.Text).SequenceEqual(after.Where(t => t.IsComment).Select(t => t.Text)))
        {
            return "een commentaar verliezen of veranderen";
        }

        if (!before.Select(t => (t.Kind, t.Text)).SequenceEqual(after.Select(t => (t.Kind, t.Text))))
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
}
