using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor ImpossibleDateDescriptor = Error("ZI4001", "Datum bestaat niet");
    public static readonly DiagnosticDescriptor InvalidTimeDescriptor = Error("ZI4002", "Tijd bestaat niet");
    public static readonly DiagnosticDescriptor NumberOutOfRangeDescriptor = Error("ZI4003", "Getal is te groot");
    public static readonly DiagnosticDescriptor InvalidPeriodDescriptor = Error("ZI4004", "Ongeldige looptijd");

    public static Diagnostic ImpossibleDate(SourceLocation at, string text, string reason) =>
        Create(ImpossibleDateDescriptor, at, $"'{text}' bestaat niet: {reason}.");

    public static Diagnostic InvalidTime(SourceLocation at, string text) =>
        Create(InvalidTimeDescriptor, at, $"'{text}' is geen tijd; uren lopen van 0 tot en met 23 en minuten van 00 tot en met 59.");

    public static Diagnostic NumberOutOfRange(SourceLocation at, string text) =>
        Create(NumberOutOfRangeDescriptor, at, $"'{text}' is te groot om mee te rekenen.");

    public static Diagnostic InvalidPeriod(SourceLocation at, string text, string reason) =>
        Create(InvalidPeriodDescriptor, at, $"Looptijd '{text}' klopt niet: {reason}.");
}
