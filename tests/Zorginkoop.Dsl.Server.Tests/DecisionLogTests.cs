using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Server.Logging;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// The decision log: one complete JSON line per decision (time, kind, policy, versionDate, evaluationDate,
/// policyHash, factsHash, outcomes; record for a batch line), off by default, a line cut by a crash dropped on open,
/// and a log that cannot be written reported (ZI9611) without failing decisions.
/// </summary>
public class DecisionLogTests
{
    [Fact]
    public async Task Every_decision_is_one_complete_line_with_its_hashes_and_outcomes()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "log", "beslissingen.jsonl");
        using var factory = ServerFactory.OfRepository(change: o => o with { DecisionLog = path });
        var client = factory.CreateClient();
        var facts = Api.Example("huisartsenpraktijk-voldoet.json");
        var (_, document, _) = await Api.Post(client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-06-01", Api.Json(facts));
        var oneLine = JsonNode.Parse(facts)!.ToJsonString();
        await client.PostAsync($"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json(oneLine + "\n{\"soort\":1}\n" + oneLine + "\n", "application/x-ndjson"));
        await Api.Post(client, $"/v1/policies/{Api.Huisartsen}/addenda/PohGgz?requestDate=2026-02-14", Api.Json(facts));
        var (_, health, _) = await Api.Get(client, "/v1/health");
        Assert.True((bool)health["decisionLog"]!["enabled"]!);
        var policyHash = (string)health["policies"]!.AsArray().Single(p => (string?)p!["id"] == Api.Huisartsen)!["contentHash"]!;

        var text = File.ReadAllText(path);
        Assert.EndsWith("\n", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(4, lines.Count); // the bad batch record is no decision

        var first = lines[0];
        Assert.Equal(["time", "kind", "policy", "versionDate", "evaluationDate", "policyHash", "factsHash", "outcomes"], first.Select(p => p.Key));
        Assert.Equal("evaluate", (string?)first["kind"]);
        Assert.Equal(Api.Huisartsen, (string?)first["policy"]);
        Assert.Equal("2026-06-01", (string?)first["evaluationDate"]);
        Assert.NotNull((string?)first["versionDate"]);
        Assert.Equal(policyHash, (string?)first["policyHash"]);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(facts))), (string?)first["factsHash"]);
        Assert.True(DateTimeOffset.TryParse((string)first["time"]!, out _));
        var outcomes = document["requirementSets"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string)s!["outcome"]!);
        Assert.Equal(outcomes, first["outcomes"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!));

        Assert.Equal([1L, 3L], lines.Skip(1).Take(2).Select(l => (long)l["record"]!));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(oneLine))), (string?)lines[1]["factsHash"]);
        Assert.Equal("addendum", (string?)lines[3]["kind"]);
        Assert.Equal(["PohGgz"], lines[3]["outcomes"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task The_log_is_off_unless_asked_for()
    {
        using var factory = ServerFactory.OfRepository();
        var (_, health, _) = await Api.Get(factory.CreateClient(), "/v1/health");
        Assert.False((bool)health["decisionLog"]!["enabled"]!);
        Assert.False(factory.Services.GetService(typeof(DecisionLog)) is DecisionLog { Enabled: true });
    }

    [Fact]
    public void A_line_cut_short_by_a_crash_is_dropped_when_the_log_opens()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("log.jsonl", "{\"a\":1}\n{\"b\":2}\n{\"c\":");
        using (var log = new DecisionLog(path))
        {
            log.Write(new Decision("evaluate", "p", null, new DateOnly(2026, 1, 1), "sha256:00", "{}"u8.ToArray(), [new("S", "satisfied")]));
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => JsonNode.Parse(l));
        Assert.Equal("p", (string?)JsonNode.Parse(lines[2])!["policy"]);
        Assert.Null(JsonNode.Parse(lines[2])!["versionDate"]);
    }

    [Fact]
    public async Task A_log_that_cannot_be_written_is_reported_and_decisions_go_on()
    {
        // /dev/full takes the open and refuses every write (no space left), as a full disk does.
        Assert.True(File.Exists("/dev/full"), "the test runs on Linux, where CI runs");
        using var factory = ServerFactory.OfRepository(change: o => o with { DecisionLog = "/dev/full" });
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var (status, _, _) = await Api.Post(client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json(Api.Example("huisartsenpraktijk-voldoet.json")));
            Assert.Equal(200, status);
        }

        var (_, health, _) = await Api.Get(client, "/v1/health");
        Assert.Equal("ZI9611", (string?)health["decisionLog"]!["failure"]!["code"]);
        Assert.Single(factory.Logged, l => l.Contains("ZI9611", StringComparison.Ordinal)); // once, not per decision
    }
}
