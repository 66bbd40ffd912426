using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// A piece of a policy on one line, as the formatter would space it, without comments. Explanations quote rules
/// this way, so that how an author laid a rule out (line breaks, extra spaces, a comment in the middle) never
/// changes what an evaluation says; only what the rule is made of does.
/// </summary>
public static partial class CanonicalText
{
    public static string Of(SourceText source, TextSpan span)
    {
        var tokens = PolicyLexer.Tokenize(new SourceText(source.Path, source.GetText(span)));
        var builder = new StringBuilder(span.Length);
        LexicalToken? previous = null;
        LexicalToken? beforePrevious = null;
        foreach (var token in tokens)
        {
            if (token.IsComment)
            {
                continue;
            }

            if (previous is not null && !IsSignOf(beforePrevious, previous))
            {
                builder.Append(' ', TokenSpacing.Between(previous, token));
            }

            // Texts are quoted as written; a literal written over several words (1 april 2025, 2 weken) gets single spaces.
            builder.Append(token.Kind == LexicalTokenKind.Text ? token.Text : WhiteSpace().Replace(token.Text, " "));
            beforePrevious = previous;
            previous = token;
        }

        return builder.ToString();
    }

    /// <summary>A minus that follows no operand is a sign, and sticks to what it negates (as the formatter writes it).</summary>
    private static bool IsSignOf(LexicalToken? beforeMinus, LexicalToken minus) =>
        minus is { Kind: LexicalTokenKind.Operator, Text: "-" } && !EndsOperand(beforeMinus);

    private static bool EndsOperand(LexicalToken? token) => token switch
    {
        null => false,
        { Kind: LexicalTokenKind.Punctuation } => token.Text is ")" or "]",
        { IsSoftKeyword: true } => true,
        { Kind: LexicalTokenKind.Operator or LexicalTokenKind.Keyword } => false,
        _ => true,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
