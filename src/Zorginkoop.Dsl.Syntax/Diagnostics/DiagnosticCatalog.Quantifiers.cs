using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor ElementExceptionOutsideForAllDescriptor = Error("ZI3025", "Uitzondering per element hoort bij 'voor elke'");

    /// <summary>An exception names a list variable, but no <c>voor elke</c> that is (nested in) the whole condition declares it.</summary>
    public static Diagnostic ElementExceptionOutsideForAll(SourceLocation at, string variable) =>
        Create(ElementExceptionOutsideForAllDescriptor, at,
            $"Deze uitzondering noemt '{variable}' en geldt dus per element, maar dat kan alleen bij een 'voor elke {variable} in … geldt …' die de hele voorwaarde van de eis is (of daarin de hele voorwaarde). Schrijf de eis als 'voor elke {variable} in … geldt …' of noem '{variable}' niet in de uitzondering.");
}
