using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor FileNotFoundDescriptor = Error("ZI9001", "Bestand niet gevonden of onleesbaar");
    public static readonly DiagnosticDescriptor NotTextDescriptor = Error("ZI9002", "Bestand is geen tekst");
    public static readonly DiagnosticDescriptor InternalErrorDescriptor = Error("ZI9003", "Interne fout van de compiler");
    public static readonly DiagnosticDescriptor NoPolicyFilesDescriptor = Error("ZI9004", "Geen beleidsbestanden gevonden");
    public static readonly DiagnosticDescriptor WriteFailedDescriptor = Error("ZI9005", "Schrijven mislukt");
    public static readonly DiagnosticDescriptor AbsoluteImportDescriptor = Error("ZI9006", "Absoluut pad in gebruik");
    public static readonly DiagnosticDescriptor ImportOutsideRootDescriptor = Error("ZI9007", "Gebruikt bestand ligt buiten de beleidsmap");
    public static readonly DiagnosticDescriptor ImportNotRegularFileDescriptor = Error("ZI9008", "Gebruikt bestand is geen gewoon bestand");
    public static readonly DiagnosticDescriptor SkippedWhileSearchingDescriptor = Warning("ZI9009", "Overgeslagen bij het doorzoeken van een map");

    public static Diagnostic FileNotFound(string path, string reason, SourceLocation? at = null) =>
        Create(FileNotFoundDescriptor, at, $"Het bestand '{path}' kan niet worden gelezen: {reason}") with { File = path };

    public static Diagnostic NotText(string path, string reason) =>
        Create(NotTextDescriptor, null, $"'{path}' is geen beleidstekst: {reason}. Een .zip-beleidsbestand is platte UTF-8-tekst, geen ZIP-archief.") with { File = path };

    public static Diagnostic InternalError(string what, SourceLocation? at = null) =>
        Create(InternalErrorDescriptor, at, $"Interne fout van de compiler: {what}. Dit is een fout in Zorginkoop.Dsl, niet in uw beleid; meld het alstublieft.");

    public static Diagnostic NoPolicyFiles(string path) =>
        Create(NoPolicyFilesDescriptor, null, $"In '{path}' staan geen beleidsbestanden (*.zip).") with { File = path };

    public static Diagnostic WriteFailed(string path, string reason) =>
        Create(WriteFailedDescriptor, null, $"'{path}' kan niet worden geschreven: {reason}") with { File = path };

    public static Diagnostic AbsoluteImport(SourceLocation at, string written) =>
        Create(AbsoluteImportDescriptor, at, $"'gebruik' noemt een absoluut pad ('{written}'). Schrijf het pad relatief aan dit bestand, zoals \"gedeeld/algemeen.zip\", zodat het beleid op elke computer hetzelfde leest.");

    public static Diagnostic ImportOutsideRoot(SourceLocation at, string written, string root, bool throughLink) =>
        Create(ImportOutsideRootDescriptor, at, throughLink
            ? $"'{written}' is een symbolische koppeling naar een bestand buiten de map '{root}'. 'gebruik' leest alleen bestanden in de map van het beleid en haar submappen; kopieer het bestand naar die map, of geef met --root een map die beide bevat."
            : $"'{written}' ligt buiten de map '{root}'. 'gebruik' leest alleen bestanden in de map van het beleid en haar submappen; zet het bestand in die map, of geef met --root een map die beide bevat.");

    public static Diagnostic ImportNotRegularFile(SourceLocation at, string written, string what) =>
        Create(ImportNotRegularFileDescriptor, at, $"'{written}' is geen gewoon bestand maar {what}; 'gebruik' leest alleen beleidsbestanden.");

    public static Diagnostic SkippedWhileSearching(string path, string why) =>
        Create(SkippedWhileSearchingDescriptor, null, $"'{path}' is overgeslagen: {why}.");
}
