using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// A word straight after a number on the same line, as in <c>80 procent</c> or <c>1,0 fte</c>, is never grammatical
/// outside a list or a timeline (where <c>2025 VGZ</c> names a party) and unless a ':' follows it (a new property). Before
/// the error-recovering parse such words are reported once and moved off the parser's channel, so that the phrase
/// around them — often a condition that continues on the next line with <c>en</c> — parses as the author meant it.
/// </summary>
internal static class StrayUnitWords
{
    /// <summary>Hides the stray words in <paramref name="tokens"/> and returns them with the number before each.</summary>
    public static List<(IToken Number, IToken Word)> Hide(IList<IToken> tokens)
    {
        var stray = new List<(IToken, IToken)>();
        var openers = new Stack<int>();
        var declaration = 0;
        IToken? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            switch (token.Type)
            {
                case ZorginkoopLexer.LBRACKET or ZorginkoopLexer.LBRACE:
                    openers.Push(token.Type);
                    break;
                case ZorginkoopLexer.RBRACKET or ZorginkoopLexer.RBRACE when openers.Count > 0:
                    openers.Pop();
                    break;
                case ZorginkoopLexer.TIJDLIJN or ZorginkoopLexer.WIJZIGING or ZorginkoopLexer.EISEN or ZorginkoopLexer.DEFINITIE
                    or ZorginkoopLexer.ADDENDUM or ZorginkoopLexer.SCENARIO or ZorginkoopLexer.VOORBEELD or ZorginkoopLexer.GEGEVENS
                    or ZorginkoopLexer.KEUZE or ZorginkoopLexer.BELEID when openers.Count == 0:
                    declaration = token.Type;
                    break;
                case ZorginkoopLexer.IDENT when previous is { Type: ZorginkoopLexer.INTEGER or ZorginkoopLexer.DECIMAL } number
                    && number.Line == token.Line
                    && !openers.Contains(ZorginkoopLexer.LBRACKET)
                    && declaration is not (ZorginkoopLexer.TIJDLIJN or ZorginkoopLexer.WIJZIGING)
                    && NextVisible(tokens, i)?.Type != ZorginkoopLexer.COLON:
                    stray.Add((number, token));
                    ((CommonToken)token).Channel = TokenConstants.HiddenChannel;
                    continue;
            }

            previous = token;
        }

        return stray;
    }

    private static IToken? NextVisible(IList<IToken> tokens, int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Channel == TokenConstants.DefaultChannel)
            {
                return tokens[i];
            }
        }

        return null;
    }
}
