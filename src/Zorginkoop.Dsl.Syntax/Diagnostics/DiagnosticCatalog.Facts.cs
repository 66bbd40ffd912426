namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Fact errors are raised by the runtime's FactReader (which cannot see this catalogue); their codes are listed
/// here so that documentation and tests cover them, and a test keeps both lists equal.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor FactsInvalidJsonDescriptor = Error("ZI8001", "Feitenbestand is geen geldige JSON");
    public static readonly DiagnosticDescriptor FactsUnknownFieldDescriptor = Error("ZI8002", "Onbekend veld in feiten");
    public static readonly DiagnosticDescriptor FactsWrongTypeDescriptor = Error("ZI8003", "Feit heeft het verkeerde type");
    public static readonly DiagnosticDescriptor FactsUnknownChoiceDescriptor = Error("ZI8004", "Onbekende keuzewaarde in feiten");
    public static readonly DiagnosticDescriptor FactsInvalidDateDescriptor = Error("ZI8005", "Ongeldige datum in feiten");
    public static readonly DiagnosticDescriptor FactsOutOfRangeDescriptor = Error("ZI8006", "Getal in feiten buiten bereik");
    public static readonly DiagnosticDescriptor FactsNotAnObjectDescriptor = Error("ZI8007", "Feiten zijn geen object");
    public static readonly DiagnosticDescriptor FactsInvalidCsvRowDescriptor = Error("ZI8008", "Ongeldige CSV-rij");
    public static readonly DiagnosticDescriptor FactsInvalidCsvHeaderDescriptor = Error("ZI8009", "Ongeldige kop van een CSV-bestand");
    public static readonly DiagnosticDescriptor FactsRecordTooLongDescriptor = Error("ZI8010", "Record in een batch is te lang");
    public static readonly DiagnosticDescriptor FactsInvalidTextDescriptor = Error("ZI8011", "Tekst in feiten met een halve UTF-16-escape");
    public static readonly DiagnosticDescriptor FactsAmbiguousNumberDescriptor = Error("ZI8012", "Getal in feiten met een punt die niet eenduidig is");
    public static readonly DiagnosticDescriptor FactsDuplicateFieldDescriptor = Error("ZI8013", "Veld staat twee keer in de feiten");
    public static readonly DiagnosticDescriptor FactsFractionAsPercentageDescriptor = Warning("ZI8014", "Breuk in een percentageveld");
}
