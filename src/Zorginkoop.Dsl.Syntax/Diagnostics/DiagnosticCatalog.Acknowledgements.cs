using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Acknowledging a warning where the source is right (ZI1027–ZI1029): a comment <c>// erkend ZI5006: reden</c> on the
/// line before the warning. An acknowledgement must give its reason, name a warning the language has, and still
/// acknowledge something, so that none hides a warning silently or outlives it.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor AcknowledgementWithoutReasonDescriptor = Error("ZI1027", "Erkenning zonder reden");
    public static readonly DiagnosticDescriptor AcknowledgementOfUnknownCodeDescriptor = Error("ZI1028", "Erkenning van een onbekende code of een fout");
    public static readonly DiagnosticDescriptor StaleAcknowledgementDescriptor = Warning("ZI1029", "Erkenning zonder waarschuwing");

    public static Diagnostic AcknowledgementWithoutReason(SourceLocation at, string code) =>
        Create(AcknowledgementWithoutReasonDescriptor, at,
            $"Deze erkenning van {code} geeft geen reden. Schrijf waarom de regel eronder toch klopt: // erkend {code}: <reden>. Zonder reden blijft de waarschuwing staan.");

    public static Diagnostic AcknowledgementOfUnknownCode(SourceLocation at, string code, string? suggestion) =>
        Create(AcknowledgementOfUnknownCodeDescriptor, at,
            $"'{code}' is geen code van een waarschuwing, dus er valt niets te erkennen. Erken alleen waarschuwingen (bijvoorbeeld ZI5006).{Suggest(suggestion)}");

    public static Diagnostic AcknowledgementOfError(SourceLocation at, string code, string title) =>
        Create(AcknowledgementOfUnknownCodeDescriptor, at,
            $"{code} ({title}) is een fout, geen waarschuwing: een fout kunt u niet erkennen, alleen oplossen.");

    public static Diagnostic StaleAcknowledgement(SourceLocation at, string code) =>
        Create(StaleAcknowledgementDescriptor, at,
            $"Deze erkenning van {code} erkent niets: de regel eronder heeft geen waarschuwing {code} (meer). Verwijder de erkenning, of zet haar direct boven de regel met de waarschuwing.")
            with { Edit = new SuggestedEdit(at.Span, string.Empty) };
}
