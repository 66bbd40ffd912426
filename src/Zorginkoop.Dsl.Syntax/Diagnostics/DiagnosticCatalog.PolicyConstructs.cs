using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Constructs that say what real policies say (issue 14: a set's outcome in a condition, ordered choices, an addendum's terms): ZI3020–ZI3024.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnorderedChoiceComparedDescriptor = Error("ZI3020", "Keuze zonder volgorde vergeleken met < of >");
    public static readonly DiagnosticDescriptor NotARequirementSetDescriptor = Error("ZI3021", "'is voldaan' hoort bij de naam van eisen");
    public static readonly DiagnosticDescriptor OutcomeCycleDescriptor = Error("ZI3022", "Eisen hangen via 'is voldaan' van zichzelf af");
    public static readonly DiagnosticDescriptor AddendumTermDescriptor = Error("ZI3023", "Ongeldige voorwaarde van een addendum");

    public static Diagnostic UnorderedChoiceCompared(SourceLocation at, string choice, string op) =>
        Create(UnorderedChoiceComparedDescriptor, at,
            $"De waarden van keuze {choice} hebben geen volgorde, dus '{op}' betekent niets. Zet de waarden van laag naar hoog en schrijf 'keuze {choice} op volgorde {{ … }}', of vergelijk met = of 'in'.");

    public static Diagnostic NotARequirementSet(SourceLocation at, string text, string? suggestion = null) =>
        Create(NotARequirementSetDescriptor, at,
            $"'{text} is voldaan': '{text}' is geen naam van eisen. Alleen eisen (eisen Naam {{ … }}) zijn voldaan, niet voldaan of onbekend; een ja/nee-waarde schrijft u zonder 'is voldaan'.{Suggest(suggestion)}");

    public static Diagnostic OutcomeCycle(SourceLocation at, IEnumerable<string> chain) =>
        Create(OutcomeCycleDescriptor, at,
            $"Deze eisen hangen van hun eigen uitkomst af: {string.Join(" → ", chain)}. Haal één 'is voldaan' of 'omvat' uit de kring.");

    public static Diagnostic AddendumTerm(SourceLocation at, string property, string expected) =>
        Create(AddendumTermDescriptor, at, $"'{property}:' van een addendum is {expected}.");
}
