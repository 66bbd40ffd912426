using System.Text;
using System.Text.Json;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>One error of a batch output record.</summary>
internal sealed record RecordError(string Code, string Field, string Message);

/// <summary>A batch of facts through <c>zorginkoop evaluate --facts</c> on <see cref="FactsPolicy"/>, with the output records read back.</summary>
internal static class FactBatch
{
    public static (int ExitCode, List<JsonElement> Records, string Error) Run(string factsName, string facts, params string[] extra) =>
        Run(factsName, Encoding.UTF8.GetBytes(facts), extra);

    public static (int ExitCode, List<JsonElement> Records, string Error) Run(string factsName, byte[] facts, params string[] extra)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", FactsPolicy.Text);
        var path = folder.WriteBytes(factsName, facts);
        var (exitCode, output, error) = CommandLine.Run(["evaluate", policy, "--facts", path, "--format", "jsonl", "--engine", "interpreter", "--on", "2026-03-01", .. extra]);
        return (exitCode, [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())], error);
    }

    public static string Outcome(JsonElement record, string set) =>
        record.TryGetProperty("outcomes", out var outcomes) ? outcomes.GetProperty(set).GetString()! : $"errors: {record}";

    public static IReadOnlyList<RecordError> Errors(JsonElement record) =>
        record.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => new RecordError(
                e.GetProperty("code").GetString()!,
                e.TryGetProperty("field", out var field) ? field.GetString()! : string.Empty,
                e.GetProperty("message").GetString()!))]
            : [];

    /// <summary>No internal error, stack trace or framework message: what every bad fact must avoid.</summary>
    public static void AssertNoInternalError(string text)
    {
        Assert.DoesNotContain("ZI9003", text);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("Cannot ", text);
    }
}

/// <summary>A single facts file for <c>evaluate</c> or <c>addendum</c> on <see cref="SamplePolicy"/>.</summary>
internal static class SingleFacts
{
    public static (int ExitCode, string Output, string Error) Run(string command, string facts) => Run(command, Encoding.UTF8.GetBytes(facts));

    public static (int ExitCode, string Output, string Error) Run(string command, byte[] facts)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", SamplePolicy.Text);
        var path = folder.WriteBytes("feiten.json", facts);
        return CommandLine.Run(SamplePolicy.Arguments(command, policy, path, folder.Path, policy));
    }
}
