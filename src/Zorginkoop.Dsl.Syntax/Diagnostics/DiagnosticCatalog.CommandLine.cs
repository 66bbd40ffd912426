namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// ZI94xx: the command line itself, such as options that do not go together; ZI9302–ZI9304: what the argument
/// parser refuses (an unknown option, a required one left out, a value it cannot read), in Dutch. Names on the
/// command line that a policy does not declare keep ZI2001 (Names).
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor OptionsConflictDescriptor = Error("ZI9402", "Opties passen niet bij elkaar");
    public static readonly DiagnosticDescriptor UnknownCommandLineWordDescriptor = Error("ZI9302", "Onbekende opdracht of optie");
    public static readonly DiagnosticDescriptor MissingCommandLinePartDescriptor = Error("ZI9303", "Verplichte opdracht, optie of waarde ontbreekt");
    public static readonly DiagnosticDescriptor BadCommandLineValueDescriptor = Error("ZI9304", "Ongeldige waarde op de opdrachtregel");

    /// <param name="suggestion">The nearest option or command ("--facts"), if any is near enough.</param>
    public static Diagnostic UnknownCommandLineWord(string word, string? suggestion, string? value) =>
        Create(UnknownCommandLineWordDescriptor, null,
            $"{(word.StartsWith('-') ? "Onbekende optie" : "Onbekende opdracht of onbekend argument")} '{word}'{(value is null ? string.Empty : $" (met '{value}')")}."
            + (suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?"));

    public static Diagnostic MissingCommandLinePart(string message) => Create(MissingCommandLinePartDescriptor, null, message);

    public static Diagnostic BadCommandLineValue(string message) => Create(BadCommandLineValueDescriptor, null, message);

    public static Diagnostic FormatNotForBatch(string format) =>
        Create(OptionsConflictDescriptor, null, $"--format {format} is er niet voor een batch; kies jsonl of csv.");

    public static Diagnostic BatchOptionsWithoutBatch() =>
        Create(OptionsConflictDescriptor, null, "--output en --explain zijn er voor een batch (feiten in .jsonl of .csv, of --format jsonl|csv).");

    public static Diagnostic AddendumWithoutRequestDate() =>
        Create(OptionsConflictDescriptor, null, "--addendum vraagt ook --request-date (JJJJ-MM-DD): de datum van de aanvraag.");
}
