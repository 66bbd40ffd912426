using System.Text.Json;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>Runs <c>zorginkoop evaluate</c> in batch mode in-process on a policy and a facts file written to a temporary folder.</summary>
internal static class BatchCli
{
    public static (int ExitCode, string Output, string Error) Evaluate(string factsName, string facts, params string[] extra) =>
        EvaluatePolicy(BatchPolicy.Source, factsName, facts, extra);

    public static (int ExitCode, string Output, string Error) EvaluatePolicy(string policy, string factsName, string facts, params string[] extra)
    {
        using var folder = new TemporaryFolder();
        var policyPath = folder.Write("beleid.zip", policy);
        var factsPath = folder.Write(factsName, facts);
        return Cli.Run(["evaluate", policyPath, "--facts", factsPath, .. extra]);
    }

    public static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    public static string Outcome(JsonElement record, string set) => record.GetProperty("outcomes").GetProperty(set).GetString()!;
}
