using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor TypeMismatchDescriptor = Error("ZI3001", "Verkeerd type");
    public static readonly DiagnosticDescriptor OperatorMismatchDescriptor = Error("ZI3002", "Bewerking past niet bij deze typen");
    public static readonly DiagnosticDescriptor ConditionNotBooleanDescriptor = Error("ZI3003", "Voorwaarde is geen ja/nee");
    public static readonly DiagnosticDescriptor NoFieldsDescriptor = Error("ZI3004", "Waarde heeft geen velden");
    public static readonly DiagnosticDescriptor UnknownChoiceMemberDescriptor = Error("ZI3005", "Geen waarde van deze keuze");
    public static readonly DiagnosticDescriptor NotAListDescriptor = Error("ZI3006", "Waarde is geen lijst");
    public static readonly DiagnosticDescriptor MixedListDescriptor = Error("ZI3007", "Lijst met waarden van verschillend type");
    public static readonly DiagnosticDescriptor TimeAloneDescriptor = Error("ZI3008", "Losse tijd zonder datum");
    public static readonly DiagnosticDescriptor AmbiguousConditionalDiscretionDescriptor = Error("ZI3010", "Dubbelzinnig 'mag afwijken … als … dan …'");
    public static readonly DiagnosticDescriptor DiscretionPlacementDescriptor = Error("ZI3011", "'mag afwijken … als …' hoort na de voorwaarde van de eis");
    public static readonly DiagnosticDescriptor ScopedIncludeUnstatedDescriptor = Warning("ZI3009", "Omvat van eisen met 'geldt voor' zonder 'verplicht' of 'indien van toepassing'");

    public static Diagnostic TypeMismatch(SourceLocation at, string text, string actual, string expected) =>
        Create(TypeMismatchDescriptor, at, $"'{text}' is {actual}, maar hier is {expected} nodig.");

    public static Diagnostic OperatorMismatch(SourceLocation at, string op, string left, string right, string leftText, string rightText) =>
        Create(OperatorMismatchDescriptor, at, $"'{op}' kan niet met {left} ('{leftText}') en {right} ('{rightText}').");

    public static Diagnostic ConditionNotBoolean(SourceLocation at, string text, string actual) =>
        Create(ConditionNotBooleanDescriptor, at, $"Een voorwaarde moet ja/nee opleveren, maar '{text}' is {actual}. Vergelijk het met iets, bijvoorbeeld '{text} >= …'.");

    /// <summary><c>eis b "Een zin"</c>: the sentence was taken for the condition, which is missing.</summary>
    public static Diagnostic RequirementWithoutCondition(SourceLocation at, string name, string sentence) =>
        Create(ConditionNotBooleanDescriptor, at, $"Eis '{name}' heeft een zin maar geen voorwaarde. Schrijf na de zin wanneer aan de eis is voldaan, bijvoorbeeld 'eis {name} {sentence} aanbieder.… >= …'.");

    public static Diagnostic NoFields(SourceLocation at, string text, string type) =>
        Create(NoFieldsDescriptor, at, $"'{text}' is {type} en heeft geen velden.");

    public static Diagnostic UnknownChoiceMember(SourceLocation at, string member, string choice, string? suggestion) =>
        Create(UnknownChoiceMemberDescriptor, at, $"'{member}' is geen waarde van keuze '{choice}'.{Suggest(suggestion)}");

    public static Diagnostic NotAList(SourceLocation at, string text, string type) =>
        Create(NotAListDescriptor, at, $"'{text}' is {type}, geen lijst.");

    public static Diagnostic MixedList(SourceLocation at, string first, string other) =>
        Create(MixedListDescriptor, at, $"Een lijst bevat waarden van één type, maar hier staan {first} en {other} door elkaar.");

    public static Diagnostic TimeAlone(SourceLocation at, string text) =>
        Create(TimeAloneDescriptor, at, $"'{text}' is alleen een tijd; schrijf er een datum voor, zoals '19 december 2025 {text}'.");

    public static Diagnostic ScopedIncludeUnstated(SourceLocation at, string set) =>
        Create(ScopedIncludeUnstatedDescriptor, at,
            $"'{set}' geldt niet voor elke aanbieder ('geldt voor'). Schrijf 'omvat {set} verplicht' (geldt {set} niet, dan is niet voldaan) of 'omvat {set} indien van toepassing' (geldt {set} niet, dan telt het niet mee).");

    public static Diagnostic AmbiguousConditionalDiscretion(SourceLocation at, string condition, string then) =>
        Create(AmbiguousConditionalDiscretionDescriptor, at,
            $"'mag afwijken … als {condition} dan {then}' kan twee dingen betekenen. Mag er alleen worden afgeweken als {condition}, schrijf dan de eis en daarna de afwijking: '{then} mag afwijken \"…\" als {condition}' (geldt {condition} niet, dan is het gewoon niet voldaan). Gaat de beoordeling over de hele regel, zet er dan haakjes om: 'mag afwijken \"…\" (als {condition} dan {then})'.");

    public static Diagnostic DiscretionPlacement(SourceLocation at, bool twice) =>
        Create(DiscretionPlacementDescriptor, at, twice
            ? "Deze eis heeft twee keer 'mag afwijken'. Schrijf er één: vóór de voorwaarde zonder 'als', of erna als 'mag afwijken \"…\" als <voorwaarde>'."
            : "Een 'mag afwijken' met 'als <voorwaarde>' staat na de voorwaarde van de eis (en na de uitzonderingen): 'eis naam \"…\" <voorwaarde> mag afwijken \"…\" als <voorwaarde>'.");
}
