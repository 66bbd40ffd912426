using System.Text.Json;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// An editor that never waits (issue 16, point 2), against the real <c>zorginkoop lsp</c> process over stdio:
/// requests are answered off the message loop, so a hover overtakes a long semantic-tokens request; a cancelled
/// request is answered -32800; range and delta tokens are exactly the slice and the edit of the full tokens.
/// Orderings and equalities only: the timings are the benchmark's (<c>editor-scaling</c>).
/// </summary>
public class ResponsivenessTests
{
    private const int LargeLines = 20_000;

    [Fact]
    public async Task AHoverIsAnsweredWhileTheFullTokensOfALongDocumentAreComputed()
    {
        using var policies = new PolicyCopy();
        var (path, text) = WriteLarge(policies);
        using var server = new LspProcess(policies.Root);
        await server.InitializeAsync();
        var uri = PolicyCopy.UriOf(path);
        await server.SendAsync(DidOpen(uri, text));
        // Compiled once (the diagnostics); both requests below share that compilation.
        await server.NotificationAsync(Methods.PublishDiagnostics);

        var hoverAt = PolicyCopy.Find(text, "eis bezetting", "bezetting");
        await server.SendRawAsync([
            .. LspProcess.Frame(LspProcess.Request(10, Methods.SemanticTokensFull, $"{{\"textDocument\":{{\"uri\":\"{uri}\"}}}}")),
            .. LspProcess.Frame(LspProcess.Request(11, Methods.Hover, $"{{\"textDocument\":{{\"uri\":\"{uri}\"}},\"position\":{{\"line\":{hoverAt.Line},\"character\":{hoverAt.Character}}}}}")),
        ]);

        var answers = await server.ResponsesUntilAsync(10) ?? throw new InvalidOperationException("The server ended.");
        var ids = answers.Select(a => a.GetProperty("id").GetInt32()).ToList();
        Assert.True(ids.IndexOf(11) is >= 0 and var hover && hover < ids.IndexOf(10), $"answers in the order {string.Join(", ", ids)}: the hover waited for the tokens");
        Assert.Contains("Huisartsgeneeskundig.bezetting", answers.Single(a => a.GetProperty("id").GetInt32() == 11).GetProperty("result").GetProperty("contents").GetProperty("value").GetString());
        Assert.True(answers.Single(a => a.GetProperty("id").GetInt32() == 10).GetProperty("result").GetProperty("data").GetArrayLength() > LargeLines);
    }

    [Fact]
    public async Task ACancelledRequestIsAnsweredRequestCancelledAndTheServerGoesOn()
    {
        using var policies = new PolicyCopy();
        var (path, text) = WriteLarge(policies);
        using var server = new LspProcess(policies.Root);
        await server.InitializeAsync();
        var uri = PolicyCopy.UriOf(path);
        await server.SendAsync(DidOpen(uri, text));

        // The tokens of a 20,000-line document not yet compiled, cancelled in the same write: the cancellation is
        // read long before the compilation ends, and the handler looks at it before encoding anything.
        await server.SendRawAsync([
            .. LspProcess.Frame(LspProcess.Request(20, Methods.SemanticTokensFull, $"{{\"textDocument\":{{\"uri\":\"{uri}\"}}}}")),
            .. LspProcess.Frame("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":20}}"),
        ]);

        var cancelled = await server.ResponseAsync(20);
        Assert.False(cancelled.TryGetProperty("result", out _), cancelled.ToString());
        Assert.Equal(ErrorCodes.RequestCancelled, cancelled.GetProperty("error").GetProperty("code").GetInt32());

