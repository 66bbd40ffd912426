using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// One evaluation through the API gives the same document as <c>zorginkoop evaluate --format json</c>, for every
/// example provider in policies/vgz/voorbeelden/: the command each <c>.verwacht.txt</c> names on its first line, run
/// from the served folder (so both name the files alike), against <c>POST /v1/policies/{id}/evaluate?on=…</c>.
/// </summary>
[Collection(RepositoryServerCollection.Name)]
public class EvaluateEqualsCommandLineTests(RepositoryServer server)
{
    public sealed record ExampleRun(string Name, string PolicyPath, string PolicyId, string FactsPath, string On);

    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("policies", "vgz", "voorbeelden"), "*.verwacht.txt").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];

    /// <summary>Reads the command of an example: <c># evaluate ../policy.zip --facts f.json --on yyyy-mm-dd</c>.</summary>
    public static ExampleRun Read(string expectedFile)
    {
        var folder = RepositoryPaths.Combine("policies", "vgz", "voorbeelden");
        var words = File.ReadLines(Path.Combine(folder, expectedFile)).First().TrimStart('#', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("evaluate", words[0]);
        string Option(string name) => words[Array.IndexOf(words, name) + 1];
        var root = RepositoryPaths.Combine("policies");
        var policy = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(folder, words[1]))).Replace('\\', '/');
        var facts = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(folder, Option("--facts")))).Replace('\\', '/');
        return new ExampleRun(expectedFile[..^".verwacht.txt".Length], policy, policy[..^".zip".Length].Replace('/', '.'), facts, Option("--on"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_API_gives_the_document_of_evaluate_format_json(string expectedFile)
    {
        var run = Read(expectedFile);
        var root = RepositoryPaths.Combine("policies");
        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "evaluate", run.PolicyPath, "--facts", run.FactsPath, "--on", run.On, "--format", "json"], root);
        Assert.True(exitCode is 0 or 1, error);

        var response = await server.Client.PostAsync($"/v1/policies/{run.PolicyId}/evaluate?on={run.On}", Api.Json(File.ReadAllText(Path.Combine(root, run.FactsPath))));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);

        var expected = JsonNode.Parse(output)!;
        var actual = JsonNode.Parse(text)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), $"API and command line differ for {run.Name}.\n--- zorginkoop evaluate\n{output}\n--- API\n{text}");
        Assert.NotEmpty(actual["requirementSets"]!.AsArray());
    }
}
