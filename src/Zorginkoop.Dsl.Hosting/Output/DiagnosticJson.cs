using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>One diagnostic as JSON: the element of <c>check --format json</c>'s <c>diagnostics</c>, and of the server's problems and health.</summary>
public static class DiagnosticJson
{
    /// <summary>
    /// As docs/cli.md documents <c>check --format json</c>: a finding about a file without a position (a file that
    /// cannot be read) has that file and null positions; a finding about no file has no <c>file</c> member, never
    /// <c>"file": null</c>.
    /// </summary>
    public static JsonObject Item(Diagnostic d)
    {
        var item = new JsonObject
        {
            ["code"] = d.Code,
            ["severity"] = Severity(d.Severity),
            ["message"] = d.Message,
            ["file"] = d.Location?.Path ?? d.File,
            ["line"] = d.Location is null ? null : d.Location.Start.Line + 1,
            ["column"] = d.Location is null ? null : d.Location.Start.Character + 1,
            ["endLine"] = d.Location is null ? null : d.Location.End.Line + 1,
            ["endColumn"] = d.Location is null ? null : d.Location.End.Character + 1,
            ["related"] = new JsonArray([.. d.Related.Select(r => (JsonNode)new JsonObject
            {
                ["message"] = r.Message,
                ["file"] = r.Location.Path,
                ["line"] = r.Location.Start.Line + 1,
                ["column"] = r.Location.Start.Character + 1,
            })]),
        };
        if (item["file"] is null)
        {
            item.Remove("file");
        }

        return item;
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
