using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests.Parsing;

public class PolicyLexerTests
{
    [Fact]
    public void ClassifiesKeywordsNamesLiteralsAndKeepsComments()
    {
        var text = new SourceText("t.zip", "eis x \"zin\" // uitleg\n  aanbieder.fte >= 1,0 en datum = 30 september 2025 /* b */ ja/nee t/m -");
        var tokens = PolicyLexer.Tokenize(text);

        Assert.Equal(
            [
                (LexicalTokenKind.Keyword, "eis"), (LexicalTokenKind.Name, "x"), (LexicalTokenKind.Text, "\"zin\""),
                (LexicalTokenKind.LineComment, "// uitleg"), (LexicalTokenKind.Name, "aanbieder"), (LexicalTokenKind.Punctuation, "."),
                (LexicalTokenKind.Name, "fte"), (LexicalTokenKind.Operator, ">="), (LexicalTokenKind.Number, "1,0"),
                (LexicalTokenKind.Keyword, "en"), (LexicalTokenKind.Keyword, "datum"), (LexicalTokenKind.Operator, "="),
                (LexicalTokenKind.Date, "30 september 2025"), (LexicalTokenKind.BlockComment, "/* b */"),
                (LexicalTokenKind.Keyword, "ja/nee"), (LexicalTokenKind.Keyword, "t/m"), (LexicalTokenKind.Operator, "-"),
            ],
            tokens.Select(t => (t.Kind, t.Text)));
        Assert.True(tokens.Single(t => t.Text == "datum").IsSoftKeyword);
        Assert.False(tokens.Single(t => t.Text == "eis").CanBeName);
        Assert.All(tokens, t => Assert.Equal(t.Text, text.GetText(t.Span)));
    }

    [Fact]
    public void NeverThrowsOnBadInput()
    {
        var tokens = PolicyLexer.Tokenize(new SourceText("t.zip", "\"open 1.5 § \u0000"));
        Assert.Contains(tokens, t => t.Kind == LexicalTokenKind.Bad);
    }

    [Fact]
    public void SuggestionsInMessagesAreAlsoStructured()
    {
        var at = new SourceLocation(new SourceText("t.zip", "x"), new TextSpan(0, 1));
        Assert.Equal("fteHuisarts", DiagnosticCatalog.UnknownField(at, "Zorgaanbieder", "fteHuisart", "fteHuisarts").Suggestion);
        Assert.Null(DiagnosticCatalog.UnknownField(at, "Zorgaanbieder", "q", null).Suggestion);
    }
}
