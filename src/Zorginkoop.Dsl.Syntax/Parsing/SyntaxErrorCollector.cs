using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>Turns ANTLR's English syntax errors into catalogued Dutch diagnostics at the offending token.</summary>
internal sealed class SyntaxErrorCollector(SourceText text, DiagnosticBag diagnostics) : BaseErrorListener
{
    private const int MaxListedAlternatives = 6;

    public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        // Tokens that are themselves lexical errors were reported once already, in the author's terms.
        if (offendingSymbol.Type is ZorginkoopLexer.BAD_CHARACTER or ZorginkoopLexer.UNTERMINATED_STRING or ZorginkoopLexer.BAD_NUMBER)
        {
            return;
        }

        if (recognizer is Parser owner && NameWithoutColon(owner) is { } word)
        {
            // A word that starts "naam: waarde" but has no ':' after it is almost never a forgotten colon: it is a word
            // the language does not know (a typo, a unit such as "procent"). Say so at the word itself.
            ReportUnknownWord(owner, word);
            return;
        }

        if (recognizer is Parser pasted && ReportPastedWording(pasted, offendingSymbol))
        {
            return;
        }

        // After error recovery ANTLR may complain twice about the same token; once is enough.
        if (!reportedTokens.Add(offendingSymbol.TokenIndex))
        {
            return;
        }

        var location = LocationOf(offendingSymbol);
        if (offendingSymbol.Type == ZorginkoopLexer.IDENT && recognizer is Parser tokensOwner
            && PreviousVisible((ITokenStream)tokensOwner.InputStream, offendingSymbol.TokenIndex) is { Type: ZorginkoopLexer.INTEGER or ZorginkoopLexer.DECIMAL } number
            && number.Line == offendingSymbol.Line)
        {
            diagnostics.Add(UnknownUnit(number, offendingSymbol, location));
            return;
        }

        var found = TokenDisplay.Describe(offendingSymbol);
        if (recognizer is Parser memberOwner && PreviousVisible((ITokenStream)memberOwner.InputStream, offendingSymbol.TokenIndex) is { Type: ZorginkoopLexer.DOT } dot
            && (e?.GetExpectedTokens() ?? memberOwner.GetExpectedTokens()).Contains(ZorginkoopLexer.IDENT))
        {
            // "aanbieder." while typing: a field name is missing right after the dot, not one of the keywords that may
            // also be names somewhere, and not at the '}' on the next line where the parser noticed.
            var target = PreviousVisible((ITokenStream)memberOwner.InputStream, dot.TokenIndex);
            diagnostics.Add(DiagnosticCatalog.MissingMemberName(new SourceLocation(text, new TextSpan(dot.StopIndex + 1, 0)), target?.Text ?? string.Empty, found));
            return;
        }

        if (msg.StartsWith("missing ", StringComparison.Ordinal))
        {
            var expected = recognizer is Parser parser ? Expected(parser.GetExpectedTokens()) : null;
            diagnostics.Add(DiagnosticCatalog.MissingToken(location, expected ?? "iets", found));
            return;
        }

        var expectedSet = recognizer is Parser p ? e?.GetExpectedTokens() ?? p.GetExpectedTokens() : null;
        if (expectedSet is not null && expectedSet.Contains(ZorginkoopLexer.RBRACE) && (offendingSymbol.Type == TokenConstants.EOF || StartsDeclaration(offendingSymbol.Type)))
        {
            // A file that ends inside a block, or a declaration that starts inside one, means a closing brace is missing.
            diagnostics.Add(DiagnosticCatalog.MissingToken(location, "'}'", found));
            return;
        }

