using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Characters that come with text pasted from a PDF (ZI1023–ZI1026): named, with what to write instead; and
/// characters that make a line read otherwise than it shows (ZI1035, ZI1036).
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor PastedCharacterDescriptor = Warning("ZI1023", "Teken uit een pdf");
    public static readonly DiagnosticDescriptor DashForThroughDescriptor = Error("ZI1024", "Streepje in plaats van t/m");
    public static readonly DiagnosticDescriptor InvisibleCharacterDescriptor = Error("ZI1025", "Onzichtbaar teken");
    public static readonly DiagnosticDescriptor UntilTimeDescriptor = Error("ZI1026", "'tot' voor een tijd");
    public static readonly DiagnosticDescriptor DirectionControlDescriptor = Warning("ZI1035", "Richtingteken in tekst of commentaar");
    public static readonly DiagnosticDescriptor MixedScriptNameDescriptor = Warning("ZI1036", "Naam met letters uit een ander schrift");

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

    /// <param name="character">"U+202E (right-to-left override)".</param>
    public static Diagnostic DirectionControl(SourceLocation at, string character) =>
        Create(DirectionControlDescriptor, at,
            $"Hier staat een onzichtbaar richtingteken: {character}. Het laat de regel in een andere volgorde zien dan hij gelezen wordt, zodat code eruit kan zien als commentaar of tekst (en omgekeerd). Verwijder het.")
            with { Edit = new SuggestedEdit(at.Span, string.Empty) };

    /// <param name="letters">The letters that are not Latin, each with its code point and script.</param>
    /// <param name="looksLike">The Latin name of the file this one looks like, if any.</param>
    /// <param name="latin">The name with every look-alike letter written in Latin.</param>
    public static Diagnostic MixedScriptName(SourceLocation at, string name, string letters, string? looksLike, string latin) =>
        Create(MixedScriptNameDescriptor, at, looksLike is not null
            ? $"De naam '{name}' lijkt op '{looksLike}', maar is een andere naam: hij bevat {letters}. Schrijf '{looksLike}' als u die bedoelt."
            : $"De naam '{name}' mengt Latijnse letters met {letters}; ze zien er hetzelfde uit maar zijn andere letters. Schrijf de naam in één schrift, bijvoorbeeld '{latin}'.");
}
