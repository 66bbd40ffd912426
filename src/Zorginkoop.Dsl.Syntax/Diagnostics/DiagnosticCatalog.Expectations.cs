using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownJudgementWordsDescriptor = Error("ZI1045", "Onbekende woorden na 'niet voldaan'");

    /// <summary><c>verwacht X niet voldaan ter beoordelin</c>: only <c>ter beoordeling</c> (or in parentheses) may follow.</summary>
    public static Diagnostic UnknownJudgementWords(SourceLocation at, string written) =>
        Create(UnknownJudgementWordsDescriptor, at,
            $"Na 'niet voldaan' kan alleen 'ter beoordeling' staan, niet '{written}'. Schrijf 'verwacht … niet voldaan ter beoordeling' (niet voldaan, en een mens beslist: 'mag afwijken') of alleen 'niet voldaan'.");
}
