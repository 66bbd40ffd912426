using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StreamJsonRpc;
using Zorginkoop.Dsl.Tests.Shared;

namespace Zorginkoop.Dsl.Benchmarks.Editor;

/// <summary>
/// <c>editor-scaling</c>: what an author waits for in the editor, through a real client over stdio. Starts
/// <c>dotnet zorginkoop.dll lsp</c> as the VS Code extension does (with its <c>DOTNET_GCgen0size</c>), opens the
/// VGZ huisartsen policy grown to each size (<see cref="LargePolicy"/>: its own eisen sets copied, so every line
/// is a real construct), and times, client-side from sending to the answer, p50 and p95 over the rounds:
/// semantic tokens full and range (a screen of 60 lines in the middle), folding, hover alone, hover and
/// completion sent while a full-tokens request is running (queued behind it, if the server made them wait),
/// and edit → diagnostics (a field misspelled and restored in the middle; the server's debounce set to 0 with
/// <c>ZORGINKOOP_LSP_DEBOUNCE_MS</c>, so the figure is its own work). Then the growth of each p50 from the
/// smallest to the largest size next to the growth of the text; exit 1 when a step grows faster than the text
/// (exponent above <see cref="MaxExponent"/> between the two largest sizes).
/// </summary>
public static class EditorScaling
{
    private const double MaxExponent = 1.3;

