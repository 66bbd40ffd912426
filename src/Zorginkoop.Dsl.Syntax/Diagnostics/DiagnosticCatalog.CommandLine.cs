namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// ZI94xx: the command line itself, such as options that do not go together. Names on the command line that a
/// policy does not declare keep ZI2001 (Names).
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor OptionsConflictDescriptor = Error("ZI9402", "Opties passen niet bij elkaar");

    public static Diagnostic FormatNotForBatch(string format) =>
        Create(OptionsConflictDescriptor, null, $"--format {format} is er niet voor een batch; kies jsonl of csv.");

    public static Diagnostic BatchOptionsWithoutBatch() =>
        Create(OptionsConflictDescriptor, null, "--output en --explain zijn er voor een batch (feiten in .jsonl of .csv, of --format jsonl|csv).");

    public static Diagnostic AddendumWithoutRequestDate() =>
        Create(OptionsConflictDescriptor, null, "--addendum vraagt ook --request-date (JJJJ-MM-DD): de datum van de aanvraag.");
}
