using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// Writes diagnostics as text (file(line,col): error ZI…: …), JSON, or SARIF 2.1.0 for code-scanning tools: the one
/// way every command prints a finding. Text from a policy or from facts never reaches the terminal raw
/// (<see cref="TerminalText"/>); JSON escapes control characters itself.
/// </summary>
public static class DiagnosticWriter
{
    /// <summary>One diagnostic per place, even when a shared file is checked through several policies.</summary>
    public static IReadOnlyList<Diagnostic> Distinct(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.ToString()).Select(g => g.First())
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? -1)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Acknowledged warnings once each (a shared file is checked through every policy that uses it), in file order.</summary>
    public static IReadOnlyList<AcknowledgedDiagnostic> Distinct(IEnumerable<AcknowledgedDiagnostic> acknowledged) =>
        acknowledged.GroupBy(a => a.ToString() + a.Warning.Message).Select(g => g.First())
            .OrderBy(a => a.Warning.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(a => a.Warning.Location?.Span.Start ?? -1)
            .ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();

    /// <param name="acknowledged">Warnings acknowledged in the source (<c>// erkend …</c>): listed in a summary of their own, not counted as warnings.</param>
    public static void Write(TextWriter output, string format, IReadOnlyList<Diagnostic> diagnostics, int fileCount, IReadOnlyList<AcknowledgedDiagnostic>? acknowledged = null)
    {
        acknowledged ??= [];
        switch (format)
        {
            case "json":
                output.WriteLine(ToJson(diagnostics, fileCount, acknowledged).ToJsonString(JsonOutput.Indented));
                break;
            case "sarif":
                output.WriteLine(SarifWriter.ToSarif(diagnostics, Environment.CurrentDirectory, acknowledged).ToJsonString(JsonOutput.Indented));
                break;
            default:
                WriteText(output, diagnostics, fileCount, acknowledged);
                break;
        }
    }

    /// <summary>Findings of a command on its way (a bad option, a name the policy lacks): a line each, no summary.</summary>
    public static void WriteLines(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteLine(output, diagnostic);
        }
    }

    public static void WriteLine(TextWriter output, Diagnostic diagnostic)
    {
        output.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        foreach (var related in diagnostic.Related)
        {
            output.WriteLine(TerminalText.Escape($"    zie {related.Location.ToDisplayString()}: {related.Message}"));
        }
    }

    /// <summary>Facts that cannot be read: the same line form, with the record and field instead of a position.</summary>
    public static void WriteLines(TextWriter output, IEnumerable<FactError> errors)
    {
        foreach (var error in errors)
        {
            output.WriteLine(TerminalText.Escape(error.ToString()));
        }
    }

    private static void WriteText(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int fileCount, IReadOnlyList<AcknowledgedDiagnostic> acknowledged)
    {
        WriteLines(output, diagnostics);

        if (acknowledged.Count > 0)
        {
            output.WriteLine($"Erkende waarschuwingen ({acknowledged.Count}):");
            foreach (var item in acknowledged)
            {
                output.WriteLine(TerminalText.Escape($"  {item}"));
                output.WriteLine(TerminalText.Escape($"    {item.Warning.Message}"));
            }
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{fileCount} {(fileCount == 1 ? "bestand" : "bestanden")} gecontroleerd: {errors} {(errors == 1 ? "fout" : "fouten")}, {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}{(acknowledged.Count == 0 ? string.Empty : $", {acknowledged.Count} erkend")}.");
    }

    private static JsonObject ToJson(IReadOnlyList<Diagnostic> diagnostics, int fileCount, IReadOnlyList<AcknowledgedDiagnostic> acknowledged) => new()
    {
        [SchemaVersions.Member] = SchemaVersions.Check,
        ["files"] = fileCount,
        ["errors"] = diagnostics.Count(d => d.IsError),
        ["warnings"] = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        ["acknowledged"] = new JsonArray([.. acknowledged.Select(a => (JsonNode)new JsonObject
        {
            ["code"] = a.Code,
            ["file"] = a.Warning.Location?.Path,
            ["line"] = a.Warning.Location is null ? null : a.Warning.Location.Start.Line + 1,
            ["column"] = a.Warning.Location is null ? null : a.Warning.Location.Start.Character + 1,
            ["reason"] = a.Reason,
            ["message"] = a.Warning.Message,
            ["acknowledgementLine"] = a.Comment.Start.Line + 1,
        })]),
        ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)DiagnosticJson.Item(d))]),
    };
}
