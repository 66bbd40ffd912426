using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>Characters that come with text pasted from a PDF (ZI1023–ZI1026): named, with what to write instead.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor PastedCharacterDescriptor = Warning("ZI1023", "Teken uit een pdf");
    public static readonly DiagnosticDescriptor DashForThroughDescriptor = Error("ZI1024", "Streepje in plaats van t/m");
    public static readonly DiagnosticDescriptor InvisibleCharacterDescriptor = Error("ZI1025", "Onzichtbaar teken");
    public static readonly DiagnosticDescriptor UntilTimeDescriptor = Error("ZI1026", "'tot' voor een tijd");

    /// <param name="character">How the author knows the character: "vaste spatie (U+00A0)".</param>
    public static Diagnostic PastedCharacter(SourceLocation at, string character, string write, SuggestedEdit edit) =>
        Create(PastedCharacterDescriptor, at, $"Hier staat een {character}; zo'n teken komt vaak mee met tekst uit een pdf. Het is gelezen als {write}. Schrijf {write}.") with { Edit = edit };

    public static Diagnostic PastedQuotes(SourceLocation at, string quotes, SuggestedEdit edit) =>
        Create(PastedCharacterDescriptor, at, $"Deze tekst staat tussen gekrulde aanhalingstekens ({quotes}), zoals in een pdf; ze zijn gelezen als rechte. Schrijf rechte aanhalingstekens (\").") with { Edit = edit };

    /// <param name="dash">"en dash (U+2013)" or "em dash (U+2014)".</param>
    public static Diagnostic DashForThrough(SourceLocation at, string dash, SuggestedEdit? edit) =>
        Create(DashForThroughDescriptor, at, edit is null
            ? $"Hier staat een {dash}. Schrijf 't/m' voor een periode (1 april 2026 t/m 29 mei 2026) of '-' voor min."
            : $"Hier staat een {dash} tussen twee datums. Schrijf 't/m' voor een periode: 1 april 2026 t/m 29 mei 2026.") with { Edit = edit };

    public static Diagnostic InvisibleCharacter(SourceLocation at, string character) =>
        Create(InvisibleCharacterDescriptor, at, $"Hier staat een onzichtbaar teken: {character}; zo'n teken komt vaak mee met tekst uit een pdf. Verwijder het.")
            with { Edit = new SuggestedEdit(at.Span, string.Empty) };

    public static Diagnostic UntilTime(SourceLocation at, string time) =>
        Create(UntilTimeDescriptor, at,
            $"'tot {time}' kent de taal niet. Een tijd staat direct na de datum (uiterlijk 19 december 2025 {time}); een periode eindigt met 'vóór {time}' (1 april 2026 t/m 29 mei 2026 vóór {time}).");
}
