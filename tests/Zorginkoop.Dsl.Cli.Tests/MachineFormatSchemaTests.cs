using System.Text.Json;
using Json.Schema;
using Zorginkoop.Dsl.Hosting.Output;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 17 point 9: every JSON document the command line writes has a published JSON Schema in docs/schemas and a
/// <c>schemaVersion</c>, and the real output of the real executable (a child process, as CI runs it) is valid
/// against it. The schemas forbid members they do not name, so an output that gains, loses or renames a member
/// fails here until its schema and docs/cli.md say so.
/// </summary>
public sealed class MachineFormatSchemaTests
{
    private const string Huisartsen = "policies/vgz/huisartsenzorg-2026-2027.zip";
    private const string TooFewFte = "policies/vgz/voorbeelden/huisartsenpraktijk-te-weinig-fte.json";

    private static readonly string[] SchemaNames = ["check", "evaluate", "addendum", "timeline", "diff", "batch-record"];

    private static readonly Lazy<SchemaRegistry> Registry = new(() =>
    {
        var registry = new SchemaRegistry();
        foreach (var name in SchemaNames)
        {
            var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath(name)), new BuildOptions { SchemaRegistry = registry });
            registry.Register(schema);
        }

        return registry;
    });

    [Fact]
    public void CheckJsonOfTheRealPoliciesMatchesItsSchema()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "check", "policies", "--format", "json");
        Assert.True(exit == 0, error);
        var document = AssertValid("check", output);
        Assert.NotEqual(0, document.GetProperty("acknowledged").GetArrayLength());
    }

    [Fact]
    public void CheckJsonWithErrorsAndAFileLevelFindingMatchesItsSchema()
    {
        using var folder = new TemporaryFolder();
        folder.Write("fout.zip", File.ReadAllText(RepositoryPaths.Combine("policies", "vgz", "algemene-minimumeisen.zip")).Replace("eisen AlgemeneMinimumeisen", "eisen AlgemeneMinimumeisen eisen", StringComparison.Ordinal));
        var (exit, output, _) = Cli.RunProcess(folder.Path, "check", "fout.zip", "ontbreekt.zip", "--format", "json");
        Assert.Equal(1, exit);
        var document = AssertValid("check", output);
        var diagnostics = document.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("file").GetString() == "ontbreekt.zip" && d.GetProperty("line").ValueKind == JsonValueKind.Null);
        Assert.Contains(diagnostics, d => d.GetProperty("file").GetString() == "fout.zip" && d.GetProperty("line").ValueKind == JsonValueKind.Number);
        Assert.DoesNotContain("\"file\": null", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateJsonMatchesItsSchema()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "evaluate", Huisartsen, "--facts", TooFewFte, "--on", "2026-01-01", "--format", "json");
        Assert.True(exit == 0, error);
        AssertValid("evaluate", output);
        Assert.Contains("\"sameAs\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AddendumJsonMatchesItsSchema()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "PohGgz", "--request-date", "2026-02-14", "--facts", "policies/vgz/voorbeelden/huisartsenpraktijk-voldoet.json", "--format", "json");
        Assert.True(exit == 0, error);
        AssertValid("addendum", output);

        (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "PohGgz", "--request-date", "2026-02-14", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.False(AssertValid("addendum", output).GetProperty("factsGiven").GetBoolean());

        // An addendum with terms and 'vereist overeenkomst A of B': contractAlternatives and terms filled in.
        (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "addendum", Huisartsen, "--name", "ServiceBereikbaarheidDigitalisering", "--request-date", "2026-02-14", "--facts", "policies/vgz/voorbeelden/huisartsenpraktijk-voldoet.json", "--format", "json");
        Assert.True(exit == 0, error);
        var service = AssertValid("addendum", output);
        Assert.Equal("onRequest", service.GetProperty("terms").GetProperty("offer").GetString());
        Assert.Equal(2, service.GetProperty("contractAlternatives").GetArrayLength());
    }

    [Fact]
    public void TimelineJsonMatchesItsSchema()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "timeline", "policies/vgz/medisch-specialistische-zorg-2027.zip", "--on", "2026-09-20", "--event", "offerte=2026-09-25", "--party", "Zorgaanbieder", "--format", "json");
        Assert.True(exit == 0, error);
        var document = AssertValid("timeline", output);
        Assert.NotEqual(0, document.GetProperty("timelines")[0].GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void TimelineJsonWithContinuousAndHalfYearRowsMatchesItsSchema()
    {
        // The VGZ huisartsenzorg planning has "gedurende het hele jaar" rows (kind "continuous") and "elk halfjaar".
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "timeline", "policies/vgz/huisartsenzorg-2026-2027.zip", "--on", "2026-09-20", "--format", "json");
        Assert.True(exit == 0, error);
        var document = AssertValid("timeline", output);
        var kinds = document.GetProperty("timelines").EnumerateArray().SelectMany(t => t.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Contains("continuous", kinds);
        Assert.Contains("recurring", kinds);
    }

    [Fact]
    public void DiffJsonOfTwoFilesAndOfTwoDatesMatchesItsSchema()
    {
        var (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "diff", "policies/vgz/medisch-specialistische-zorg-2026.zip", "policies/vgz/medisch-specialistische-zorg-2027.zip", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.NotEqual(0, AssertValid("diff", output).GetProperty("changes").GetArrayLength());

        (exit, output, error) = Cli.RunProcess(RepositoryPaths.Root, "diff", Huisartsen, "--from", "2025-08-01", "--to", "2025-10-01", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.NotEqual(0, AssertValid("diff", output).GetProperty("amendments").GetArrayLength());
    }

    [Fact]
    public void EveryLineOfAJsonlBatchMatchesItsSchemaWithAndWithoutExplanations()
    {
        using var folder = new TemporaryFolder();
        var facts = Directory.GetFiles(RepositoryPaths.Combine("policies", "vgz", "voorbeelden"), "huisartsenpraktijk-*.json")
            .Select(f => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .Append("{\"fteHuisarts\": \"veel\"}")
            .Append("[1, 2]");
        var factsPath = folder.Write("praktijken.jsonl", string.Join("\n", facts) + "\n");
        foreach (var extra in new[] { Array.Empty<string>(), ["--explain"] })
        {
            var (exit, output, _) = Cli.RunProcess(RepositoryPaths.Root, ["evaluate", Huisartsen, "--facts", factsPath, "--on", "2026-01-01", "--engine", "interpreter", .. extra]);
            Assert.Equal(1, exit); // two records have errors
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(5, lines.Length);
            foreach (var line in lines)
            {
                AssertValid("batch-record", line);
            }

            Assert.Equal(extra.Length == 1, lines[0].Contains("\"explanations\"", StringComparison.Ordinal));
        }
    }

    /// <summary>The validator is not vacuous: a document with a member renamed or a wrong value is refused.</summary>
    [Fact]
    public void TheSchemasRefuseAnOutputThatDrifted()
    {
        var (_, output, _) = Cli.RunProcess(RepositoryPaths.Root, "evaluate", Huisartsen, "--facts", TooFewFte, "--on", "2026-01-01", "--format", "json");
        Assert.False(Validate("evaluate", output.Replace("\"missingFacts\"", "\"missing\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Validate("evaluate", output.Replace("\"notSatisfied\"", "\"failed\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Validate("evaluate", output.Replace($"\"{SchemaVersions.Member}\": 1", $"\"{SchemaVersions.Member}\": 2", StringComparison.Ordinal)).IsValid);
    }

    /// <summary>Each schema pins the version the code writes, and docs/cli.md names every schema.</summary>
    [Fact]
    public void EachSchemaPinsTheVersionTheCodeWritesAndIsDocumented()
    {
        var versions = new Dictionary<string, int>
        {
            ["check"] = SchemaVersions.Check,
            ["evaluate"] = SchemaVersions.Evaluation,
            ["addendum"] = SchemaVersions.Addendum,
            ["timeline"] = SchemaVersions.Timeline,
            ["diff"] = SchemaVersions.Diff,
            ["batch-record"] = SchemaVersions.BatchRecord,
        };
        var onDisk = Directory.GetFiles(RepositoryPaths.Combine("docs", "schemas"), "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order().ToList();
        Assert.Equal(versions.Keys.Order(), onDisk);
        var cliDocs = File.ReadAllText(RepositoryPaths.Combine("docs", "cli.md"));
        foreach (var (name, version) in versions)
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath(name)));
            Assert.Equal(version, schema.RootElement.GetProperty("properties").GetProperty(SchemaVersions.Member).GetProperty("const").GetInt32());
            Assert.EndsWith($":{version}", schema.RootElement.GetProperty("$id").GetString());
            Assert.Contains($"schemas/{name}.schema.json", cliDocs, StringComparison.Ordinal);
        }
    }

    private static JsonElement AssertValid(string schema, string json)
    {
        var results = Validate(schema, json);
        Assert.True(results.IsValid, $"Output does not match docs/schemas/{schema}.schema.json:\n{Describe(results)}\n{Shorten(json)}");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(SchemaVersions.Member, root.EnumerateObject().First().Name);
        return root;
    }

    private static EvaluationResults Validate(string schema, string json)
    {
        var registry = Registry.Value;
        var compiled = (JsonSchema)registry.Get(new Uri($"urn:zorginkoop:schemas:{schema}:1"))!;
        using var document = JsonDocument.Parse(json);
        return compiled.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")).Take(20));

    private static string Shorten(string json) => json.Length <= 2000 ? json : json[..2000] + "…";

    private static string SchemaPath(string name) => RepositoryPaths.Combine("docs", "schemas", name + ".schema.json");
}
