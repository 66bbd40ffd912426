using System.Collections.Immutable;
using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>Translates source text into its tokens (comments included, whitespace left out). Never throws on bad input.</summary>
public static class PolicyLexer
{
    public static ImmutableArray<LexicalToken> Tokenize(SourceText text)
    {
        var lexer = new ZorginkoopLexer(new AntlrInputStream(text.Content));
        lexer.RemoveErrorListeners();
        var tokens = ImmutableArray.CreateBuilder<LexicalToken>();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Type == ZorginkoopLexer.WS || token.StartIndex < 0)
            {
                continue;
            }

            tokens.Add(new LexicalToken(
                Classify(token.Type),
                token.Text,
                TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1),
                TokenDisplay.IsSoftKeyword(token.Type)));
        }

        return tokens.ToImmutable();
    }

    internal static LexicalTokenKind Classify(int type) => type switch
    {
        ZorginkoopLexer.IDENT => LexicalTokenKind.Name,
        ZorginkoopLexer.STRING => LexicalTokenKind.Text,
        ZorginkoopLexer.INTEGER or ZorginkoopLexer.DECIMAL => LexicalTokenKind.Number,
        ZorginkoopLexer.DUTCH_DATE or ZorginkoopLexer.ISO_DATE or ZorginkoopLexer.NUMERIC_DATE => LexicalTokenKind.Date,
        ZorginkoopLexer.TIME => LexicalTokenKind.Time,
        ZorginkoopLexer.MONEY => LexicalTokenKind.Money,
        ZorginkoopLexer.PERCENT => LexicalTokenKind.Percentage,
        ZorginkoopLexer.LINE_COMMENT => LexicalTokenKind.LineComment,
        ZorginkoopLexer.BLOCK_COMMENT => LexicalTokenKind.BlockComment,
        ZorginkoopLexer.UNTERMINATED_STRING or ZorginkoopLexer.BAD_NUMBER or ZorginkoopLexer.BAD_CHARACTER => LexicalTokenKind.Bad,
        ZorginkoopLexer.LBRACE or ZorginkoopLexer.RBRACE or ZorginkoopLexer.LPAREN or ZorginkoopLexer.RPAREN
            or ZorginkoopLexer.LBRACKET or ZorginkoopLexer.RBRACKET or ZorginkoopLexer.COLON or ZorginkoopLexer.SEMI
            or ZorginkoopLexer.COMMA or ZorginkoopLexer.DOT or ZorginkoopLexer.QUESTION => LexicalTokenKind.Punctuation,
        // Keywords are read from the grammar's vocabulary, so a keyword added to the grammar is classified without a change here.
        _ => IsWord(ZorginkoopLexer.DefaultVocabulary.GetLiteralName(type)) ? LexicalTokenKind.Keyword : LexicalTokenKind.Operator,
    };

    private static bool IsWord(string? literal) =>
        literal is { Length: > 2 } && literal[1..^1].Any(char.IsLetter) && literal[1..^1].All(c => char.IsLetter(c) || c == '/');
}
