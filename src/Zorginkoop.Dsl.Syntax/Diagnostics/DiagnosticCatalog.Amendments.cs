using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor AmendmentTargetNotFoundDescriptor = Error("ZI6001", "Wijziging heeft geen doel");
    public static readonly DiagnosticDescriptor AmendmentConflictDescriptor = Error("ZI6002", "Twee wijzigingen op dezelfde datum veranderen hetzelfde");
    public static readonly DiagnosticDescriptor AmendmentOutsidePeriodDescriptor = Warning("ZI6003", "Wijziging valt buiten de looptijd");
    public static readonly DiagnosticDescriptor RemovedStillUsedDescriptor = Error("ZI6004", "Vervallen onderdeel wordt nog gebruikt");
    public static readonly DiagnosticDescriptor AmendmentDateDescriptor = Error("ZI6005", "Wijziging zonder vaste datum");
    public static readonly DiagnosticDescriptor ReplacementKindDescriptor = Error("ZI6006", "Vervanging van een andere soort");
    public static readonly DiagnosticDescriptor ReplacementNameDescriptor = Error("ZI6007", "Vervanging met een andere naam");
    public static readonly DiagnosticDescriptor AmendmentItemNotAllowedDescriptor = Error("ZI6008", "Dit kan hier niet worden toegevoegd");
    public static readonly DiagnosticDescriptor AmendmentOtherFileDescriptor = Error("ZI6009", "Wijziging staat in een ander bestand dan wat zij wijzigt");

    public static Diagnostic AmendmentTargetNotFound(SourceLocation at, string target, string reason, string? suggestion) =>
        Create(AmendmentTargetNotFoundDescriptor, at, $"Deze wijziging verwijst naar '{target}', maar {reason}.{Suggest(suggestion)}");

    public static Diagnostic AmendmentTargetAlreadyRemoved(SourceLocation at, string target, string removedBy, SourceLocation removedAt) =>
        Create(AmendmentTargetNotFoundDescriptor, at, $"Deze wijziging verwijst naar '{target}', maar dat is al vervallen door {removedBy}.",
            new RelatedLocation(removedAt, $"hier vervalt '{target}'"));

    public static Diagnostic AmendmentConflict(SourceLocation at, string element, string date, string otherTitle, SourceLocation other) =>
        Create(AmendmentConflictDescriptor, at,
            $"Deze wijziging en de wijziging \"{otherTitle}\" veranderen allebei '{element}' op {date}; dan ligt niet vast welke voorgaat. Voeg ze samen tot één wijziging of geef ze verschillende data.",
            new RelatedLocation(other, $"\"{otherTitle}\" verandert '{element}' hier"));

    public static Diagnostic AmendmentOutsidePeriod(SourceLocation at, string date, string period, string reason) =>
        Create(AmendmentOutsidePeriodDescriptor, at, $"De wijziging van {date} valt buiten de looptijd van dit beleid ({period}): {reason}. Klopt de datum?");

    public static Diagnostic RemovedStillUsed(SourceLocation at, string element, string date, string usage, SourceLocation usedAt) =>
        Create(RemovedStillUsedDescriptor, at,
            $"'{element}' vervalt per {date}, maar {usage} gebruikt het dan nog ({usedAt.ToDisplayString()}). Laat die verwijzing in dezelfde wijziging vervallen of vervang haar.",
            new RelatedLocation(usedAt, $"hier wordt '{element}' nog gebruikt"));

    public static Diagnostic AmendmentDate(SourceLocation at, string text) =>
        Create(AmendmentDateDescriptor, at, $"'{text}' is geen vaste datum. Een wijziging begint op een datum, bijvoorbeeld 'wijziging 1 september 2025 \"titel\" {{ … }}'.");

    public static Diagnostic ReplacementKind(SourceLocation at, string target, string targetKind, string replacementKind) =>
        Create(ReplacementKindDescriptor, at, $"'{target}' is een {targetKind}; vervang het door een {targetKind}, niet door een {replacementKind}.");

    public static Diagnostic ReplacementName(SourceLocation at, string target, string oldName, string newName) =>
        Create(ReplacementNameDescriptor, at,
            $"De vervanging heet '{newName}', maar vervangt '{target}'. Gebruik de naam '{oldName}', of schrijf 'vervalt {target}' en voeg het nieuwe onderdeel toe met 'voegt toe'.");

    public static Diagnostic AmendmentItemNotAllowed(SourceLocation at, string item, string destination, string allowed) =>
        Create(AmendmentItemNotAllowedDescriptor, at, $"Aan {destination} kunt u geen {item} toevoegen; hier past {allowed}.");

    public static Diagnostic AmendmentOtherFile(SourceLocation at, string target, string file) =>
        Create(AmendmentOtherFileDescriptor, at,
            $"'{target}' staat in {file}. Een wijziging die iets toevoegt of vervangt, staat in hetzelfde bestand als wat zij wijzigt; zet deze wijziging in {file}.");
}
