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
    /// <summary>From the tokens the parser already has: the binder quotes every expression, so this must not lex again.</summary>
    public static string Of(SyntaxTree tree, TextSpan span)
    {
        var tokens = tree.Tokens;
        if (tokens.IsDefaultOrEmpty)
        {
            return Of(tree.Text, span);
        }

        var first = FirstAtOrAfter(tokens, span.Start);
        var writer = new Writer(span.Length);
        for (var i = first; i < tokens.Length && tokens[i].Span.End <= span.End; i++)
        {
            writer.Append(tokens[i].Kind, tokens[i].IsSoftKeyword, tree.Text.Content.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
        }

        return writer.ToString();
    }

    /// <summary>For a text without its tree at hand: lexes the piece on its own.</summary>
    public static string Of(SourceText source, TextSpan span)
    {
        var writer = new Writer(span.Length);
        foreach (var token in PolicyLexer.Tokenize(new SourceText(source.Path, source.GetText(span))))
        {
            writer.Append(token.Kind, token.IsSoftKeyword, token.Text);
        }

        return writer.ToString();
    }

    private static int FirstAtOrAfter(System.Collections.Immutable.ImmutableArray<TokenSpan> tokens, int position)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private sealed class Writer(int capacity)
    {
        private readonly StringBuilder builder = new(capacity);
        private bool any;
        private LexicalTokenKind previousKind;
        private string previousText = string.Empty;
        private bool previousIsSign;
        private bool previousEndsOperand;

        public void Append(LexicalTokenKind kind, bool isSoftKeyword, ReadOnlySpan<char> text)
        {
            if (kind is LexicalTokenKind.LineComment or LexicalTokenKind.BlockComment)
            {
                return;
            }

            if (any && !previousIsSign)
            {
                builder.Append(' ', TokenSpacing.Between(previousKind, previousText, kind, text));
            }

            // Texts are quoted as written; a literal written over several words (1 april 2025, 2 weken) gets single spaces.
            if (kind != LexicalTokenKind.Text && text.ContainsAny(" \t\r\n\u00a0"))
            {
                builder.Append(WhiteSpace().Replace(text.ToString(), " "));
            }
            else
            {
                builder.Append(text);
            }

            // A minus that follows no operand is a sign, and sticks to what it negates (as the formatter writes it).
            previousIsSign = kind == LexicalTokenKind.Operator && text is "-" && !previousEndsOperand;
            previousEndsOperand = kind switch
            {
                LexicalTokenKind.Punctuation => text is ")" or "]",
                LexicalTokenKind.Operator => false,
                LexicalTokenKind.Keyword => isSoftKeyword,
                _ => true,
            };
            previousKind = kind;
            previousText = kind is LexicalTokenKind.Punctuation or LexicalTokenKind.Operator ? text.ToString() : string.Empty;
            any = true;
        }

        public override string ToString() => builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
