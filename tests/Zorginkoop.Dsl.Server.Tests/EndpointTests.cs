using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// Every endpoint answers over the repository's policies/, and where the command line has the same question
/// (timeline, diff, addendum) the answer is the command line's, run from the served folder.
/// </summary>
[Collection(RepositoryServerCollection.Name)]
public class EndpointTests(RepositoryServer server)
{
    private static (int ExitCode, string Output) Command(params string[] args)
    {
        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. args], RepositoryPaths.Combine("policies"));
        Assert.True(exitCode is 0 or 1, error);
        return (exitCode, output);
    }

    [Fact]
    public async Task Health_lists_every_policy_serving()
    {
        var (status, body, type) = await Api.Get(server.Client, "/v1/health");
        Assert.Equal(200, status);
        Assert.Equal("application/json", type);
        Assert.Equal("ok", (string?)body["status"]);
        var ids = body["policies"]!.AsArray().Select(p => (string)p!["id"]!).ToList();
        Assert.Contains(Api.Huisartsen, ids);
        Assert.DoesNotContain(ids, id => id.EndsWith(".test", StringComparison.Ordinal));
        Assert.All(body["policies"]!.AsArray(), p => Assert.StartsWith("sha256:", (string?)p!["contentHash"]));
    }

    [Fact]
    public async Task Policies_lists_versions_sets_addenda_and_timelines()
    {
        var (status, body, _) = await Api.Get(server.Client, "/v1/policies");
        Assert.Equal(200, status);
        var policy = body["policies"]!.AsArray().Single(p => (string?)p!["id"] == Api.Huisartsen)!;
        Assert.Equal("vgz/huisartsenzorg-2026-2027.zip", (string?)policy["policy"]);
        Assert.True((bool)policy["serving"]!);
        Assert.Contains(policy["requirementSets"]!.AsArray(), s => (string?)s!["name"] == "Huisartsgeneeskundig");
        Assert.Contains(policy["addenda"]!.AsArray(), a => (string?)a!["name"] == "PohGgz");
        Assert.Contains(policy["timelines"]!.AsArray(), t => (string?)t!["name"] == "PlanningHuisartsgeneeskundig");
        Assert.Null((string?)policy["versions"]![0]!["date"]);
        Assert.True(policy["versions"]!.AsArray().Count > 1, "the huisartsen policy has amendments, so more than one version");

        var (oneStatus, one, _) = await Api.Get(server.Client, $"/v1/policies/{Api.Huisartsen}");
        Assert.Equal(200, oneStatus);
        Assert.True(JsonNode.DeepEquals(policy, one));
    }

    [Fact]
    public async Task Gegevens_describes_the_fields_the_form_asks()
    {
        var (status, body, _) = await Api.Get(server.Client, $"/v1/policies/{Api.Huisartsen}/gegevens?on=2026-01-01");
        Assert.Equal(200, status);
        var subject = (string)body["subject"]!;
        var fields = body["records"]![subject]!["fields"]!.AsArray();
        var soort = fields.Single(f => (string?)f!["name"] == "soort")!;
        Assert.Equal("choice", (string?)soort["type"]!["kind"]);
        Assert.Contains("Huisartsenpraktijk", soort["type"]!["choices"]!.AsArray().Select(c => (string?)c));
        Assert.Contains(fields, f => (string?)f!["type"]!["kind"] == "boolean");
        Assert.Contains(fields, f => (string?)f!["type"]!["kind"] == "list" && f["type"]!["element"]!["record"] is not null);
    }

    [Fact]
    public async Task Evaluate_streams_a_batch_one_line_per_record_in_order_with_error_records()
    {
        var good = JsonNode.Parse(Api.Example("huisartsenpraktijk-voldoet.json"))!.ToJsonString();
        var incomplete = JsonNode.Parse(Api.Example("huisartsenpraktijk-onvolledig.json"))!.ToJsonString();
        var batch = string.Join('\n', good, "", "{\"soort\": \"Nergens\"}", incomplete, "niet eens json") + "\n";
        var response = await server.Client.PostAsync($"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json(batch, "application/x-ndjson"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(4, lines.Count);

        var single = await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json(good));
        Assert.True(JsonNode.DeepEquals(single.Body, lines[0]), "a batch line is the single evaluation's document");
        Assert.Equal(2, (int)lines[1]["record"]!);
        Assert.Equal(3, (int)lines[1]["line"]!);
        Assert.Contains("Nergens", lines[1]["errors"]![0]!["message"]!.ToString());
        Assert.NotNull(lines[2]["requirementSets"]);
        Assert.Equal(4, (int)lines[3]["record"]!);
        Assert.Equal(5, (int)lines[3]["line"]!);
        Assert.All(new[] { lines[1], lines[3] }, e => Assert.All(e["errors"]!.AsArray(), x =>
        {
            Assert.StartsWith("ZI", (string?)x!["code"]);
            Assert.NotNull(x["field"]);
            Assert.False(string.IsNullOrEmpty((string?)x["message"]));
        }));
    }

    [Fact]
    public async Task Evaluate_with_set_gives_only_those_sets()
    {
        var (status, body, _) = await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01&set=Huisartsgeneeskundig", Api.Json(Api.Example("huisartsenpraktijk-voldoet.json")));
        Assert.Equal(200, status);
        Assert.Equal(["Huisartsgeneeskundig"], body["requirementSets"]!.AsArray().Select(s => (string)s!["name"]!));
    }

    [Fact]
    public async Task Addendum_answers_as_the_command_line()
    {
        var (_, expected) = Command("addendum", "vgz/huisartsenzorg-2026-2027.zip", "--name", "PohGgz", "--request-date", "2026-02-14", "--facts", "vgz/voorbeelden/huisartsenpraktijk-voldoet.json", "--format", "json");
        var (status, body, _) = await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/addenda/PohGgz?requestDate=2026-02-14", Api.Json(Api.Example("huisartsenpraktijk-voldoet.json")));
        Assert.Equal(200, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), body), $"--- command line\n{expected}\n--- API\n{body}");
    }

    [Fact]
    public async Task Timeline_answers_as_the_command_line_in_json_and_ics()
    {
        var (_, expected) = Command("timeline", "vgz/huisartsenzorg-2026-2027.zip", "--on", "2025-10-01", "--party", "Huisartsenpraktijken", "--format", "json");
        var (status, body, _) = await Api.Get(server.Client, $"/v1/policies/{Api.Huisartsen}/timeline?on=2025-10-01&party=Huisartsenpraktijken");
        Assert.Equal(200, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), body), $"--- command line\n{expected}\n--- API\n{body}");

        var (_, calendar) = Command("timeline", "vgz/huisartsenzorg-2026-2027.zip", "--on", "2025-10-01", "--party", "Huisartsenpraktijken", "--format", "ics");
        var response = await server.Client.GetAsync($"/v1/policies/{Api.Huisartsen}/timeline?on=2025-10-01&party=Huisartsenpraktijken&format=ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty);
        Assert.Equal(WithoutStamps(calendar), WithoutStamps(await response.Content.ReadAsStringAsync()));

        var byAccept = new HttpRequestMessage(HttpMethod.Get, $"/v1/policies/{Api.Huisartsen}/timeline?on=2025-10-01&party=Huisartsenpraktijken");
        byAccept.Headers.Accept.ParseAdd("text/calendar");
        Assert.Equal("text/calendar", (await server.Client.SendAsync(byAccept)).Content.Headers.ContentType?.MediaType);
    }

    private static string WithoutStamps(string ics) =>
        string.Join('\n', ics.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("DTSTAMP", StringComparison.Ordinal)));

    [Fact]
    public async Task Diff_answers_as_the_command_line()
    {
        var (_, expected) = Command("diff", "vgz/huisartsenzorg-2026-2027.zip", "--to", "2026-06-01", "--format", "json");
        var (status, body, _) = await Api.Get(server.Client, $"/v1/policies/{Api.Huisartsen}/diff?to=2026-06-01");
        Assert.Equal(200, status);
        Assert.Equal("vgz/huisartsenzorg-2026-2027.zip", (string?)body["new"]!["path"]); // the server names no path of its own machine
        var commandLine = JsonNode.Parse(expected)!;
        commandLine["old"]!["path"] = "vgz/huisartsenzorg-2026-2027.zip";
        commandLine["new"]!["path"] = "vgz/huisartsenzorg-2026-2027.zip";
        expected = commandLine.ToJsonString();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), body), $"--- command line\n{expected}\n--- API\n{body}");
    }

    [Fact]
    public async Task Document_is_the_published_html()
    {
        var response = await server.Client.GetAsync($"/v1/policies/{Api.Huisartsen}/document?on=2026-01-01");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Huisartsgeneeskundig\"", html);
    }

    [Fact]
    public async Task OpenApi_document_names_every_endpoint()
    {
        var (status, body, _) = await Api.Get(server.Client, "/openapi/v1.json");
        Assert.Equal(200, status);
        var paths = body["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/v1/health", "/v1/policies", "/v1/policies/{id}", "/v1/policies/{id}/gegevens", "/v1/policies/{id}/evaluate", "/v1/policies/{id}/addenda/{name}", "/v1/policies/{id}/timeline", "/v1/policies/{id}/diff", "/v1/policies/{id}/document" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Every_answer_carries_the_safety_headers()
    {
        var response = await server.Client.GetAsync("/v1/policies");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
