namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI97xx: running scenarios (<c>zorginkoop test</c>) and the machine formats a build server reads.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NoScenariosRunDescriptor = Error("ZI9701", "Geen enkel scenario uitgevoerd");

    /// <summary>A test run that ran nothing: a filter that matched no title, or files without scenarios.</summary>
    public static Diagnostic NoScenariosRun(string? filter, int files) =>
        Create(NoScenariosRunDescriptor, null,
            (filter is not null
                ? $"Geen scenario in {files} bestand(en) heeft een titel met '{filter}'; er is niets getest."
                : $"In {files} bestand(en) staat geen scenario; er is niets getest.") +
            " Controleer --filter en de paden, of geef --allow-no-scenarios als een lege run de bedoeling is.");
}
