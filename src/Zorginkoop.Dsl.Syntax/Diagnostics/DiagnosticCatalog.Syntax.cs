using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnexpectedInputDescriptor = Error("ZI1001", "Onverwachte invoer");
    public static readonly DiagnosticDescriptor MissingTokenDescriptor = Error("ZI1002", "Ontbrekend teken of woord");
    public static readonly DiagnosticDescriptor InvalidCharacterDescriptor = Error("ZI1003", "Ongeldig teken");
    public static readonly DiagnosticDescriptor UnterminatedTextDescriptor = Error("ZI1004", "Tekst zonder sluitend aanhalingsteken");
    public static readonly DiagnosticDescriptor DecimalPointDescriptor = Error("ZI1005", "Decimale punt in plaats van komma");
    public static readonly DiagnosticDescriptor AmbiguousCommaDescriptor = Warning("ZI1006", "Komma zonder spatie in een opsomming");
    public static readonly DiagnosticDescriptor InvalidEscapeDescriptor = Error("ZI1007", "Onbekende escape in tekst");
    public static readonly DiagnosticDescriptor MixedAndOrDescriptor = Error("ZI1008", "'en' en 'of' zonder haakjes");

    public static Diagnostic UnexpectedInput(SourceLocation at, string found, string? expected) =>
        Create(UnexpectedInputDescriptor, at, expected is null
            ? $"Onverwacht {found}."
            : $"Onverwacht {found}; verwacht {expected}.");

    public static Diagnostic MissingToken(SourceLocation at, string missing, string found) =>
        Create(MissingTokenDescriptor, at, $"Hier ontbreekt {missing} (gevonden: {found}).");

    /// <summary>"aanbieder." with nothing after the dot: the one message while typing, right after the dot.</summary>
    public static Diagnostic MissingMemberName(SourceLocation at, string target, string found) =>
        Create(MissingTokenDescriptor, at, $"Na '{target}.' ontbreekt de naam van een veld (gevonden: {found}).");

    public static Diagnostic InvalidCharacter(SourceLocation at, string character) =>
        Create(InvalidCharacterDescriptor, at, $"Het teken '{character}' hoort niet in een beleidsbestand.");

    public static Diagnostic UnterminatedText(SourceLocation at) =>
        Create(UnterminatedTextDescriptor, at, "Deze tekst mist het sluitende aanhalingsteken (\") op dezelfde regel.");

    public static Diagnostic DecimalPoint(SourceLocation at, string text) =>
        Create(DecimalPointDescriptor, at,
            $"'{text}' gebruikt een punt als decimaalteken. Schrijf '{text.Replace('.', ',')}': in het Nederlands is de komma het decimaalteken en de punt het duizendtal-teken (100.000).");

    public static Diagnostic AmbiguousComma(SourceLocation at, string text) =>
        Create(AmbiguousCommaDescriptor, at,
            $"'{text}' wordt gelezen als één decimaal getal. Bedoelt u twee waarden, schrijf dan een spatie na de komma of gebruik ';'.");

    public static Diagnostic InvalidEscape(SourceLocation at, string escape) =>
        Create(InvalidEscapeDescriptor, at, $"'{escape}' is geen geldige escape in tekst; gebruik \\\" voor een aanhalingsteken en \\\\ voor een backslash.");

    public static Diagnostic MixedAndOr(SourceLocation at, string parenthesized) =>
        Create(MixedAndOrDescriptor, at,
            $"'en' en 'of' staan hier zonder haakjes door elkaar. De taal leest 'en' eerst: '{parenthesized}'. Schrijf de haakjes zelf, zo of anders als u iets anders bedoelt.");
}