        diagnostics.Add(DiagnosticCatalog.UnexpectedInput(location, found, expectedSet is null ? null : Expected(expectedSet)));
    }

    private readonly HashSet<int> reportedTokens = [];

    /// <summary>The name of a "naam: waarde" (property or field value) that the parser is in, when no ':' followed it.</summary>
    public static IToken? NameWithoutColon(Parser parser) =>
        parser.Context is ZorginkoopParser.PropertyContext { ChildCount: 1 } or ZorginkoopParser.FieldValueContext { ChildCount: 1 } ? parser.Context.Start : null;

    /// <summary>For a message reported outside ANTLR's listener (a mistyped keyword), so it is not repeated here.</summary>
    public void MarkReported(int tokenIndex) => reportedTokens.Add(tokenIndex);

    private void ReportUnknownWord(Parser parser, IToken word)
    {
        if (!reportedTokens.Add(word.TokenIndex))
        {
            return;
        }

        var location = LocationOf(word);
        var tokens = (ITokenStream)parser.InputStream;
        var before = word.TokenIndex > 0 ? PreviousVisible(tokens, word.TokenIndex) : null;
        if (before is { Type: ZorginkoopLexer.INTEGER or ZorginkoopLexer.DECIMAL } number && number.Line == word.Line)
        {
            diagnostics.Add(UnknownUnit(number, word, location));
            return;
        }

        diagnostics.Add(DiagnosticCatalog.UnknownWord(location, word.Text, NameSuggester.Suggest(word.Text, TokenDisplay.Keywords.Keys)));
    }

    /// <summary>Reports a word after a number that the parser will not see (<see cref="StrayUnitWords"/>).</summary>
    public void ReportUnknownUnit(IToken number, IToken word)
    {
        if (reportedTokens.Add(word.TokenIndex))
        {
            diagnostics.Add(UnknownUnit(number, word, LocationOf(word)));
        }
    }

    private Diagnostic UnknownUnit(IToken number, IToken word, SourceLocation location)
    {
        if (PercentWords.Contains(word.Text))
        {
            var whole = TextSpan.FromBounds(number.StartIndex, word.StopIndex + 1);
            return DiagnosticCatalog.UnknownUnit(location, number.Text, word.Text, number.Text + "%", new SuggestedEdit(whole, number.Text + "%"));
        }

        var unit = NameSuggester.Suggest(word.Text, DurationUnits);
        return DiagnosticCatalog.UnknownUnit(location, number.Text, word.Text, unit is null ? null : $"{number.Text} {unit}", unit is null ? null : new SuggestedEdit(location.Span, unit));
    }

    /// <summary>
    /// A dash pasted for "t/m" and "tot 12.00 uur" break the syntax a little after where they stand; name them rather
    /// than the token that happens to be unexpected (issue 14 point 15).
    /// </summary>
    private bool ReportPastedWording(Parser parser, IToken offending)
    {
        var tokens = (ITokenStream)parser.InputStream;
        var before = offending.TokenIndex > 0 ? PreviousVisible(tokens, offending.TokenIndex) : null;
        var dash = IsDash(offending) ? offending : before is not null && IsDash(before) && before.Line == offending.Line ? before : null;
        if (dash is not null && reportedTokens.Add(dash.TokenIndex))
        {
            var at = LocationOf(dash);
            var between = PreviousVisible(tokens, dash.TokenIndex) is { } left && IsDate(left) && NextVisible(tokens, dash.TokenIndex) is { } right && IsDate(right);
            diagnostics.Add(DiagnosticCatalog.DashForThrough(at, PastedCharacters.DashName(text.Content[dash.StartIndex])!, between ? new SuggestedEdit(at.Span, "t/m") : null));
            return true;
        }

        var until = offending is { Type: ZorginkoopLexer.IDENT, Text: "tot" } ? offending
            : offending.Type == ZorginkoopLexer.TIME && before is { Type: ZorginkoopLexer.IDENT, Text: "tot" } ? before : null;
        if (until is not null && NextVisible(tokens, until.TokenIndex) is { Type: ZorginkoopLexer.TIME } time)
        {
            if (reportedTokens.Add(until.TokenIndex))
            {
                diagnostics.Add(DiagnosticCatalog.UntilTime(LocationOf(until), time.Text));
            }

            return true;
        }

        return false;
    }

    private bool IsDash(IToken token) => token.Type == ZorginkoopLexer.MINUS && PastedCharacters.DashName(text.Content[token.StartIndex]) is not null;

    private static bool IsDate(IToken token) => token.Type is ZorginkoopLexer.DUTCH_DATE or ZorginkoopLexer.ISO_DATE or ZorginkoopLexer.NUMERIC_DATE;

    private static IToken? NextVisible(ITokenStream tokens, int index)
    {
        for (var i = index + 1; i < tokens.Size; i++)
        {
            if (tokens.Get(i) is { Channel: TokenConstants.DefaultChannel } token)
            {
                return token;
            }
        }

        return null;
    }

    private static IToken? PreviousVisible(ITokenStream tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (tokens.Get(i) is { Channel: TokenConstants.DefaultChannel } token)
            {
                return token;
            }
        }

        return null;
    }

    private static readonly HashSet<string> PercentWords = new(["procent", "percent", "pct", "procentpunt"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DurationUnits = ["minuut", "minuten", "uur", "uren", "dag", "dagen", "week", "weken", "maand", "maanden", "kwartaal", "kwartalen", "jaar", "jaren"];


    private static bool StartsDeclaration(int type) => type is
        ZorginkoopLexer.BELEID or ZorginkoopLexer.GEBRUIK or ZorginkoopLexer.KEUZE or ZorginkoopLexer.GEGEVENS
        or ZorginkoopLexer.DEFINITIE or ZorginkoopLexer.EISEN or ZorginkoopLexer.ADDENDUM or ZorginkoopLexer.TIJDLIJN
        or ZorginkoopLexer.WIJZIGING or ZorginkoopLexer.SCENARIO;

    private SourceLocation LocationOf(IToken token)
    {
        if (token.Type == TokenConstants.EOF)
        {
            // Point at the end of the text rather than at nothing.
            var end = text.Content.Length;
            return new SourceLocation(text, new TextSpan(end, 0));
        }

        return new SourceLocation(text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1));
    }

    private static string? Expected(IntervalSet set)
    {
        var types = set.ToArray();
        // Keywords that may also serve as names are covered by "een naam"; closing brackets matter most.
        var names = types
            .Where(t => !(types.Contains(ZorginkoopLexer.IDENT) && TokenDisplay.IsSoftKeyword(t)))
            .OrderBy(t => t is ZorginkoopLexer.RBRACE or ZorginkoopLexer.RPAREN or ZorginkoopLexer.RBRACKET ? 0 : 1)
            .Select(TokenDisplay.DescribeType)
            .Distinct()
            .ToList();
        if (names.Count == 0)
        {
            return null;
        }

        if (names.Count > MaxListedAlternatives)
        {
            return string.Join(", ", names.Take(MaxListedAlternatives)) + " of iets anders";
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " of " + names[^1];
    }
}
