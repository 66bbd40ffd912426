using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI91xx: the formatter (<c>zorginkoop format</c> and the editor's "Document opmaken").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NotFormattedErrorsDescriptor = Error("ZI9101", "Niet opgemaakt: het bestand bevat fouten");
    public static readonly DiagnosticDescriptor FormattingUnsafeDescriptor = Error("ZI9102", "Opmaak geweigerd door de eigen controle");
    public static readonly DiagnosticDescriptor NotFormattedDescriptor = Error("ZI9103", "Bestand is niet opgemaakt");

    public static Diagnostic NotFormattedErrors(string path, int errors) =>
        Create(NotFormattedErrorsDescriptor, null,
            $"'{path}' is niet opgemaakt: het bevat {errors} {(errors == 1 ? "fout" : "fouten")}. Los die eerst op (zie 'zorginkoop check'); de opmaak verandert alleen bestanden die kloppen.");

    public static Diagnostic FormattingUnsafe(string path, string reason) =>
        Create(FormattingUnsafeDescriptor, null,
            $"'{path}' is niet opgemaakt: de opmaak zou {reason}, en is daarom niet toegepast. Dit is een fout in Zorginkoop.Dsl, niet in uw beleid; meld het alstublieft.");

    public static Diagnostic NotFormatted(SourceLocation at) =>
        Create(NotFormattedDescriptor, at, $"Dit bestand is niet volgens de standaardopmaak (vanaf deze regel). Voer 'zorginkoop format {at.Path}' uit.");
}