        // Not cancelled: the same request is served.
        await server.SendAsync(LspProcess.Request(21, Methods.SemanticTokensFull, $"{{\"textDocument\":{{\"uri\":\"{uri}\"}}}}"));
        Assert.True((await server.ResponseAsync(21)).GetProperty("result").GetProperty("data").GetArrayLength() > LargeLines);
    }

    [Fact]
    public async Task RangeTokensAreTheSliceOfTheFullTokensAndADeltaIsTheirEdit()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.Process();
        var initialized = await client.InitializeAsync(policies.Root);
        Assert.True(initialized.Capabilities.SemanticTokensProvider!.Range);
        Assert.True(initialized.Capabilities.SemanticTokensProvider.Full.Delta);

        var text = File.ReadAllText(policies.Huisartsenzorg);
        var uri = await client.OpenAsync(policies.Huisartsenzorg);
        var document = new TextDocumentIdentifier { Uri = uri };
        var full = await client.RequestAsync<Protocol.SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams { TextDocument = document });
        var decoded = Decode(full.Data);
        Assert.NotNull(full.ResultId);

        foreach (var (first, last) in new[] { (0, 0), (200, 300), (226, 226), (700, text.Split('\n').Length + 10) })
        {
            var range = await client.RequestAsync<Protocol.SemanticTokens>(Methods.SemanticTokensRange, new SemanticTokensRangeParams
            {
                TextDocument = document,
                Range = new Range(new Position(first, 0), new Position(last, 3)),
            });
            var slice = decoded.Where(t => t.Line >= first && t.Line <= last).ToList();
            Assert.NotEmpty(slice);
            Assert.Equal(slice, Decode(range.Data));
        }

        // An edit that renames a use, adds a line and breaks a name: the delta applied to the previous tokens
        // must give the tokens a full request gives now.
        await client.ChangeAsync(uri, PolicyCopy.RangeOf(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts"), "fteHuisart");
        await client.ChangeAsync(uri, new Range(new Position(300, 0), new Position(300, 0)), "// een nieuwe regel\n");
        var delta = await client.RequestAsync<JsonElement>(Methods.SemanticTokensFullDelta, new SemanticTokensDeltaParams { TextDocument = document, PreviousResultId = full.ResultId! });
        var edits = delta.GetProperty("edits");
        Assert.Equal(1, edits.GetArrayLength());
        var edit = edits[0];
        var applied = full.Data.ToList();
        applied.RemoveRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("deleteCount").GetInt32());
        applied.InsertRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("data").EnumerateArray().Select(n => n.GetInt32()));
        Assert.True(edit.GetProperty("data").GetArrayLength() < full.Data.Count / 2, "the delta resent most of the tokens");

        var now = await client.RequestAsync<Protocol.SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams { TextDocument = document });
        Assert.NotEqual(full.Data, now.Data);
        Assert.Equal(now.Data, applied);

        // A delta against a result the server does not hold is a full result.
        var unknown = await client.RequestAsync<JsonElement>(Methods.SemanticTokensFullDelta, new SemanticTokensDeltaParams { TextDocument = document, PreviousResultId = "onbekend" });
        Assert.Equal(now.Data, unknown.GetProperty("data").EnumerateArray().Select(n => n.GetInt32()).ToList());
    }

    [Fact]
    public void TheLargePolicyIsTheRealOneGrown()
    {
        var real = File.ReadAllText(RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip"));
        var large = LargePolicy.Grow(real, LargeLines);
        var lines = large.Split('\n').Length;
        Assert.InRange(lines, LargeLines, LargeLines + 200);
        Assert.StartsWith(real.TrimEnd('\n'), large, StringComparison.Ordinal);
        Assert.Contains("\neisen ZorgverleningRho2 \"Minimumeisen voor Zorgovereenkomst Zorgverlening", large, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLargePolicyChecksWithoutErrors()
    {
        using var policies = new PolicyCopy();
        var (path, text) = WriteLarge(policies);
        await using var client = LspClient.Process();
        await client.InitializeAsync(policies.Root);
        var uri = await client.OpenAsync(path, text);
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri, TimeSpan.FromSeconds(60))).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
    }

    private static (string Path, string Text) WriteLarge(PolicyCopy policies)
    {
        var text = LargePolicy.Grow(File.ReadAllText(policies.Huisartsenzorg), LargeLines);
        var path = Path.Combine(Path.GetDirectoryName(policies.Huisartsenzorg)!, "groot.zip");
        File.WriteAllText(path, text);
        return (path, text);
    }

    private static string DidOpen(string uri, string text) =>
        JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = Methods.DidOpen,
            @params = new { textDocument = new { uri, languageId = "zorginkoop", version = 1, text } },
        });

    private static List<(int Line, int Start, int Length, int Type, int Modifiers)> Decode(List<int> data)
    {
        var tokens = new List<(int, int, int, int, int)>();
        int line = 0, start = 0;
        for (var i = 0; i + 4 < data.Count; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            tokens.Add((line, start, data[i + 2], data[i + 3], data[i + 4]));
        }

        return tokens;
    }
}
