using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor FileNotFoundDescriptor = Error("ZI9001", "Bestand niet gevonden of onleesbaar");
    public static readonly DiagnosticDescriptor NotTextDescriptor = Error("ZI9002", "Bestand is geen tekst");
    public static readonly DiagnosticDescriptor InternalErrorDescriptor = Error("ZI9003", "Interne fout van de compiler");
    public static readonly DiagnosticDescriptor NoPolicyFilesDescriptor = Error("ZI9004", "Geen beleidsbestanden gevonden");
    public static readonly DiagnosticDescriptor WriteFailedDescriptor = Error("ZI9005", "Schrijven mislukt");

    public static Diagnostic FileNotFound(string path, string reason, SourceLocation? at = null) =>
        Create(FileNotFoundDescriptor, at, $"Het bestand '{path}' kan niet worden gelezen: {reason}");

    public static Diagnostic NotText(string path, string reason) =>
        Create(NotTextDescriptor, null, $"'{path}' is geen beleidstekst: {reason}. Een .zip-beleidsbestand is platte UTF-8-tekst, geen ZIP-archief.");

    public static Diagnostic InternalError(string what, SourceLocation? at = null) =>
        Create(InternalErrorDescriptor, at, $"Interne fout van de compiler: {what}. Dit is een fout in Zorginkoop.Dsl, niet in uw beleid; meld het alstublieft.");

    public static Diagnostic NoPolicyFiles(string path) =>
        Create(NoPolicyFilesDescriptor, null, $"In '{path}' staan geen beleidsbestanden (*.zip).");

    public static Diagnostic WriteFailed(string path, string reason) =>
        Create(WriteFailedDescriptor, null, $"'{path}' kan niet worden geschreven: {reason}");
}
