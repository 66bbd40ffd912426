using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// A sentence written over several lines as adjacent texts (ZI1032, ZI1033): the pieces join with one space, so a
/// space of the author's own at the join, or two texts meant as two list items, would otherwise read otherwise than
/// the author meant.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor SpaceAtTextJoinDescriptor = Warning("ZI1032", "Spatie waar tekstdelen aansluiten");
    public static readonly DiagnosticDescriptor JoinedTextInListDescriptor = Error("ZI1033", "Twee teksten zonder scheidingsteken in een lijst");

    public static Diagnostic SpaceAtTextJoin(SourceLocation at, SuggestedEdit edit) =>
        Create(SpaceAtTextJoinDescriptor, at,
            "Tekstdelen na elkaar worden verbonden met precies één spatie; deze spatie aan het eind of begin van een deel komt daar niet bij. Laat haar weg.") with { Edit = edit };

    public static Diagnostic EmptyTextPiece(SourceLocation at) =>
        Create(SpaceAtTextJoinDescriptor, at,
            "Dit tekstdeel is leeg of bevat alleen spaties; het voegt niets toe aan de zin. Laat het weg.");

    public static Diagnostic JoinedTextInList(SourceLocation at, string joined) =>
        Create(JoinedTextInListDescriptor, at,
            $"Teksten na elkaar zijn één tekst (\"{joined}\"), ook in een lijst. Bedoelt u twee elementen, zet er dan een komma of ; tussen; is het één tekst, zet er haakjes om.");
}
