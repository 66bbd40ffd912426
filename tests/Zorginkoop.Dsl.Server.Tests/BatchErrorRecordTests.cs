using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>A record that cannot be read is the same error line from the server's NDJSON batch and from <c>zorginkoop evaluate</c> on a .jsonl file (one writer: Hosting/Output/BatchErrorRecord).</summary>
[Collection(RepositoryServerCollection.Name)]
public class BatchErrorRecordTests(RepositoryServer server)
{
    [Fact]
    public async Task The_server_and_the_command_line_write_one_error_record()
    {
        var good = JsonNode.Parse(Api.Example("huisartsenpraktijk-voldoet.json"))!.ToJsonString();
        var batch = good + "\n{\"soort\": \"Nergens\", \"fteHuisarts\": \"veel\"}\n";
        using var folder = new TemporaryFolder();
        var file = folder.Write("batch.jsonl", batch);
        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "evaluate", "vgz/huisartsenzorg-2026-2027.zip", "--facts", file, "--on", "2026-01-01"], RepositoryPaths.Combine("policies"));
        Assert.True(exitCode is 0 or 1, error);
        var commandLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];

        var response = await server.Client.PostAsync($"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json(batch, "application/x-ndjson"));
        var served = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];

        var expected = JsonNode.Parse(commandLine)!;
        Assert.Equal(["schemaVersion", "record", "line", "errors"], expected.AsObject().Select(p => p.Key));
        Assert.Equal(2, expected["errors"]!.AsArray().Count);
        Assert.Equal(["code", "field", "message"], expected["errors"]![0]!.AsObject().Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(served)), $"--- command line\n{commandLine}\n--- server\n{served}");
    }
}
