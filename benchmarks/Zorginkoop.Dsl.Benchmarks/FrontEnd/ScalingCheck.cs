using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerdbank.Streams;
using StreamJsonRpc;
using Zorginkoop.Dsl.Benchmarks.Editor;
using Zorginkoop.Dsl.LanguageServer.Server;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.FrontEnd;

/// <summary>
/// Guards against work that grows faster than the policy: times <c>check</c> (the whole front end) and the language
/// server (open → diagnostics, folding ranges, semantic tokens) on a policy of N requirements in a few large
/// <c>eisen</c> sets, and again on 2N. Linear work takes about twice as long on twice the input, quadratic work
/// four times; the check fails when any step grows by more than <see cref="MaxRatio"/>. A ratio, not a wall time,
/// so it holds on a slow or busy machine.
/// </summary>
public static class ScalingCheck
{
    /// <summary>Between linear (2) and quadratic (4), with room for garbage collection and a busy machine.</summary>
    public const double MaxRatio = 3.0;

    private const int Sets = 4;

    public static async Task<int> RunAsync(int requirements, TextWriter output)
    {
        // A first, small run compiles the code paths, so neither measured run pays for the JIT.
        await MeasureAsync(Math.Max(Sets, requirements / 10));
        var small = await MeasureAsync(requirements);
        var large = await MeasureAsync(requirements * 2);
        var failed = false;
        foreach (var step in small.Keys)
        {
            var ratio = large[step] / Math.Max(small[step], 1.0);
            var verdict = ratio <= MaxRatio ? "ok" : "TOO STEEP";
            failed |= ratio > MaxRatio;
            output.WriteLine($"scaling {step,-16} {requirements,7} requirements {small[step],8:F0} ms   {requirements * 2,7} requirements {large[step],8:F0} ms   ratio {ratio:F2} (max {MaxRatio:F1}) {verdict}");
        }

        return failed ? 1 : 0;
    }

    /// <summary>Many <c>eis</c> lines in a few <c>eisen</c> sets, each with a comment line (folded as comments) and a sentence.</summary>
    public static string CreatePolicy(int requirements)
    {
        var text = new StringBuilder();
        text.Append("beleid \"Groot beleid voor de schaaltest\" {\n    verzekeraar: \"Benchmark\"\n    looptijd: 2026\n}\n\n");
        text.Append("gegevens Zorgaanbieder als aanbieder {\n    erkend: ja/nee\n    huisartsen: aantal\n}\n");
        for (var set = 0; set < Sets; set++)
        {
            text.Append($"\neisen Set{set} \"Set {set}\" {{\n");
            for (var requirement = 0; requirement < requirements / Sets; requirement++)
            {
                text.Append($"    // eis {requirement} van set {set}\n");
                text.Append(requirement % 2 == 0
                    ? $"    eis e{requirement} \"De zorgaanbieder is erkend ({requirement}).\"\n        aanbieder.erkend\n"
                    : $"    eis e{requirement} \"De zorgaanbieder heeft genoeg huisartsen ({requirement}).\"\n        aanbieder.huisartsen >= {requirement % 50}\n");
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static async Task<Dictionary<string, double>> MeasureAsync(int requirements)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-scaling-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "groot.zip");
        var text = CreatePolicy(requirements);
        await File.WriteAllTextAsync(path, text);
        try
        {
            var times = new Dictionary<string, double>();
            var clock = Stopwatch.StartNew();
            var policy = PolicyCompilation.Compile(path);
            times["check"] = clock.Elapsed.TotalMilliseconds;
            if (policy.HasErrors)
            {
                throw new InvalidOperationException("The generated policy has errors: " + string.Join("; ", policy.Diagnostics.Where(d => d.IsError).Take(5)));
            }

            var (serverStream, clientStream) = FullDuplexStream.CreatePair();
            using var server = new ZorginkoopLanguageServer(serverStream, serverStream, debounce: TimeSpan.Zero);
            var serving = server.RunAsync();
            var published = new EditorLatency.Published();
            using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, new SystemTextJsonFormatter()));
            client.AddLocalRpcMethod(new Action<JsonElement>(published.Receive).Method, published, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
            client.AddLocalRpcMethod(new Action<JsonElement>(published.Ignore).Method, published, new JsonRpcMethodAttribute("window/logMessage") { UseSingleObjectParameterDeserialization = true });
            client.StartListening();
            await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
            await client.NotifyWithParameterObjectAsync("initialized", new JsonObject());

            var uri = new Uri(path).AbsoluteUri;
            var diagnostics = published.Next();
            clock.Restart();
            await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "zorginkoop", ["version"] = 1, ["text"] = text },
            });
            await diagnostics;
            times["lsp diagnostics"] = clock.Elapsed.TotalMilliseconds;

            foreach (var (step, method) in new[] { ("lsp folding", "textDocument/foldingRange"), ("lsp tokens", "textDocument/semanticTokens/full") })
            {
                clock.Restart();
                await client.InvokeWithParameterObjectAsync<JsonElement>(method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
                times[step] = clock.Elapsed.TotalMilliseconds;
            }

            await client.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null);
            await client.NotifyWithParameterObjectAsync("exit", null);
            await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(5)));
            return times;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
