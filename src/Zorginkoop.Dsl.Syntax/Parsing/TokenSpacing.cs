namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// The one rule for spaces between two tokens on a line, shared by the formatter and by the one-line texts of
/// expressions in explanations, so that an explanation quotes a rule the way the formatter writes it.
/// </summary>
public static class TokenSpacing
{
    public static int Between(LexicalToken previous, LexicalToken next) => Between(previous.Kind, previous.Text, next.Kind, next.Text);

    /// <summary>No space before <c>, ; : . ) ] ?</c> or after <c>( [ .</c>; otherwise one.</summary>
    public static int Between(LexicalTokenKind previousKind, ReadOnlySpan<char> previousText, LexicalTokenKind nextKind, ReadOnlySpan<char> nextText)
    {
        if (nextKind == LexicalTokenKind.Punctuation && nextText is "," or ";" or ":" or "." or ")" or "]" or "?")
        {
            return 0;
        }

        return previousKind == LexicalTokenKind.Punctuation && previousText is "(" or "[" or "." ? 0 : 1;
    }
}
