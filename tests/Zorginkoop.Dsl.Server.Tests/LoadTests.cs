using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// Issue 18: a bounded load test on loopback. The server as <c>zorginkoop serve</c> builds it, on Kestrel at
/// 127.0.0.1 (not the test server), takes a fixed number of single evaluations, eight at a time, of the example
/// providers: none may fail, and each answer must be, byte for byte, the document <c>evaluate --format json</c>
/// writes for those facts (made here in process by the same session and writer). Bounded in count and in time.
/// The 60-second figures (requests/s, p50/p99, memory) are the <c>serve-load</c> benchmark's (docs/benchmarks.md).
/// </summary>
public class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 2000;
    private const int Concurrency = 8;

    [Fact]
    public async Task Two_thousand_evaluations_eight_at_a_time_on_loopback_all_answer_the_expected_document()
    {
        var root = RepositoryPaths.Combine("policies");
        var examples = Directory.GetFiles(Path.Combine(root, "vgz", "voorbeelden"), "*.verwacht.txt").Order(StringComparer.Ordinal)
            .Select(p => EvaluateEqualsCommandLineTests.Read(Path.GetFileName(p))).ToList();
        var cases = examples.Select(run =>
        {
            var body = File.ReadAllText(Path.Combine(root, run.FactsPath));
            var date = DateOnly.Parse(run.On, System.Globalization.CultureInfo.InvariantCulture);
            // Files named from the served folder, as the server and `evaluate` run in it name them.
            var published = EvaluationSession.Open(Path.Combine(root, run.PolicyPath), Engine.Interpreter, sources: new FileSystemSourceProvider(root, displayRoot: root));
            var session = EvaluationSession.Open(published.Policy.VersionOn(date), Engine.Interpreter);
            var facts = FactReader.Parse(body, session.Subject!, "verzoek").Facts!;
            var expected = EvaluationJsonWriter.Document(run.PolicyPath, date, session.Evaluate([], facts, new EvaluationInputs(date))).ToJsonString(JsonOutput.Indented);
            return (Url: $"/v1/policies/{run.PolicyId}/evaluate?on={run.On}", Body: body, Expected: expected);
        }).ToList();

        await using var app = ZorginkoopServer.Build(new ServerOptions { Folder = root, Engine = Engine.Interpreter, Watch = false, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Requests && !bound.IsCancellationRequested)
            {
                var (url, body, expected) = cases[i % cases.Count];
                try
                {
                    using var response = await client.PostAsync(url, Api.Json(body), bound.Token);
                    var text = await response.Content.ReadAsStringAsync(bound.Token);
                    if ((int)response.StatusCode != 200 || text != expected)
                    {
                        var at = Enumerable.Range(0, Math.Min(text.Length, expected.Length)).FirstOrDefault(k => text[k] != expected[k], Math.Min(text.Length, expected.Length));
                        failures.Enqueue($"request {i} ({url}): {(int)response.StatusCode}, differs from the expected document at character {at}:\n--- expected\n{expected[Math.Max(0, at - 200)..Math.Min(expected.Length, at + 200)]}\n--- answer\n{text[Math.Max(0, at - 200)..Math.Min(text.Length, at + 200)]}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"request {i} ({url}): {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        await app.StopAsync();

        output.WriteLine($"{Requests} requests, {Concurrency} at a time, in {clock.ElapsedMilliseconds} ms ({Requests / clock.Elapsed.TotalSeconds:F0}/s), {failures.Count} failed");
        Assert.False(bound.IsCancellationRequested, $"the load did not finish within its bound ({next} requests sent)");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {Requests} failed; the first:\n{failures.FirstOrDefault()}");
    }
}
