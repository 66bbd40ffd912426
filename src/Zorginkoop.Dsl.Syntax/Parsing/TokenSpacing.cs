namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// The one rule for spaces between two tokens on a line, shared by the formatter and by the one-line texts of
/// expressions in explanations, so that an explanation quotes a rule the way the formatter writes it.
/// </summary>
public static class TokenSpacing
{
    /// <summary>No space before <c>, ; : . ) ] ?</c> or after <c>( [ .</c>; otherwise one.</summary>
    public static int Between(LexicalToken previous, LexicalToken next)
    {
        if (next.Kind == LexicalTokenKind.Punctuation && next.Text is "," or ";" or ":" or "." or ")" or "]" or "?")
        {
            return 0;
        }

        return previous.Kind == LexicalTokenKind.Punctuation && previous.Text is "(" or "[" or "." ? 0 : 1;
    }
}
