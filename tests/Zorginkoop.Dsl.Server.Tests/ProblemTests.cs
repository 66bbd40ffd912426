using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// Every problem the server answers is RFC 9457 problem details in Dutch carrying the catalogue code: ZI9601–ZI9611,
/// and the catalogue codes of facts that cannot be read, sets and addenda that do not exist.
/// </summary>
[Collection(RepositoryServerCollection.Name)]
public class ProblemTests(RepositoryServer server)
{
    [Fact]
    public async Task ZI9601_unknown_policy_suggests_the_nearest()
    {
        var body = Api.AssertProblem(404, "ZI9601", await Api.Get(server.Client, "/v1/policies/vgz.huisartsenzorg-2026-2028/gegevens"));
        Assert.Contains("Bedoelde u 'vgz.huisartsenzorg-2026-2027'?", (string?)body["detail"]);
        Assert.Equal("/v1/policies/vgz.huisartsenzorg-2026-2028/gegevens", (string?)body["instance"]);
    }

    [Theory]
    [InlineData("/v1/policies/vgz.huisartsenzorg-2026-2027/gegevens?on=1-1-2026", "'on'")]
    [InlineData("/v1/policies/vgz.huisartsenzorg-2026-2027/timeline?on=2026-01-01&time=25u", "'time'")]
    [InlineData("/v1/policies/vgz.huisartsenzorg-2026-2027/diff?from=gisteren", "'from'")]
    public async Task ZI9602_a_wrong_query_parameter_is_named(string url, string named)
    {
        var body = Api.AssertProblem(400, "ZI9602", await Api.Get(server.Client, url));
        Assert.Contains(named, (string?)body["detail"]);
    }

