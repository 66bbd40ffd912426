using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerdbank.Streams;
using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Server;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.Editor;

/// <summary>
/// Time from <c>textDocument/didChange</c> to the <c>textDocument/publishDiagnostics</c> that answers it, through the
/// real language server (in-process, over an in-memory duplex pipe with LSP framing, as its own tests connect). Each
/// edit misspells or restores a field name in the middle of a generated policy, so every answer differs from the
/// previous one. The server's debounce is set to zero: the figure is the server's own work, not the wait it adds
/// on purpose while the author is still typing (150 ms by default).
/// </summary>
public static class EditorLatency
{
    public static async Task<int> RunAsync(int lines, int edits, TextWriter output)
    {
        var policy = GeneratedPolicy.Create(lines);
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-editor-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "gegenereerd.zip");
        await File.WriteAllTextAsync(path, policy.Text);
        var check = PolicyCompilation.Compile(path);
        if (check.HasErrors)
        {
            throw new InvalidOperationException("The generated policy has errors: " + string.Join("; ", check.Diagnostics.Where(d => d.IsError).Take(5)));
        }

        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        using var server = new ZorginkoopLanguageServer(serverStream, serverStream, debounce: TimeSpan.Zero);
        var serving = server.RunAsync();

        var published = new Published();
        var formatter = new SystemTextJsonFormatter();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        // LSP passes one params object; StreamJsonRpc would otherwise match its properties to parameter names.
        client.AddLocalRpcMethod(new Action<JsonElement>(published.Receive).Method, published, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        client.AddLocalRpcMethod(new Action<JsonElement>(published.Ignore).Method, published, new JsonRpcMethodAttribute("window/logMessage") { UseSingleObjectParameterDeserialization = true });
        client.StartListening();

        var uri = new Uri(path).AbsoluteUri;
        await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        await client.NotifyWithParameterObjectAsync("initialized", new JsonObject());
        var opened = published.Next();
        await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "zorginkoop", ["version"] = 1, ["text"] = policy.Text },
        });
        await opened;

        var samples = new List<double>();
        var warmup = Math.Min(20, edits / 5);
        var name = policy.FieldName;
        for (var version = 2; version < edits + warmup + 2; version++)
        {
            // Misspell, then restore: an error appears, then disappears.
            var replacement = version % 2 == 0 ? name + "x" : name;
            var current = version % 2 == 0 ? name : name + "x";
            var answer = published.Next();
            var clock = Stopwatch.StartNew();
            await client.NotifyWithParameterObjectAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject
                    {
                        ["start"] = new JsonObject { ["line"] = policy.EditLine, ["character"] = policy.EditColumn },
                        ["end"] = new JsonObject { ["line"] = policy.EditLine, ["character"] = policy.EditColumn + current.Length },
                    },
                    ["text"] = replacement,
                }),
            });
            var diagnostics = await answer;
            clock.Stop();
            var expectError = version % 2 == 0;
            if ((diagnostics > 0) != expectError)
            {
                throw new InvalidOperationException($"Version {version}: expected {(expectError ? "a diagnostic" : "none")}, got {diagnostics}.");
            }

            if (version >= warmup + 2)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        output.WriteLine($"editor: {policy.LineCount} lines, {samples.Count} edits (after {warmup} warm-up), debounce 0 ms: median {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, min {samples[0]:F1} ms, max {samples[^1]:F1} ms");

        await client.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null);
        await client.NotifyWithParameterObjectAsync("exit", null);
        await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(5)));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>Hands each publishDiagnostics to whoever waits for the next one.</summary>
    public sealed class Published
    {
        private readonly Lock gate = new();
        private TaskCompletionSource<int>? waiting;

        public Task<int> Next()
        {
            lock (gate)
            {
                waiting = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                return waiting.Task;
            }
        }

        public void Ignore(JsonElement parameters)
        {
        }

        public void Receive(JsonElement parameters)
        {
            lock (gate)
            {
                waiting?.TrySetResult(parameters.GetProperty("diagnostics").GetArrayLength());
                waiting = null;
            }
        }
    }
}
