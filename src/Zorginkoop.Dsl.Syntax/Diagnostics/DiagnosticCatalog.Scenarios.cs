using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor ScenarioWithoutExpectationsDescriptor = Warning("ZI7001", "Scenario zonder verwachting");
    public static readonly DiagnosticDescriptor DuplicateScenarioDescriptor = Error("ZI7002", "Scenariotitel komt twee keer voor");
    public static readonly DiagnosticDescriptor DuplicateScenarioPartDescriptor = Error("ZI7003", "Onderdeel van scenario komt twee keer voor");
    public static readonly DiagnosticDescriptor GivenNotSubjectDescriptor = Error("ZI7004", "'gegeven' noemt niet het onderwerp");
    public static readonly DiagnosticDescriptor UnknownExpectationPathDescriptor = Error("ZI7005", "Onbekende eis in verwachting");
    public static readonly DiagnosticDescriptor ExpectationMismatchDescriptor = Error("ZI7006", "Verwachting past niet bij het doel");
    public static readonly DiagnosticDescriptor StartDateWithoutRequestDescriptor = Error("ZI7007", "Ingangsdatum verwacht zonder aanvraag");
    public static readonly DiagnosticDescriptor UnknownEntryStateDescriptor = Error("ZI7008", "Onbekende toestand van een tijdlijnregel");
    public static readonly DiagnosticDescriptor DuplicateFactDescriptor = Error("ZI7009", "Gegeven komt twee keer voor");
    public static readonly DiagnosticDescriptor ExampleCycleDescriptor = Error("ZI7010", "Voorbeeld volgt zichzelf");
    public static readonly DiagnosticDescriptor FactNotConstantDescriptor = Error("ZI7011", "Gegeven is geen vaste waarde");
    public static readonly DiagnosticDescriptor UnknownTimelineEntryDescriptor = Error("ZI7012", "Onbekende tijdlijnregel in verwachting");
    public static readonly DiagnosticDescriptor NoStartDateRuleDescriptor = Error("ZI7013", "Geen ingangsdatumregel");

    public static Diagnostic ScenarioWithoutExpectations(SourceLocation at, string title) =>
        Create(ScenarioWithoutExpectationsDescriptor, at, $"Scenario \"{title}\" heeft geen 'verwacht' en test dus niets. Voeg bijvoorbeeld 'verwacht <Eisen> voldaan' toe.");

    public static Diagnostic DuplicateScenario(SourceLocation at, string title, SourceLocation previous) =>
        Create(DuplicateScenarioDescriptor, at, $"Er is al een scenario \"{title}\" in dit bestand; geef elk scenario een eigen titel, zodat de uitslag te herleiden is.",
            new RelatedLocation(previous, "het eerste scenario met deze titel"));

    public static Diagnostic DuplicateScenarioPart(SourceLocation at, string part, SourceLocation previous) =>
        Create(DuplicateScenarioPartDescriptor, at, $"Een scenario heeft één '{part}'; deze staat er al.",
            new RelatedLocation(previous, $"de eerste '{part}'"));

    public static Diagnostic GivenNotSubject(SourceLocation at, string name, string subject) =>
        Create(GivenNotSubjectDescriptor, at, $"'gegeven {name}' noemt niet het onderwerp van dit beleid; schrijf 'gegeven {subject} {{ … }}'.");

    public static Diagnostic UnknownExpectationPath(SourceLocation at, string container, string name, string? suggestion) =>
        Create(UnknownExpectationPathDescriptor, at, $"{container} heeft geen eis of omvatte eisen '{name}'.{Suggest(suggestion)}");

    public static Diagnostic ExpectationMismatch(SourceLocation at, string target, string expectation, string allowed) =>
        Create(ExpectationMismatchDescriptor, at, $"'{expectation}' kan niet bij {target}; daar past {allowed}.");

    public static Diagnostic StartDateWithoutRequest(SourceLocation at, string target) =>
        Create(StartDateWithoutRequestDescriptor, at, $"Een ingangsdatum hangt af van de aanvraagdatum; voeg 'aanvraag {target} op <datum>' toe aan dit scenario.");

    public static Diagnostic UnknownEntryState(SourceLocation at, string state, IEnumerable<string> allowed) =>
        Create(UnknownEntryStateDescriptor, at, $"'{state}' is geen toestand van een tijdlijnregel. Toegestaan: {string.Join(", ", allowed)}.{Suggest(Zorginkoop.Dsl.Runtime.Values.NameSuggester.Suggest(state, allowed))}");

    public static Diagnostic DuplicateFact(SourceLocation at, string field, SourceLocation previous) =>
        Create(DuplicateFactDescriptor, at, $"'{field}' is hier al gegeven.", new RelatedLocation(previous, $"'{field}' staat hier eerder"));

    public static Diagnostic ExampleCycle(SourceLocation at, IEnumerable<string> chain) =>
        Create(ExampleCycleDescriptor, at, $"Dit voorbeeld volgt zichzelf: {string.Join(" → ", chain)}.");

    public static Diagnostic FactNotConstant(SourceLocation at, string text) =>
        Create(FactNotConstantDescriptor, at, $"'{text}' is geen vaste waarde; een gegeven in een scenario of voorbeeld is een waarde zoals 0,8, ja, 1 januari 2026, € 250.000 of een keuzewaarde.");

    public static Diagnostic UnknownTimelineEntry(SourceLocation at, string timeline, string entry, string? suggestion) =>
        Create(UnknownTimelineEntryDescriptor, at, $"Tijdlijn '{timeline}' heeft geen regel '{entry}'.{Suggest(suggestion)}");

    public static Diagnostic NoStartDateRule(SourceLocation at, string target) =>
        Create(NoStartDateRuleDescriptor, at, $"'{target}' heeft geen 'ingangsdatum:'-regel, dus er is geen ingangsdatum te verwachten.");
}
