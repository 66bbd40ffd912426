using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>ZI92xx: limits that keep a hostile or runaway file from crashing or stalling the tools.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor NestingTooDeepDescriptor = Error("ZI9201", "Te diep genest");

    public static Diagnostic NestingTooDeep(SourceLocation at, int maxBrackets, int maxLevels) =>
        Create(NestingTooDeepDescriptor, at,
            $"Het beleid is hier te diep genest: hoogstens {maxBrackets} haakjes in elkaar en {maxLevels} niveaus in totaal (haakjes, 'niet', eisen in eisen en lange ketens van 'en' of 'of' tellen mee). " +
            "Splits het op, bijvoorbeeld met een 'definitie' voor een deel van de voorwaarde. De rest van dit bestand is niet gecontroleerd.");
}
