namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// A problem with supplied facts, naming the record and the field, in Dutch, with a stable code
/// (ZI8xxx, catalogued with the compiler's diagnostics). A warning (<see cref="IsWarning"/>) leaves the value read;
/// it travels on <see cref="FactRecord.Warnings"/>, never among the errors that stop an evaluation.
/// </summary>
public sealed record FactError(string Code, string Record, string Field, string Message, bool IsWarning = false)
{
    public override string ToString() => string.IsNullOrEmpty(Field)
        ? $"{Record}: {Severity} {Code}: {Message}"
        : $"{Record}, veld '{Field}': {Severity} {Code}: {Message}";

    private string Severity => IsWarning ? "warning" : "error";
}

/// <summary>The codes of <see cref="FactError"/>; kept equal to the catalogue's by a test.</summary>
public static class FactErrorCodes
{
    public const string InvalidJson = "ZI8001";
    public const string UnknownField = "ZI8002";
    public const string WrongType = "ZI8003";
    public const string UnknownChoice = "ZI8004";
    public const string InvalidDate = "ZI8005";
    public const string OutOfRange = "ZI8006";
    public const string NotAnObject = "ZI8007";
    public const string InvalidCsvRow = "ZI8008";
    public const string InvalidCsvHeader = "ZI8009";
    public const string RecordTooLong = "ZI8010";
    public const string InvalidText = "ZI8011";
    public const string AmbiguousNumber = "ZI8012";
    public const string DuplicateField = "ZI8013";
    public const string FractionAsPercentage = "ZI8014";
}
