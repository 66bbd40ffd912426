using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI92xx: limits that keep a hostile or runaway file from crashing or stalling the tools.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NestingTooDeepDescriptor = Error("ZI9201", "Te diep genest");
    public static readonly DiagnosticDescriptor ReferenceChainTooLongDescriptor = Error("ZI9202", "Te lange keten van definities of eisen");

    public static Diagnostic NestingTooDeep(SourceLocation at, int maxBrackets, int maxLevels) =>
        Create(NestingTooDeepDescriptor, at,
            $"Het beleid is hier te diep genest: hoogstens {maxBrackets} haakjes in elkaar en {maxLevels} niveaus in totaal (haakjes, 'niet', eisen in eisen en lange ketens van 'en' of 'of' tellen mee). " +
            "Splits het op, bijvoorbeeld met een 'definitie' voor een deel van de voorwaarde. De rest van dit bestand is niet gecontroleerd.");

    public static Diagnostic ReferenceChainTooLong(SourceLocation at, string kind, string name, string limit) =>
        Create(ReferenceChainTooLongDescriptor, at,
            $"De {kind} '{name}' begint een te lange keten: hoogstens {limit}. " +
            "Maak de keten korter, bijvoorbeeld door een tussenliggende definitie of eisen rechtstreeks uit te schrijven; de rest van dit beleid is niet gecontroleerd.");
}
