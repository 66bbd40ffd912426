namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// ZI96xx: the decision service (<c>zorginkoop serve</c>): requests it cannot answer, limits it holds, policies it
/// cannot (re)load. Each is answered as RFC 9457 problem details carrying the code (docs/server.md).
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownPolicyDescriptor = Error("ZI9601", "Onbekend beleid");
    public static readonly DiagnosticDescriptor InvalidQueryDescriptor = Error("ZI9602", "Ongeldige of ontbrekende parameter");
    public static readonly DiagnosticDescriptor RequestTooLargeDescriptor = Error("ZI9603", "Verzoek te groot");
    public static readonly DiagnosticDescriptor RequestTimedOutDescriptor = Error("ZI9604", "Verzoek duurde te lang");
    public static readonly DiagnosticDescriptor ServerBusyDescriptor = Error("ZI9605", "Server te druk");
    public static readonly DiagnosticDescriptor NotAuthorisedDescriptor = Error("ZI9606", "Niet aangemeld");
    public static readonly DiagnosticDescriptor PolicyNotServedDescriptor = Error("ZI9607", "Beleid heeft geen werkende versie");
    public static readonly DiagnosticDescriptor UnsupportedMediaTypeDescriptor = Error("ZI9608", "Soort inhoud niet ondersteund");
    public static readonly DiagnosticDescriptor DuplicatePolicyIdDescriptor = Warning("ZI9609", "Twee beleidsbestanden krijgen dezelfde naam");
    public static readonly DiagnosticDescriptor ReloadFailedDescriptor = Warning("ZI9610", "Gewijzigd beleid niet geladen");
    public static readonly DiagnosticDescriptor DecisionLogFailedDescriptor = Warning("ZI9611", "Beslislog niet geschreven");

    public static Diagnostic UnknownPolicy(string id, string? suggestion, IEnumerable<string> known) =>
        Create(UnknownPolicyDescriptor, null,
            $"Er is geen beleid '{id}'.{(suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")} Beschikbaar: {string.Join(", ", known)}.");

    public static Diagnostic InvalidQuery(string name, string problem) =>
        Create(InvalidQueryDescriptor, null, $"Parameter '{name}': {problem}");

    public static Diagnostic RequestTooLarge(long limit) =>
        Create(RequestTooLargeDescriptor, null, $"Het verzoek is groter dan {limit} bytes; de gegevens van één zorgaanbieder passen ruim in minder. Stuur een batch als application/x-ndjson.");

    public static Diagnostic RequestTimedOut(TimeSpan limit) =>
        Create(RequestTimedOutDescriptor, null, $"Het verzoek is na {limit.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} seconden afgebroken. Probeer het opnieuw of stuur een kleinere batch.");

    public static Diagnostic ServerBusy(int limit) =>
        Create(ServerBusyDescriptor, null, $"De server verwerkt al {limit} verzoeken tegelijk en de wachtrij is vol. Probeer het over enkele seconden opnieuw.");

    public static Diagnostic NotAuthorised() =>
        Create(NotAuthorisedDescriptor, null, "Dit verzoek vraagt een sleutel: stuur 'Authorization: Bearer <sleutel>' of 'X-Api-Key: <sleutel>'.");

    public static Diagnostic PolicyNotServed(string id) =>
        Create(PolicyNotServedDescriptor, null, $"Beleid '{id}' bevat fouten en heeft nooit foutloos geladen; /v1/health toont de meldingen.");

    public static Diagnostic UnsupportedMediaType(string? given, string expected) =>
        Create(UnsupportedMediaTypeDescriptor, null, $"Soort inhoud '{given ?? "(geen)"}' wordt hier niet gelezen; stuur {expected}.");

    public static Diagnostic DuplicatePolicyId(string id, string first, string second) =>
        Create(DuplicatePolicyIdDescriptor, null, $"'{first}' en '{second}' krijgen allebei de naam '{id}'; alleen het eerste wordt aangeboden. Hernoem een van beide.");

    public static Diagnostic ReloadFailed(string id, int errors) =>
        Create(ReloadFailedDescriptor, null, $"Het gewijzigde beleid '{id}' bevat {errors} {(errors == 1 ? "fout" : "fouten")}; de laatste foutloze versie blijft in gebruik.");

    public static Diagnostic DecisionLogFailed(string path, string reason) =>
        Create(DecisionLogFailedDescriptor, null, $"De beslislog '{path}' kon niet worden geschreven: {reason}");
}
