using System.Collections.Immutable;
using System.Reflection;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report, in one place. Codes are stable and never reused:
/// ZI1xxx syntax, ZI2xxx names, ZI3xxx types, ZI4xxx literals, ZI5xxx timelines and addenda,
/// ZI6xxx amendments, ZI7xxx scenarios, ZI8xxx facts, ZI9xxx files and internal errors.
/// Messages are Dutch because policy authors read them; each partial file holds one range.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new(() =>
    [
        .. typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);

    /// <summary>All descriptors, ordered by code; docs and tests check they are each documented and covered.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, DiagnosticSeverity.Warning, title);

    private const string SuggestionPrefix = " Bedoelde u '";

    private static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation? location, string message, params RelatedLocation[] related) =>
        new(descriptor, message, location, [.. related]) { Suggestion = SuggestionIn(message) };

    private static string Suggest(string? suggestion) => suggestion is null ? string.Empty : $"{SuggestionPrefix}{suggestion}'?";

    /// <summary>Recovers what <see cref="Suggest"/> put at the end of a message, so editors can offer it as a fix.</summary>
    private static string? SuggestionIn(string message)
    {
        var start = message.LastIndexOf(SuggestionPrefix, StringComparison.Ordinal);
        return start < 0 || !message.EndsWith("'?", StringComparison.Ordinal) ? null : message[(start + SuggestionPrefix.Length)..^2];
    }
}
