using System.Text.Json;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Semantics.Versions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>The documented JSON form of <c>zorginkoop diff</c> (see docs/language.md, "zorginkoop diff").</summary>
public static class DiffJsonWriter
{
    public static void Write(TextWriter output, PolicyDiff diff)
    {
        var root = new JsonObject
        {
            ["old"] = Version(diff.Old),
            ["new"] = Version(diff.New),
            ["amendments"] = new JsonArray([.. diff.AmendmentsBetween.Select(a => (JsonNode)new JsonObject
            {
                ["date"] = a.EffectiveDate?.ToString("yyyy-MM-dd"),
                ["title"] = a.Title,
                ["reason"] = a.Reason,
                ["consequence"] = a.Consequence,
            })]),
            ["changes"] = new JsonArray([.. diff.Changes.Select(c => (JsonNode)Change(c))]),
        }.Versioned(SchemaVersions.Diff);
        output.WriteLine(root.ToJsonString(JsonOutput.Indented));
    }

    private static JsonObject Version(PolicyVersionInfo version) => new()
    {
        ["path"] = version.Path,
        ["title"] = version.Title,
        ["firstYear"] = version.FirstYear,
        ["lastYear"] = version.LastYear,
        ["asOf"] = version.AsOf?.ToString("yyyy-MM-dd"),
    };

    private static JsonObject Change(PolicyChange change) => new()
    {
        ["kind"] = ChangeWords.Code(change.Kind),
        ["element"] = ChangeWords.Code(change.Element),
        ["path"] = change.Path,
        ["context"] = change.Context,
        ["old"] = Side(change.Old),
        ["new"] = Side(change.New),
        ["values"] = new JsonArray([.. change.Values.Select(v => (JsonNode)new JsonObject { ["label"] = v.Label, ["old"] = v.Old, ["new"] = v.New })]),
        ["notes"] = new JsonArray([.. change.Notes.Select(n => (JsonNode)JsonValue.Create(n))]),
    };

    private static JsonObject? Side(ChangeSide? side) => side is null ? null : new JsonObject
    {
        ["text"] = side.Text,
        ["logic"] = side.Logic,
        ["location"] = Location(side.Location),
    };

    private static JsonObject? Location(SourceLocation? location) => location is null ? null : new JsonObject
    {
        ["file"] = location.Path,
        ["line"] = location.Start.Line + 1,
        ["column"] = location.Start.Character + 1,
    };
}
