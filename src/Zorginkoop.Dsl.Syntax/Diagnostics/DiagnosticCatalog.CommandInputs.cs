using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// ZI9010–ZI9019: what a command reads besides the policy text — the facts file of one evaluation, the timelines
/// <c>zorginkoop timeline</c> is asked about. Names on the command line that the policy does not have (a timeline,
/// an event, a party) keep ZI2001 and a value the command cannot read keeps ZI9304; their messages are here too,
/// so that every line the command line writes about a mistake comes from this catalogue.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NoTimelinesDescriptor = Error("ZI9010", "Beleid heeft geen tijdlijnen");
    public static readonly DiagnosticDescriptor FactsFileTooLargeDescriptor = Error("ZI9011", "Feitenbestand te groot");
    public static readonly DiagnosticDescriptor GlobMatchesNothingDescriptor = Error("ZI9012", "Patroon vindt geen bestanden");

    /// <summary>A path pattern (<c>policies/**/*.zip</c>) on the command line that matches no file: a typo, or the wrong folder.</summary>
    public static Diagnostic GlobMatchesNothing(string pattern) =>
        Create(GlobMatchesNothingDescriptor, null, $"Het patroon '{pattern}' vindt geen bestanden. '*' staat voor een deel van een naam, '**' voor mappen op elke diepte; het patroon telt vanaf de huidige map, of vanaf een absoluut pad.") with { File = pattern };

    /// <summary><c>zorginkoop timeline</c> on a policy without a <c>tijdlijn</c>; points at the policy's entry file.</summary>
    public static Diagnostic NoTimelines(SourceLocation? entry) =>
        Create(NoTimelinesDescriptor, entry, "Dit beleid heeft geen tijdlijnen: er is niets te plannen. 'zorginkoop timeline' toont de planning van een beleid met een 'tijdlijn'-blok; geef het beleidsbestand dat de planning bevat.");

    /// <summary>A facts file for one evaluation larger than <paramref name="maxMegabytes"/> (or a device that never ends).</summary>
    public static Diagnostic FactsFileTooLarge(string path, long maxMegabytes) =>
        Create(FactsFileTooLargeDescriptor, null, $"Het feitenbestand '{path}' is groter dan {maxMegabytes} MB; gegevens van één zorgaanbieder passen ruim in minder. Een batch hoort in een .jsonl- of .csv-bestand, dat zonder grens wordt gelezen.");

    /// <summary><c>--timeline</c> names a timeline the policy does not have.</summary>
    public static Diagnostic UnknownTimeline(string name, string? suggestion, IReadOnlyCollection<string> timelines) =>
        Create(UnknownNameDescriptor, null, $"Onbekende tijdlijn '{name}'.{Suggest(suggestion)} Tijdlijnen: {string.Join(", ", timelines)}.");

    /// <summary><c>--event</c> names an event no timeline has.</summary>
    public static Diagnostic UnknownTimelineEvent(string name, string? suggestion, IReadOnlyCollection<string> events) =>
        Create(UnknownNameDescriptor, null, $"Geen tijdlijn kent gebeurtenis '{name}'.{Suggest(suggestion)} Gebeurtenissen zijn regelnamen en 'als'-namen: {string.Join(", ", events)}.");

    /// <summary><c>--party</c> names a party no row of a timeline mentions.</summary>
    public static Diagnostic UnknownTimelineParty(string party, string? suggestion, IReadOnlyCollection<string> parties) =>
        Create(UnknownNameDescriptor, null, $"Geen regel noemt partij '{party}'.{Suggest(suggestion)} Partijen: {string.Join(", ", parties)}.");

    /// <summary>An <c>--event</c> argument without '=' (ZI9304).</summary>
    public static Diagnostic NotAnEventArgument(string argument) =>
        Create(BadCommandLineValueDescriptor, null, $"'{argument}' is geen gebeurtenis; schrijf <naam>=JJJJ-MM-DD, bijvoorbeeld offerte=2026-09-25.");

    /// <summary>An <c>--event</c> whose date is not JJJJ-MM-DD (ZI9304).</summary>
    public static Diagnostic NotAnEventDate(string name, string value) =>
        Create(BadCommandLineValueDescriptor, null, $"'{value}' (bij gebeurtenis '{name}') is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-09-25.");
}
