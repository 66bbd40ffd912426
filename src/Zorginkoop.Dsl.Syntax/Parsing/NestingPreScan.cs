using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Bounds nesting on the tokens, before ANTLR sees them. The parser's own limit
/// (<see cref="NestingLimitedParser"/>) fires when the parser enters a rule, but ANTLR's prediction reads ahead
/// first and recurses once per level it reads through: a scenario value <c>[- - - … 1]</c> (where a list of values
/// and a list expression look alike up to the closing bracket) with 15,000 minus signs overflowed even the parser's
/// 16 MB stack before any rule was entered. A bigger stack only moves that point (a 16 MB file holds eight million
/// minus signs), so the depth is bounded here, where the scan is a loop.
/// <para>
/// Two bounds, both upper bounds on what the parser would build, so a file this scan lets through is never deeper
/// than <see cref="NestingLimit.MaxDepth"/> allows:
/// brackets <c>( [ {</c> inside each other (at most <see cref="NestingLimit.MaxBrackets"/>: ANTLR's prediction of
/// <c>[[[…]]]</c> reads to the end of the nesting at every level, so 100 brackets already took two seconds); and
/// levels, where every open bracket and every token that starts a sub-expression that can run on to the end of its
/// surroundings (<c>-</c>, <c>niet</c>, <c>als</c>, <c>aantal</c>, <c>som</c>, <c>voor elk</c>, <c>er is een</c>,
/// <c>geen</c>, <c>eerste dag</c>, <c>… van</c>) counts as one level until the bracket closes, or a separator,
/// a <c>:</c> or the keyword of a new declaration or member ends the expression. Binary operators are not counted:
/// ANTLR parses a chain of them in a loop, so they deepen its prediction by at most the number of precedence levels
/// (the tree check after parsing still bounds long chains).
/// </para>
/// </summary>
internal static class NestingPreScan
{
    /// <summary>The first token nested too deep by either bound, or null.</summary>
    public static IToken? FindTooDeep(IEnumerable<IToken> tokens)
    {
        // Levels opened by prefix tokens in each enclosing bracket, outermost first; the current bracket's count is separate.
        var enclosing = new Stack<int>();
        var current = 0;
        var levels = 0;
        foreach (var token in tokens)
        {
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            switch (Classify(token.Type))
            {
                case Effect.Opens:
                    enclosing.Push(current);
                    current = 0;
                    levels++;
                    if (enclosing.Count > NestingLimit.MaxBrackets || levels > NestingLimit.MaxDepth)
                    {
                        return token;
                    }

                    break;
                case Effect.Closes:
                    // Unbalanced closers are the parser's to report; they must not hide deep nesting after them.
                    if (enclosing.Count > 0)
                    {
                        levels -= current + 1;
                        current = enclosing.Pop();
                    }

                    break;
                case Effect.StartsSubExpression:
                    current++;
                    if (++levels > NestingLimit.MaxDepth)
                    {
                        return token;
                    }

                    break;
                case Effect.EndsExpression:
                    levels -= current;
                    current = 0;
                    break;
            }
        }

        return null;
    }

    private enum Effect
    {
        None,
        Opens,
        Closes,
        StartsSubExpression,
        EndsExpression,
    }

    private static Effect Classify(int type) => type switch
    {
        ZorginkoopLexer.LPAREN or ZorginkoopLexer.LBRACKET or ZorginkoopLexer.LBRACE => Effect.Opens,
        ZorginkoopLexer.RPAREN or ZorginkoopLexer.RBRACKET or ZorginkoopLexer.RBRACE => Effect.Closes,
        // Counted wherever they stand (also binary minus, 'is niet bekend', 'lijst van'): counting too many only
        // matters past 200 of them in one expression, which the tree check would reject as a chain anyway.
        ZorginkoopLexer.MINUS or ZorginkoopLexer.NIET or ZorginkoopLexer.ALS or ZorginkoopLexer.AANTAL
            or ZorginkoopLexer.SOM or ZorginkoopLexer.VOOR or ZorginkoopLexer.ER or ZorginkoopLexer.GEEN
            or ZorginkoopLexer.EERSTE or ZorginkoopLexer.VAN => Effect.StartsSubExpression,
        // Tokens no expression contains: every expression before them in this bracket has ended. Keywords that may
        // also be names ('fase', 'aanvraag', …) are left out: inside an expression they end nothing.
        ZorginkoopLexer.COMMA or ZorginkoopLexer.SEMI or ZorginkoopLexer.COLON or ZorginkoopLexer.TM
            or ZorginkoopLexer.EIS or ZorginkoopLexer.UITZONDERING or ZorginkoopLexer.OMVAT or ZorginkoopLexer.VEREIST
            or ZorginkoopLexer.DEFINITIE or ZorginkoopLexer.EISEN or ZorginkoopLexer.GEGEVENS or ZorginkoopLexer.KEUZE
            or ZorginkoopLexer.BELEID or ZorginkoopLexer.GEBRUIK or ZorginkoopLexer.ADDENDUM or ZorginkoopLexer.TIJDLIJN
            or ZorginkoopLexer.WIJZIGING or ZorginkoopLexer.VOEGT or ZorginkoopLexer.VERVANGT or ZorginkoopLexer.VERVALT
            or ZorginkoopLexer.SCENARIO or ZorginkoopLexer.GEGEVEN or ZorginkoopLexer.VERWACHT
            or ZorginkoopLexer.UITERLIJK or ZorginkoopLexer.VANAF or ZorginkoopLexer.BINNEN => Effect.EndsExpression,
        _ => Effect.None,
    };
}
