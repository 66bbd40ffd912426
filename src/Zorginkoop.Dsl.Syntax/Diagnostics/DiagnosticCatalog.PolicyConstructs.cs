using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Constructs that say what real policies say (issue 14: ordered choices, an addendum's terms): ZI3020–ZI3024.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnorderedChoiceComparedDescriptor = Error("ZI3020", "Keuze zonder volgorde vergeleken met < of >");
    public static readonly DiagnosticDescriptor AddendumTermDescriptor = Error("ZI3023", "Ongeldige voorwaarde van een addendum");

    public static Diagnostic UnorderedChoiceCompared(SourceLocation at, string choice, string op) =>
        Create(UnorderedChoiceComparedDescriptor, at,
            $"De waarden van keuze {choice} hebben geen volgorde, dus '{op}' betekent niets. Zet de waarden van laag naar hoog en schrijf 'keuze {choice} op volgorde {{ … }}', of vergelijk met = of 'in'.");

    public static Diagnostic AddendumTerm(SourceLocation at, string property, string expected) =>
        Create(AddendumTermDescriptor, at, $"'{property}:' van een addendum is {expected}.");
}
