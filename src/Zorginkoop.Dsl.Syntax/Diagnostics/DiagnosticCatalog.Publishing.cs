namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI95xx: publishing a policy as a document (<c>zorginkoop publish</c>), in particular printing it to PDF.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor BrowserNotFoundDescriptor = Error("ZI9501", "Chromium niet gevonden voor PDF");
    public static readonly DiagnosticDescriptor PrintFailedDescriptor = Error("ZI9502", "PDF afdrukken mislukt");

    public static Diagnostic BrowserNotFound(string searched) =>
        Create(BrowserNotFoundDescriptor, null,
            $"Voor --format pdf is Chromium nodig, maar het is niet gevonden (gezocht: {searched}). Installeer het (Debian: 'apt-get install chromium') " +
            "of geef het pad in de omgevingsvariabele ZORGINKOOP_CHROMIUM. --format html en --format markdown werken zonder.");

    public static Diagnostic PrintFailed(string browser, string reason) =>
        Create(PrintFailedDescriptor, null, $"Chromium ({browser}) heeft geen PDF gemaakt: {reason}");
}
