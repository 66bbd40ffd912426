using Zorginkoop.Dsl.Formatting.Verification;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Tests;

/// <summary>Every real policy: formatting keeps its meaning and comments, and formatting twice equals formatting once.</summary>
public class PolicyFilesFormattingTests
{
    public static TheoryData<string> Policies() => [.. PolicyFiles.All()];

    private static SyntaxTree Parse(string path, string text) => PolicyParser.Parse(new SourceText(path, text));

    [Theory]
    [MemberData(nameof(Policies))]
    public void FormattingIsIdempotentAndKeepsMeaningAndComments(string relativePath)
    {
        var original = Parse(relativePath, File.ReadAllText(RepositoryPaths.Combine(relativePath)));

        var once = PolicyFormatter.Format(original);
        var reparsed = Parse(relativePath, once.Text);
        var twice = PolicyFormatter.Format(reparsed);

        Assert.Empty(once.Diagnostics);
        Assert.Equal(once.Text, twice.Text);
        Assert.False(twice.Changed);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal(SyntaxDump.Print(original.Root), SyntaxDump.Print(reparsed.Root));
        Assert.Equal(original.Comments.Select(c => c.Text), reparsed.Comments.Select(c => c.Text));
        // The unchecked layout itself is idempotent too, not merely rescued by the safety check.
        Assert.Equal(once.Text, PolicyFormatter.Layout(reparsed));
    }

    /// <summary>
    /// Rewrapping long sentences never changes one: every text of every policy joins to the same value after
    /// formatting, and no line the formatter wrote runs past column 120 unless a single word or a part it may not
    /// split (a title of beleid, a condition) does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Policies))]
    public void EverySentenceJoinsToTheSameValueAndFitsInItsLine(string relativePath)
    {
        var original = Parse(relativePath, File.ReadAllText(RepositoryPaths.Combine(relativePath)));

        var formatted = PolicyFormatter.Format(original);
        var reparsed = Parse(relativePath, formatted.Text);

        Assert.Equal(Texts(original), Texts(reparsed));
        var sentenceLines = formatted.Text.Split('\n')
            .Where(l => l.TrimStart().StartsWith('"') && l.TrimEnd().EndsWith('"') && l.Trim().Count(c => c == '"') == 2)
            .ToList();
        Assert.All(sentenceLines, line => Assert.True(line.Length <= 120 || !line.Trim().Trim('"').Contains(' '), $"{line.Length}: {line}"));
    }

    private static List<string> Texts(SyntaxTree tree) =>
        [.. Zorginkoop.Dsl.Syntax.Syntax.SyntaxWalker.DescendantsAndSelf(tree.Root).Select(n => n switch
        {
            Zorginkoop.Dsl.Syntax.Syntax.TextSyntax t => t.Value,
            Zorginkoop.Dsl.Syntax.Syntax.Timelines.EntryClauseSyntax c => c.Value,
            Zorginkoop.Dsl.Syntax.Syntax.Expressions.LiteralExpressionSyntax l => l.Text,
            _ => null,
        }).OfType<string>()];

    /// <summary>The same policies with their whitespace scrambled: still formatted, never refused by the safety check.</summary>
    [Theory]
    [MemberData(nameof(Policies))]
    public void ScrambledWhitespaceStillFormatsSafely(string relativePath)
    {
        var text = new SourceText(relativePath, File.ReadAllText(RepositoryPaths.Combine(relativePath)));
        var tokens = PolicyLexer.Tokenize(text);
        var random = new Random(relativePath.Length);
        string[] gaps = [" ", "  ", "\n", "\n\n", "\n        ", "\t"];
        var formatted = 0;
        for (var round = 0; round < 6; round++)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < tokens.Length; i++)
            {
                if (i > 0)
                {
                    var original = text.Content[tokens[i - 1].Span.End..tokens[i].Span.Start];
                    var gap = original.Length == 0 ? string.Empty : gaps[random.Next(gaps.Length)];
                    // A line comment must still end at a newline; glued tokens stay glued.
                    builder.Append(tokens[i - 1].Kind == LexicalTokenKind.LineComment && !gap.Contains('\n') ? "\n" : gap);
                }

                builder.Append(tokens[i].Text);
            }

            var scrambled = Parse(relativePath, builder.ToString());
            if (scrambled.Diagnostics.Any(d => d.IsError))
            {
                continue; // e.g. "30\nseptember\n2025" is no longer a date; not the formatter's business
            }

            var result = PolicyFormatter.Format(scrambled);
            Assert.True(result.Diagnostics.IsEmpty, $"round {round}: {string.Join("\n", result.Diagnostics)}");
            Assert.Equal(result.Text, PolicyFormatter.Format(Parse(relativePath, result.Text)).Text);
            formatted++;
        }

        Assert.True(formatted >= 3, $"only {formatted} scrambled versions parsed");
    }
}
