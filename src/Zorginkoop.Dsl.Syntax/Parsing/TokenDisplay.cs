using System.Collections.Immutable;
using Antlr4.Runtime;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>Names tokens the way a policy author would: "een datum", "'eis'", "het einde van het bestand".</summary>
internal static class TokenDisplay
{
    public static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "einde van het bestand",
        ZorginkoopLexer.IDENT => $"naam '{token.Text}'",
        ZorginkoopLexer.STRING => $"tekst {Shorten(token.Text)}",
        _ => $"'{Shorten(token.Text)}'",
    };

    public static string DescribeType(int type) => type switch
    {
        TokenConstants.EOF => "het einde van het bestand",
        ZorginkoopLexer.IDENT => "een naam",
        ZorginkoopLexer.STRING => "een tekst tussen aanhalingstekens",
        ZorginkoopLexer.INTEGER => "een geheel getal",
        ZorginkoopLexer.DECIMAL => "een decimaal getal",
        ZorginkoopLexer.MONEY => "een bedrag",
        ZorginkoopLexer.PERCENT => "een percentage",
        ZorginkoopLexer.DUTCH_DATE or ZorginkoopLexer.ISO_DATE or ZorginkoopLexer.NUMERIC_DATE => "een datum",
        ZorginkoopLexer.TIME => "een tijd",
        _ => ZorginkoopLexer.DefaultVocabulary.GetLiteralName(type) ?? ZorginkoopLexer.DefaultVocabulary.GetDisplayName(type),
    };

    public static bool IsSoftKeyword(int type) => type is
        ZorginkoopLexer.TEKST or ZorginkoopLexer.DATUM or ZorginkoopLexer.DUUR or ZorginkoopLexer.BEDRAG or ZorginkoopLexer.PERCENTAGE
        or ZorginkoopLexer.DECIMAAL or ZorginkoopLexer.TIJDSTIP or ZorginkoopLexer.FASE or ZorginkoopLexer.OVEREENKOMST
        or ZorginkoopLexer.VOORKEUR or ZorginkoopLexer.KALENDERDAG or ZorginkoopLexer.INGANGSDATUM or ZorginkoopLexer.AANVRAAG
        or ZorginkoopLexer.GEBEURTENIS or ZorginkoopLexer.VOORBEELD or ZorginkoopLexer.VOLGENS
        or ZorginkoopLexer.VERPLICHT or ZorginkoopLexer.INDIEN;

    /// <summary>Every keyword that is a word (not a sign such as <c>t/m</c>), by its text: candidates for "Bedoelde u …?".</summary>
    public static readonly ImmutableDictionary<string, int> Keywords = Enumerable.Range(1, ZorginkoopLexer.BAD_CHARACTER)
        .Select(type => (type, literal: ZorginkoopLexer.DefaultVocabulary.GetLiteralName(type)))
        .Where(k => k.literal is { Length: > 3 } && k.literal[1..^1].All(char.IsLetter))
        .ToImmutableDictionary(k => k.literal![1..^1], k => k.type, StringComparer.Ordinal);

    private static string Shorten(string text) => text.Length > 40 ? text[..37] + "…" : text;
}