    [Fact]
    public async Task ZI9602_an_addendum_needs_its_request_date()
    {
        var body = Api.AssertProblem(400, "ZI9602", await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/addenda/PohGgz", Api.Json("{}")));
        Assert.Contains("requestDate", (string?)body["detail"]);
    }

    [Fact]
    public async Task ZI9603_a_body_over_the_limit_is_refused_and_a_batch_line_over_it_ends_the_batch()
    {
        using var factory = ServerFactory.OfRepository(change: o => o with { MaxRequestBytes = 256 });
        var client = factory.CreateClient();
        Api.AssertProblem(413, "ZI9603", await Api.Post(client, $"/v1/policies/{Api.Huisartsen}/evaluate", Api.Json(Api.Example("huisartsenpraktijk-voldoet.json"))));

        var line = JsonNode.Parse(Api.Example("huisartsenpraktijk-voldoet.json"))!.ToJsonString();
        var response = await client.PostAsync($"/v1/policies/{Api.Huisartsen}/evaluate", Api.Json("{\"soort\": \"RHO\"}\n" + line + "\n{}\n", "application/x-ndjson"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(2, lines.Count);
        Assert.NotNull(lines[0]["requirementSets"]);
        Assert.Equal("ZI9603", (string?)lines[1]["errors"]![0]!["code"]);
        Assert.Equal(2, (int)lines[1]["record"]!);
    }

    [Fact]
    public async Task ZI9604_the_time_limit_answers_with_a_problem_that_names_it()
    {
        // The limit itself is ASP.NET Core's request-timeout middleware; what the server adds is its policy and answer.
        using var factory = ServerFactory.OfRepository(change: o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var policy = factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy!;
        Assert.Equal(TimeSpan.FromMilliseconds(300), policy.Timeout);
        Assert.Equal(504, policy.TimeoutStatusCode);
        var body = Api.AssertProblem(504, "ZI9604", await Answer(context => policy.WriteTimeoutResponse!(context)));
        Assert.Contains("0,3 seconden", (string?)body["detail"]);
    }

    [Fact]
    public async Task ZI9605_a_full_server_says_busy_and_when_to_retry_but_health_has_no_limit()
    {
        using var factory = ServerFactory.OfRepository(change: o => o with { MaxConcurrentRequests = 1, QueueLimit = 0 });
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value;
        Assert.Equal(503, limiter.RejectionStatusCode);
        var decision = Request("/v1/policies/vgz.huisartsenzorg-2026-2027/evaluate");
        using var first = limiter.GlobalLimiter!.AttemptAcquire(decision);
        Assert.True(first.IsAcquired);
        using var second = limiter.GlobalLimiter.AttemptAcquire(Request("/v1/policies"));
        Assert.False(second.IsAcquired, "one request at a time and no queue: the second is refused");
        using var health = limiter.GlobalLimiter.AttemptAcquire(Request("/v1/health"));
        Assert.True(health.IsAcquired, "health is never limited, so a load balancer sees a busy server as alive");

        var rejected = Request("/v1/policies");
        var answer = await Answer(context => limiter.OnRejected!(new OnRejectedContext { HttpContext = context, Lease = second }, CancellationToken.None).AsTask(), rejected);
        Api.AssertProblem(503, "ZI9605", answer);
        Assert.Equal("1", rejected.Response.Headers.RetryAfter.ToString());
    }

    private static DefaultHttpContext Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonNode Body, string Type)> Answer(Func<HttpContext, Task> write, DefaultHttpContext? context = null)
    {
        context ??= Request("/v1/policies/vgz.huisartsenzorg-2026-2027/evaluate");
        await write(context);
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (context.Response.StatusCode, JsonNode.Parse(text)!, context.Response.ContentType!.Split(';')[0]);
    }

    [Fact]
    public async Task ZI9607_a_policy_that_never_checked_is_not_served_and_health_fails()
    {
        using var folder = new TemporaryFolder();
        folder.Write("kapot.zip", SmallPolicies.Broken);
        using var factory = new ServerFactory(new ServerOptions { Folder = folder.Path, Engine = Hosting.Engine.Interpreter, Watch = false });
        var client = factory.CreateClient();
        Api.AssertProblem(503, "ZI9607", await Api.Post(client, "/v1/policies/kapot/evaluate", Api.Json(SmallPolicies.Facts)));

        var (status, health, _) = await Api.Get(client, "/v1/health");
        Assert.Equal(503, status);
        Assert.Equal("failing", (string?)health["status"]);
        var failure = health["policies"]![0]!["failure"]!;
        Assert.Equal("ZI9607", (string?)failure["code"]);
        var diagnostic = failure["diagnostics"]!.AsArray().First(d => (string?)d!["severity"] == "error")!;
        Assert.Equal("kapot.zip", (string?)diagnostic["file"]);
        Assert.Equal(5, (int)diagnostic["line"]!);
    }

    [Fact]
    public async Task ZI9608_a_body_of_another_kind_is_refused()
    {
        var body = Api.AssertProblem(415, "ZI9608", await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/evaluate", Api.Json("soort=RHO", "text/plain")));
        Assert.Contains("text/plain", (string?)body["detail"]);
        Api.AssertProblem(415, "ZI9608", await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/addenda/PohGgz?requestDate=2026-02-14", Api.Json("{}", "application/x-ndjson")));
    }

    [Fact]
    public async Task ZI9609_two_files_with_one_id_are_reported_in_health()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a/b.zip", SmallPolicies.Praktijk());
        folder.Write("a.b.zip", SmallPolicies.Praktijk());
        using var factory = new ServerFactory(new ServerOptions { Folder = folder.Path, Engine = Hosting.Engine.Interpreter, Watch = false });
        var (_, health, _) = await Api.Get(factory.CreateClient(), "/v1/health");
        var problem = health["folder"]!.AsArray().Single()!;
        Assert.Equal("ZI9609", (string?)problem["code"]);
        Assert.Equal("warning", (string?)problem["severity"]);
        Assert.False(problem.AsObject().ContainsKey("file"), "a folder problem has no file; null is left out");
        Assert.Single(health["policies"]!.AsArray());
    }

    [Fact]
    public async Task Facts_that_cannot_be_read_are_422_with_record_and_field()
    {
        var body = Api.AssertProblem(422, "ZI8004", await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01", Api.Json("{\"soort\": \"Nergens\"}")));
        Assert.Equal("verzoek", (string?)body["record"]);
        Assert.Equal("soort", (string?)body["field"]);
        Assert.All(body["errors"]!.AsArray(), e => Assert.NotNull(e!["code"]));
    }

    [Fact]
    public async Task An_unknown_set_or_addendum_is_named_with_its_catalogue_code()
    {
        var set = await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/evaluate?on=2026-01-01&set=Huisartsgeneeskundg", Api.Json(Api.Example("huisartsenpraktijk-voldoet.json")));
        Assert.Equal(400, set.Status);
        Assert.Contains("Huisartsgeneeskundig", (string?)set.Body["detail"]);
        var addendum = await Api.Post(server.Client, $"/v1/policies/{Api.Huisartsen}/addenda/PohGz?requestDate=2026-02-14", Api.Json("{}"));
        Assert.Equal(404, addendum.Status);
        Assert.Contains("PohGgz", (string?)addendum.Body["detail"]);
        Assert.Equal("application/problem+json", addendum.Type);
    }

    [Fact]
    public async Task A_policy_without_timelines_says_so()
    {
        Api.AssertProblem(404, "ZI9010", await Api.Get(server.Client, "/v1/policies/vgz.algemene-minimumeisen/timeline?on=2026-01-01"));
    }
}
