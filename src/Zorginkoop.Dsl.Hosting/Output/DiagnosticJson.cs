using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>One diagnostic as JSON: the element of <c>check --format json</c>'s <c>diagnostics</c>, and of the server's problems and health.</summary>
public static class DiagnosticJson
{
    public static JsonObject Item(Diagnostic d) => new()
    {
        ["code"] = d.Code,
        ["severity"] = Severity(d.Severity),
        ["message"] = d.Message,
        ["file"] = d.Location?.Path,
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

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
