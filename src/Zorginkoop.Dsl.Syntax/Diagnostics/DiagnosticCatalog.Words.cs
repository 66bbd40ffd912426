using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>Words the language does not know where they stand (ZI1020–ZI1022): one message per unknown word.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor MistypedKeywordDescriptor = Error("ZI1020", "Verschreven sleutelwoord");
    public static readonly DiagnosticDescriptor UnknownWordDescriptor = Error("ZI1021", "Onbekend woord");
    public static readonly DiagnosticDescriptor UnknownUnitDescriptor = Error("ZI1022", "Onbekende eenheid na een getal");

    public static Diagnostic MistypedKeyword(SourceLocation at, string word, string keyword) =>
        Create(MistypedKeywordDescriptor, at, $"'{word}' is geen woord van de taal; de rest van het bestand is gelezen alsof hier '{keyword}' staat.{Suggest(keyword)}")
            with { Edit = new SuggestedEdit(at.Span, keyword) };

    public static Diagnostic UnknownWord(SourceLocation at, string word, string? suggestion) =>
        Create(UnknownWordDescriptor, at,
            $"Onbekend woord '{word}': de taal kent het hier niet. Een eigenschap schrijft u als '{word}: waarde'; de rest van de regel is overgeslagen.{Suggest(suggestion)}");

    /// <param name="write">What to write instead ("80%", "6 weken"), when one unit fits; null when none does.</param>
    public static Diagnostic UnknownUnit(SourceLocation at, string number, string word, string? write, SuggestedEdit? edit) =>
        Create(UnknownUnitDescriptor, at, write is null
            ? $"'{word}' na {number} is geen eenheid die de taal kent. Schrijf alleen het getal, of een eenheid die de taal kent: {number}%, € {number}, {number} dagen, weken, maanden, jaren of uur."
            : $"'{word}' na {number} is geen eenheid die de taal kent. Schrijf {write}.") with { Edit = edit };
}
