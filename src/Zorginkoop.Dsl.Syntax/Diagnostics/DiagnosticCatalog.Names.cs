using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownNameDescriptor = Error("ZI2001", "Onbekende naam");
    public static readonly DiagnosticDescriptor DuplicateDeclarationDescriptor = Error("ZI2002", "Naam is al gedeclareerd");
    public static readonly DiagnosticDescriptor UnknownFieldDescriptor = Error("ZI2003", "Onbekend veld");
    public static readonly DiagnosticDescriptor ImportNotFoundDescriptor = Error("ZI2004", "Geïmporteerd bestand niet gevonden");
    public static readonly DiagnosticDescriptor ImportCycleDescriptor = Error("ZI2005", "Kringverwijzing in gebruik");
    public static readonly DiagnosticDescriptor DefinitionCycleDescriptor = Error("ZI2006", "Definitie verwijst naar zichzelf");
    public static readonly DiagnosticDescriptor IncludeCycleDescriptor = Error("ZI2007", "Eisen omvatten zichzelf");
    public static readonly DiagnosticDescriptor DuplicateFieldDescriptor = Error("ZI2008", "Veld komt twee keer voor");
    public static readonly DiagnosticDescriptor DuplicateRequirementDescriptor = Error("ZI2009", "Eis komt twee keer voor");
    public static readonly DiagnosticDescriptor DuplicateChoiceMemberDescriptor = Error("ZI2010", "Keuzewaarde komt twee keer voor");
    public static readonly DiagnosticDescriptor WrongKindOfNameDescriptor = Error("ZI2011", "Naam van het verkeerde soort");
    public static readonly DiagnosticDescriptor SubjectDescriptor = Error("ZI2012", "Onderwerp (als …) ontbreekt of is dubbel");
    public static readonly DiagnosticDescriptor UnknownPropertyDescriptor = Error("ZI2013", "Onbekende eigenschap");
    public static readonly DiagnosticDescriptor DuplicatePropertyDescriptor = Error("ZI2014", "Eigenschap komt twee keer voor");
    public static readonly DiagnosticDescriptor DuplicateHeaderDescriptor = Error("ZI2015", "Meer dan één beleid-kop");
    public static readonly DiagnosticDescriptor ShadowedNameDescriptor = Error("ZI2016", "Naam van variabele is al in gebruik");
    public static readonly DiagnosticDescriptor MissingHeaderPropertyDescriptor = Warning("ZI2017", "Beleid-kop mist een eigenschap");

    public static Diagnostic UnknownName(SourceLocation at, string kind, string name, string? suggestion) =>
        Create(UnknownNameDescriptor, at, $"Onbekende {kind} '{name}'.{Suggest(suggestion)}");

    /// <summary>A requirement set asked for by name (<c>--set</c>, the Testing library) that the policy does not have.</summary>
    public static Diagnostic UnknownRequirementSet(string name, string? suggestion) =>
        Create(UnknownNameDescriptor, null, $"Onbekende eisen '{name}'.{Suggest(suggestion)}");

    /// <summary>An addendum asked for by name (<c>addendum --name</c>, <c>evaluate --addendum</c>) that the policy does not have.</summary>
    public static Diagnostic UnknownAddendum(string name, string? suggestion, IReadOnlyCollection<string> candidates) =>
        Create(UnknownNameDescriptor, null, $"Onbekend addendum '{name}'.{Suggest(suggestion)}"
            + (candidates.Count == 0 ? " Dit beleid heeft geen addenda of eisen met een ingangsdatum." : $" Addenda, en eisen met een ingangsdatum: {string.Join(", ", candidates)}."));

    public static Diagnostic DuplicateDeclaration(SourceLocation at, string name, SourceLocation previous) =>
        Create(DuplicateDeclarationDescriptor, at, $"'{name}' is al gedeclareerd in {previous.ToDisplayString()}; kies een andere naam.",
            new RelatedLocation(previous, $"'{name}' is hier eerder gedeclareerd"));

    public static Diagnostic UnknownField(SourceLocation at, string record, string field, string? suggestion) =>
        Create(UnknownFieldDescriptor, at, $"Gegevens '{record}' hebben geen veld '{field}'.{Suggest(suggestion)}");

    public static Diagnostic ImportNotFound(SourceLocation at, string path, string reason) =>
        Create(ImportNotFoundDescriptor, at, $"Het bestand '{path}' in 'gebruik' kan niet worden gelezen: {reason}");

    public static Diagnostic ImportCycle(SourceLocation at, IEnumerable<string> chain) =>
        Create(ImportCycleDescriptor, at, $"Deze 'gebruik' maakt een kring: {string.Join(" → ", chain)}. Verplaats wat beide bestanden nodig hebben naar een derde bestand.");

    public static Diagnostic DefinitionCycle(SourceLocation at, IEnumerable<string> chain) =>
        Create(DefinitionCycleDescriptor, at, $"Deze definitie hangt van zichzelf af: {string.Join(" → ", chain)}.");

    public static Diagnostic IncludeCycle(SourceLocation at, IEnumerable<string> chain) =>
        Create(IncludeCycleDescriptor, at, $"Deze 'omvat' maakt een kring: {string.Join(" → ", chain)}.");

    public static Diagnostic DuplicateField(SourceLocation at, string record, string field, SourceLocation previous) =>
        Create(DuplicateFieldDescriptor, at, $"Gegevens '{record}' hebben al een veld '{field}'.",
            new RelatedLocation(previous, $"'{field}' is hier eerder gedeclareerd"));

    public static Diagnostic DuplicateRequirement(SourceLocation at, string name, SourceLocation previous) =>
        Create(DuplicateRequirementDescriptor, at, $"Er is al een eis '{name}' op dit niveau; elke eis heeft een eigen naam.",
            new RelatedLocation(previous, $"'{name}' is hier eerder gedeclareerd"));

    public static Diagnostic DuplicateChoiceMember(SourceLocation at, string choice, string member) =>
        Create(DuplicateChoiceMemberDescriptor, at, $"Keuze '{choice}' heeft de waarde '{member}' al.");

    public static Diagnostic WrongKindOfName(SourceLocation at, string name, string actualKind, string expectedKind) =>
        Create(WrongKindOfNameDescriptor, at, $"'{name}' is {actualKind}, maar hier is {expectedKind} nodig.");

    public static Diagnostic NoSubject(SourceLocation at, string name) =>
        Create(SubjectDescriptor, at, $"'{name}' is onbekend: geen gegevens zijn als onderwerp gedeclareerd. Schrijf bijvoorbeeld 'gegevens Zorgaanbieder als {name} {{ … }}'.");

    /// <summary>Requirements asked to be evaluated in a policy without a subject: they have nothing to be about.</summary>
    public static Diagnostic NothingToEvaluate(SourceLocation? at) =>
        Create(SubjectDescriptor, at, "Dit beleid declareert geen gegevens als onderwerp ('gegevens … als aanbieder'), dus er is niets te evalueren.");

    /// <summary>Facts given (to an addendum) for a policy without a subject: there is no record to read them into.</summary>
    public static Diagnostic NoSubjectForFacts(SourceLocation? at) =>
        Create(SubjectDescriptor, at, "Dit beleid declareert geen gegevens als onderwerp ('gegevens … als aanbieder'), dus --facts kan niet worden gelezen.");

    public static Diagnostic DuplicateSubject(SourceLocation at, string record, SourceLocation previous) =>
        Create(SubjectDescriptor, at, $"Gegevens '{record}' is ook als onderwerp gedeclareerd; een beleid heeft één onderwerp.",
            new RelatedLocation(previous, "het eerste onderwerp"));

    public static Diagnostic UnknownProperty(SourceLocation at, string property, string block, IEnumerable<string> allowed) =>
        Create(UnknownPropertyDescriptor, at, $"'{property}' is geen eigenschap van {block}. Toegestaan: {string.Join(", ", allowed)}.{Suggest(Zorginkoop.Dsl.Runtime.Values.NameSuggester.Suggest(property, allowed))}");

    public static Diagnostic DuplicateProperty(SourceLocation at, string property) =>
        Create(DuplicatePropertyDescriptor, at, $"'{property}' staat hier al eerder.");

    public static Diagnostic DuplicateHeader(SourceLocation at, SourceLocation previous) =>
        Create(DuplicateHeaderDescriptor, at, "Een beleid heeft één 'beleid'-kop.", new RelatedLocation(previous, "de eerste kop"));

    public static Diagnostic ShadowedName(SourceLocation at, string name) =>
        Create(ShadowedNameDescriptor, at, $"'{name}' is al een naam in dit beleid; kies voor de variabele een andere naam.");

    public static Diagnostic MissingHeaderProperty(SourceLocation at, string property) =>
        Create(MissingHeaderPropertyDescriptor, at, $"De beleid-kop mist '{property}:'.");
}
