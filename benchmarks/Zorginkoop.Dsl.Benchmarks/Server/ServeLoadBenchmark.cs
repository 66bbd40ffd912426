using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.Server;

/// <summary>
/// Issue 18: "under a 60-second load of single evaluations on loopback, no request fails, p99 latency stays under
/// 20 ms, and memory stays flat". Starts a real <c>zorginkoop serve policies</c> (Kestrel, compiled engine) on
/// 127.0.0.1, sends single evaluations of the example providers from a fixed number of workers for a fixed time,
/// checks every answer against the document made in process, and reports requests/s, p50/p99/max latency and the
/// server's resident memory at start, middle and end; then the same facts evaluated in process (read facts,
/// evaluate, write the JSON: what <c>zorginkoop evaluate --format json</c> does per provider). Fails when p99 is 20 ms
/// or more, when any request fails, or when memory at the end is more than 20% above the middle.
/// </summary>
public static class ServeLoadBenchmark
{
    private sealed record Case(string Url, string Body, string Expected, Func<string> InProcess);

    public static async Task<int> RunAsync(string repository, string cli, int seconds, int concurrency, int port, TextWriter output)
    {
        var root = Path.Combine(repository, "policies");
        var cases = Cases(root);
        var address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in new[] { cli, "serve", root, "--urls", address })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(30),
            };
            var clock = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    if ((await client.GetAsync("/v1/health")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                if (server.HasExited || clock.Elapsed > TimeSpan.FromMinutes(10))
                {
                    output.WriteLine("serve-load: FAILED: the server did not start");
                    return 1;
                }

                await Task.Delay(100);
            }

            output.WriteLine($"serve-load: zorginkoop serve ready after {clock.Elapsed.TotalSeconds:F1} s (every policy compiled); {cases.Count} example providers, {concurrency} workers, {seconds} s on {address}");

            // Warm-up, not counted: the JIT of the request path and of the generated code.
            var warm = await Load(client, cases, concurrency, TimeSpan.FromSeconds(Math.Min(5, seconds)), null);
            if (warm.Failures > 0)
            {
                output.WriteLine($"serve-load: FAILED in the warm-up: {warm.FirstFailure}");
                return 1;
            }

            var memory = new List<(string When, long Bytes)> { ("start", Rss(server.Id)) };
            var duration = TimeSpan.FromSeconds(seconds);
            var run = await Load(client, cases, concurrency, duration, elapsed =>
            {
                if (memory.Count == 1 && elapsed >= duration / 2)
                {
                    memory.Add(("middle", Rss(server.Id)));
                }
            });
            memory.Add(("end", Rss(server.Id)));

            var latencies = run.Latencies.Order().ToArray();
            var p50 = Percentile(latencies, 0.50);
            var p99 = Percentile(latencies, 0.99);
            output.WriteLine($"serve-load HTTP: {latencies.Length} requests in {run.Elapsed.TotalSeconds:F1} s = {latencies.Length / run.Elapsed.TotalSeconds:F0} requests/s; latency p50 {p50:F2} ms, p99 {p99:F2} ms, max {latencies[^1]:F2} ms; {run.Failures} failed");
            output.WriteLine($"serve-load memory (server RSS): {string.Join(", ", memory.Select(m => $"{m.When} {m.Bytes / 1048576.0:F0} MB"))}");

            // In process, one thread: the same facts through the same session and writer, no HTTP.
            var inProcess = new List<double>();
            var each = Stopwatch.StartNew();
            var total = Stopwatch.StartNew();
            for (var i = 0; total.Elapsed < TimeSpan.FromSeconds(Math.Min(10, seconds)); i++)
            {
                each.Restart();
                var text = cases[i % cases.Count].InProcess();
                inProcess.Add(each.Elapsed.TotalMilliseconds);
                if (text.Length == 0)
                {
                    return 1;
                }
            }

            var sorted = inProcess.Order().ToArray();
            output.WriteLine($"serve-load in process (read facts, evaluate, write JSON; one thread): {sorted.Length / total.Elapsed.TotalSeconds:F0} evaluations/s; p50 {Percentile(sorted, 0.50):F3} ms, p99 {Percentile(sorted, 0.99):F3} ms");

            var failed = false;
            if (run.Failures > 0)
            {
                output.WriteLine($"serve-load: FAILED: {run.Failures} requests failed; the first: {run.FirstFailure}");
                failed = true;
            }

            if (p99 >= 20)
            {
                output.WriteLine($"serve-load: FAILED: p99 {p99:F2} ms is 20 ms or more");
                failed = true;
            }

            if (memory[^1].Bytes > memory[1].Bytes * 1.2)
            {
                output.WriteLine("serve-load: FAILED: memory grew by more than 20% from the middle to the end");
                failed = true;
            }

            return failed ? 1 : 0;
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(10_000);
            }
        }
    }

    private sealed record LoadResult(List<double> Latencies, int Failures, string? FirstFailure, TimeSpan Elapsed);

    private static async Task<LoadResult> Load(HttpClient client, IReadOnlyList<Case> cases, int concurrency, TimeSpan duration, Action<TimeSpan>? tick)
    {
        var clock = Stopwatch.StartNew();
        var failures = 0;
        string? first = null;
        var next = -1;
        var perWorker = Enumerable.Range(0, concurrency).Select(_ => new List<double>(200_000)).ToArray();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var watch = new Stopwatch();
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref next);
                var item = cases[i % cases.Count];
                watch.Restart();
                try
                {
                    using var content = new StringContent(item.Body, Encoding.UTF8, new System.Net.Http.Headers.MediaTypeHeaderValue("application/json"));
                    using var response = await client.PostAsync(item.Url, content);
                    var text = await response.Content.ReadAsStringAsync();
                    perWorker[w].Add(watch.Elapsed.TotalMilliseconds);
                    if ((int)response.StatusCode != 200 || text != item.Expected)
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref first, $"{item.Url}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}", null);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref first, $"{item.Url}: {e.GetType().Name}: {e.Message}", null);
                }

                if (w == 0)
                {
                    tick?.Invoke(clock.Elapsed);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return new LoadResult([.. perWorker.SelectMany(l => l)], failures, first, clock.Elapsed);
    }

    /// <summary>The example providers of policies/vgz/voorbeelden, each with the command its .verwacht.txt names.</summary>
    private static List<Case> Cases(string root)
    {
        var folder = Path.Combine(root, "vgz", "voorbeelden");
        var cases = new List<Case>();
        foreach (var file in Directory.GetFiles(folder, "*.verwacht.txt").Order(StringComparer.Ordinal))
        {
            var words = File.ReadLines(file).First().TrimStart('#', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string Option(string name) => words[Array.IndexOf(words, name) + 1];
            var policy = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(folder, words[1]))).Replace('\\', '/');
            var body = File.ReadAllText(Path.GetFullPath(Path.Combine(folder, Option("--facts"))));
            var date = DateOnly.Parse(Option("--on"), CultureInfo.InvariantCulture);
            var published = EvaluationSession.Open(Path.Combine(root, policy), Engine.Compiled, sources: new FileSystemSourceProvider(root, displayRoot: root));
            var session = EvaluationSession.Open(published.Policy.VersionOn(date), Engine.Compiled);
            string Evaluate()
            {
                var facts = FactReader.Parse(body, session.Subject!, "verzoek").Facts!;
                return EvaluationJsonWriter.Document(policy, date, session.Evaluate([], facts, new EvaluationInputs(date))).ToJsonString(JsonOutput.Indented);
            }

            cases.Add(new Case($"/v1/policies/{policy[..^".zip".Length].Replace('/', '.')}/evaluate?on={date:yyyy-MM-dd}", body, Evaluate(), Evaluate));
        }

        return cases;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Resident memory of a process, from /proc (Linux), as the operating system counts it.</summary>
    private static long Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
