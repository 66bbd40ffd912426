using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI5xxx: timelines (tijdlijn) and addenda.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor WindowEndsBeforeStartDescriptor = Error("ZI5001", "Periode eindigt vóór ze begint");
    public static readonly DiagnosticDescriptor OutsidePolicyPeriodDescriptor = Warning("ZI5002", "Datum buiten de looptijd");
    public static readonly DiagnosticDescriptor PreferredAfterDeadlineDescriptor = Error("ZI5003", "Voorkeursdatum ligt na de uiterste datum");
    public static readonly DiagnosticDescriptor EntryOutOfOrderDescriptor = Warning("ZI5004", "Planning niet op volgorde van datum");
    public static readonly DiagnosticDescriptor UnknownEventDescriptor = Error("ZI5005", "Onbekende gebeurtenis");
    public static readonly DiagnosticDescriptor DeadlineOnNonWorkingDayDescriptor = Warning("ZI5006", "Termijn valt in het weekend of op een feestdag");
    public static readonly DiagnosticDescriptor DuplicateEntryIdDescriptor = Error("ZI5007", "Naam van een regel komt twee keer voor");
    public static readonly DiagnosticDescriptor ScheduleDependsOnFactsDescriptor = Error("ZI5008", "Datum in de tijdlijn hangt af van gegevens");
    public static readonly DiagnosticDescriptor InvalidRecurrenceYearDescriptor = Error("ZI5009", "Ongeldig jaartal bij 'elk'");
    public static readonly DiagnosticDescriptor SelfReferenceDescriptor = Error("ZI5010", "Regel rekent vanaf zichzelf");
    public static readonly DiagnosticDescriptor NoAnchorDescriptor = Error("ZI5011", "Termijn zonder beginpunt");
    public static readonly DiagnosticDescriptor ContinuousWithoutYearsDescriptor = Error("ZI5012", "Doorlopende regel zonder jaren");

    public static Diagnostic WindowEndsBeforeStart(SourceLocation at, string start, string end) =>
        Create(WindowEndsBeforeStartDescriptor, at, $"De periode '{start} t/m {end}' eindigt vóór ze begint; draai de datums om of verbeter er één.");

    public static Diagnostic OutsidePolicyPeriod(SourceLocation at, string date, int firstYear, int lastYear) =>
        Create(OutsidePolicyPeriodDescriptor, at,
            $"{date} ligt buiten de looptijd van het beleid ({(firstYear == lastYear ? firstYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{firstYear} t/m {lastYear}")}, met het jaar {firstYear - 1} ervoor voor de inkoop). Klopt het jaartal?");

    public static Diagnostic PreferredAfterDeadline(SourceLocation at, string preferred, string deadline) =>
        Create(PreferredAfterDeadlineDescriptor, at, $"De voorkeursdatum {preferred} ligt na de uiterste datum {deadline}; 'bij voorkeur vóór' hoort eerder te vallen dan 'maar uiterlijk'.");

    public static Diagnostic EntryOutOfOrder(SourceLocation at, string date, string previousDate, string previousEntry, SourceLocation previous) =>
        Create(EntryOutOfOrderDescriptor, at, $"Deze regel ({date}) staat na regel '{previousEntry}' met een latere datum ({previousDate}). Zet de planning op volgorde van datum, of controleer de datums.",
            new RelatedLocation(previous, $"regel '{previousEntry}' met {previousDate}"));

    public static Diagnostic UnknownEvent(SourceLocation at, string name, string timeline, IReadOnlyCollection<string> events, string? suggestion) =>
        Create(UnknownEventDescriptor, at,
            $"'{name}' is geen gebeurtenis in tijdlijn '{timeline}'. Gebeurtenissen zijn de namen van regels ('offerte: …') en 'als'-namen"
            + (events.Count == 0 ? "; deze tijdlijn heeft er geen." : $": {string.Join(", ", events)}.")
            + Suggest(suggestion));

    public static Diagnostic DeadlineOnNonWorkingDay(SourceLocation at, string moment, string reason, string nextWorkingDay) =>
        Create(DeadlineOnNonWorkingDayDescriptor, at,
            $"{moment} valt op {reason}. Een wettelijke termijn die dan afloopt, schuift volgens de Algemene termijnenwet door naar {nextWorkingDay}; controleer of deze datum zo bedoeld is.");

    public static Diagnostic DuplicateEntryId(SourceLocation at, string id, string timeline, SourceLocation previous) =>
        Create(DuplicateEntryIdDescriptor, at, $"Tijdlijn '{timeline}' heeft al een regel '{id}'; elke regel heeft een eigen naam.",
            new RelatedLocation(previous, $"'{id}' is hier eerder gebruikt"));

    public static Diagnostic ScheduleDependsOnFacts(SourceLocation at, string text) =>
        Create(ScheduleDependsOnFactsDescriptor, at, $"'{text}' hangt af van gegevens van de aanbieder of van de peil- of aanvraagdatum; een planning geldt voor iedereen. Gebruik vaste datums of gebeurtenissen ('6 weken na offerte').");

    public static Diagnostic InvalidRecurrenceYear(SourceLocation at, string text) =>
        Create(InvalidRecurrenceYearDescriptor, at, $"'{text}' is geen geldig jaartal.");

    public static Diagnostic SelfReference(SourceLocation at, string name) =>
        Create(SelfReferenceDescriptor, at, $"Regel '{name}' rekent vanaf zichzelf ('… na {name}'); reken vanaf een eerdere regel of gebeurtenis.");

    public static Diagnostic NoAnchor(SourceLocation at, string text) =>
        Create(NoAnchorDescriptor, at, $"'{text}' is een duur zonder beginpunt, en er staat geen regel boven om vanaf te rekenen. Schrijf bijvoorbeeld '{text} na offerte'.");

    public static Diagnostic ContinuousWithoutYears(SourceLocation at, string text) =>
        Create(ContinuousWithoutYearsDescriptor, at,
            $"'{text}' heeft geen eigen datum en het beleid heeft geen looptijd, dus geen periode om de regel in te tonen. Schrijf de jaren erbij ('{text} in 2026 en 2027') of geef het beleid een looptijd ('looptijd: 2026 t/m 2027').");
}