    public static async Task<int> RunAsync(int[] sizes, int rounds, TextWriter output)
    {
        var root = RepositoryRoot.Find();
        var server = Path.Combine(AppContext.BaseDirectory, "zorginkoop.dll");
        var real = await File.ReadAllTextAsync(Path.Combine(root, "policies", "vgz", "huisartsenzorg-2026-2027.zip"));
        var results = new List<(int Lines, Dictionary<string, List<double>> Steps)>();
        foreach (var size in sizes)
        {
            var text = LargePolicy.Grow(real, size);
            var steps = await MeasureAsync(server, root, text, rounds);
            var lines = text.Count(c => c == '\n');
            results.Add((lines, steps));
            foreach (var (step, samples) in steps)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"editor-scaling {lines,6} lines  {step,-34} p50 {Percentile(samples, 0.5),7:F1} ms  p95 {Percentile(samples, 0.95),7:F1} ms  (n={samples.Count})"));
            }
        }

        var failed = false;
        if (results.Count >= 2)
        {
            var (small, large) = (results[0], results[^1]);
            var (before, last) = (results[^2], results[^1]);
            foreach (var step in large.Steps.Keys)
            {
                var growth = Percentile(large.Steps[step], 0.5) / Math.Max(0.1, Percentile(small.Steps[step], 0.5));
                var exponent = Math.Log(Percentile(last.Steps[step], 0.5) / Math.Max(0.1, Percentile(before.Steps[step], 0.5))) / Math.Log((double)last.Lines / before.Lines);
                var ok = exponent <= MaxExponent;
                failed |= !ok;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"editor-scaling growth {step,-34} {small.Lines}→{large.Lines} lines (×{(double)large.Lines / small.Lines:F1}): p50 ×{growth:F1}; {before.Lines}→{last.Lines}: exponent {exponent:F2} (max {MaxExponent}) {(ok ? "ok" : "FASTER THAN LINEAR")}"));
            }
        }

        return failed ? 1 : 0;
    }

    private static async Task<Dictionary<string, List<double>>> MeasureAsync(string serverDll, string root, string text, int rounds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-editor-scaling-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(root, "policies", "vgz", "algemene-minimumeisen.zip"), Path.Combine(folder, "algemene-minimumeisen.zip"));
        var path = Path.Combine(folder, "groot.zip");
        await File.WriteAllTextAsync(path, text);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add("lsp");
        start.Environment["DOTNET_GCgen0size"] = "0x4000000";
        start.Environment["ZORGINKOOP_LSP_DEBOUNCE_MS"] = "0";
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var published = new EditorLatency.Published();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        client.AddLocalRpcMethod(new Action<JsonElement>(published.Receive).Method, published, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        client.AddLocalRpcMethod(new Action<JsonElement>(published.Ignore).Method, published, new JsonRpcMethodAttribute("window/logMessage") { UseSingleObjectParameterDeserialization = true });
        client.StartListening();

        var uri = new Uri(path).AbsoluteUri;
        await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new JsonObject { ["processId"] = Environment.ProcessId, ["rootUri"] = new Uri(folder + "/").AbsoluteUri, ["capabilities"] = new JsonObject() });
        await client.NotifyWithParameterObjectAsync("initialized", new JsonObject());
        var opened = published.Next();
        await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "zorginkoop", ["version"] = 1, ["text"] = text },
        });
        // The real policy has a few warnings of its own; an edit is answered when the count moves off them.
        var baseline = await opened;

        var lines = text.Split('\n');
        var middle = lines.Length / 2;
        var hover = Find(lines, "eis bezetting", "bezetting");
        var dot = Find(lines, "aanbieder.fteHuisarts >= normFte", "fteHuisarts");
        JsonObject Document() => new() { ["uri"] = uri };
        JsonObject At((int Line, int Character) p) => new() { ["line"] = p.Line, ["character"] = p.Character };
        var requests = new (string Step, string Method, Func<JsonObject> Params)[]
        {
            ("semanticTokens/full", "textDocument/semanticTokens/full", () => new JsonObject { ["textDocument"] = Document() }),
            ("semanticTokens/range (60 lines)", "textDocument/semanticTokens/range", () => new JsonObject
            {
                ["textDocument"] = Document(),
                ["range"] = new JsonObject { ["start"] = At((middle, 0)), ["end"] = At((middle + 60, 0)) },
            }),
            ("foldingRange", "textDocument/foldingRange", () => new JsonObject { ["textDocument"] = Document() }),
            ("hover", "textDocument/hover", () => new JsonObject { ["textDocument"] = Document(), ["position"] = At(hover) }),
        };

        var steps = new Dictionary<string, List<double>>();
        void Add(string step, double ms, bool measured)
        {
            if (measured)
            {
                (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(ms);
            }
        }

        var warmup = Math.Max(3, rounds / 5);
        for (var round = 0; round < rounds + warmup; round++)
        {
            var measured = round >= warmup;
            foreach (var (step, method, parameters) in requests)
            {
                var clock = Stopwatch.StartNew();
                await client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters());
                Add(step, clock.Elapsed.TotalMilliseconds, measured);
            }

            // Sent while a full-tokens request is running: the wait an author feels when the editor is busy.
            foreach (var (step, method, parameters) in new (string, string, Func<JsonObject>)[]
            {
                ("hover, tokens/full running", "textDocument/hover", () => new JsonObject { ["textDocument"] = Document(), ["position"] = At(hover) }),
                ("completion, tokens/full running", "textDocument/completion", () => new JsonObject { ["textDocument"] = Document(), ["position"] = At(dot) }),
                ("tokens/range, tokens/full running", "textDocument/semanticTokens/range", () => new JsonObject
                {
                    ["textDocument"] = Document(),
                    ["range"] = new JsonObject { ["start"] = At((middle, 0)), ["end"] = At((middle + 60, 0)) },
                }),
            })
            {
                var running = client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = Document() });
                var clock = Stopwatch.StartNew();
                await client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters());
                Add(step, clock.Elapsed.TotalMilliseconds, measured);
                await running;
            }
        }

        // Edit → diagnostics: misspell, then restore, a field in the middle of the file.
        var editLine = Array.FindIndex(lines, middle, l => l.TrimStart().StartsWith("aanbieder.", StringComparison.Ordinal));
        var edit = (Line: editLine, Character: lines[editLine].IndexOf("aanbieder.", StringComparison.Ordinal));
        var field = new string(lines[edit.Line][(edit.Character + "aanbieder.".Length)..].TakeWhile(char.IsLetterOrDigit).ToArray());
        var column = edit.Character + "aanbieder.".Length;
        for (var version = 2; version < 2 + ((rounds + warmup) * 2); version++)
        {
            var misspell = version % 2 == 0;
            var answer = published.Next();
            var clock = Stopwatch.StartNew();
            await client.NotifyWithParameterObjectAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject { ["start"] = At((edit.Line, column)), ["end"] = At((edit.Line, column + (misspell ? field.Length : field.Length + 1))) },
                    ["text"] = misspell ? field + "x" : field,
                }),
            });
            var count = await answer;
            Add("edit → diagnostics", clock.Elapsed.TotalMilliseconds, version >= 2 + (warmup * 2));
            if ((count > baseline) != misspell)
            {
                throw new InvalidOperationException($"Version {version}: expected {(misspell ? "one more diagnostic than" : "as many as")} the {baseline} of the policy, got {count}.");
            }
        }

        await client.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null);
        await client.NotifyWithParameterObjectAsync("exit", null);
        if (!process.WaitForExit(10_000))
        {
            process.Kill(entireProcessTree: true);
        }

        Directory.Delete(folder, recursive: true);
        return steps;
    }

    private static (int Line, int Character) Find(string[] lines, string lineContaining, string text) => FindFrom(lines, 0, lineContaining, text);

    private static (int Line, int Character) FindFrom(string[] lines, int from, string lineContaining, string? text = null)
    {
        var line = Array.FindIndex(lines, from, l => l.Contains(lineContaining, StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return (line, lines[line].IndexOf(text ?? lineContaining, StringComparison.Ordinal));
    }

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
