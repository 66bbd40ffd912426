using Zorginkoop.Dsl.Formatting.Layout;
using Zorginkoop.Dsl.Formatting.Verification;
using Zorginkoop.Dsl.Formatting.Wrapping;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting;

/// <summary>
/// Translates a policy text into its canonical layout, for <c>zorginkoop format</c> and the editor alike.
/// Whitespace is all it changes: tokens and comments stay as written and in place. A file with syntax errors is
/// left alone; so is any result that fails the formatter's own check (same tokens, same tree, idempotent).
/// </summary>
public static class PolicyFormatter
{
    public static FormatResult Format(SourceText text) => Format(PolicyParser.Parse(text));

    public static FormatResult Format(SyntaxTree tree) => Format(tree, Layout);

    /// <summary>The layout is a parameter so that tests can prove the safety check catches a broken one.</summary>
    internal static FormatResult Format(SyntaxTree tree, Func<SyntaxTree, string> layout)
    {
        var errors = tree.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            return Unchanged(tree, [.. errors, DiagnosticCatalog.NotFormattedErrors(tree.Text.Path, errors.Count)]);
        }

        string formatted;
        string? problem;
        try
        {
            formatted = layout(tree);
            problem = FormattingVerifier.Check(tree, formatted, layout);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the formatter must not take an editor or a batch run down with it; the file stays as it is.
            return Unchanged(tree, [DiagnosticCatalog.FormattingUnsafe(tree.Text.Path, $"mislukken ({e.GetType().Name}: {e.Message})")]);
        }

        return problem is null
            ? new FormatResult(formatted, formatted != tree.Text.Content, [])
            : Unchanged(tree, [DiagnosticCatalog.FormattingUnsafe(tree.Text.Path, problem)]);
    }

    /// <summary>
    /// The layout of the tree, then its long sentences rewrapped (which changes text tokens, never what they join to)
    /// and, when that changed anything, the layout of the result, which places the new pieces.
    /// </summary>
    internal static string Layout(SyntaxTree tree)
    {
        var laidOut = Render(tree);
        // A sentence's column can depend on one wrapped before it (rarely); a few rounds reach the fixed point, which
        // the safety check then confirms.
        for (var round = 0; round < 3; round++)
        {
            var wrapped = SentenceWrapper.Wrap(new SourceText(tree.Text.Path, laidOut));
            if (wrapped == laidOut)
            {
                break;
            }

            laidOut = Render(PolicyParser.Parse(new SourceText(tree.Text.Path, wrapped)));
        }

        return laidOut;
    }

    internal static string Render(SyntaxTree tree) => LayoutRenderer.Render(LayoutPlanner.Plan(tree, PolicyLexer.Tokenize(tree.Text)));

    private static FormatResult Unchanged(SyntaxTree tree, Diagnostic[] diagnostics) => new(tree.Text.Content, false, [.. diagnostics]);
}
