using System.Text.Json;
using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>The server under abuse (reliability issue, point 6): every case answered per the protocol, and serving afterwards.</summary>
public class AbuseTests
{
    private const string Policy = "gegevens Z als aanbieder {\n    fte: decimaal\n}\neisen X \"t\" {\n    eis a\n        aanbieder.fte >= 1,0\n}\n";

    [Fact]
    public async Task MalformedJsonGetsAParseErrorAndTheServerKeepsServing()
    {
        using var connection = new RawLspConnection();
        await connection.SendAsync(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { } } });
        Assert.True((await connection.ReceiveResponseAsync()).TryGetProperty("result", out _));

        foreach (var garbage in new[] { "{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":", "[1, 2, 3]", "niet eens json" })
        {
            await connection.SendAsync(garbage);
            var error = await connection.ReceiveResponseAsync();
            Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
            Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        }

        // Well-formed JSON with parameters of the wrong shape is an error for that request only.
        await connection.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":5},\"position\":{}}}");
        var invalid = await connection.ReceiveResponseAsync();
        Assert.Equal(78, invalid.GetProperty("id").GetInt32());
        Assert.True(invalid.TryGetProperty("error", out _));

        await connection.SendAsync(new { jsonrpc = "2.0", id = 2, method = Methods.DocumentSymbol, @params = new { textDocument = new { uri = "file:///nergens.zip" } } });
        var served = await connection.ReceiveResponseAsync();
        Assert.Equal(2, served.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Array, served.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task AnUnknownMethodIsMethodNotFound()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();

        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<object>("zorginkoop/doesNotExist", new { }));

        Assert.Equal(-32601, (int)error.ErrorCode);
        await client.NotifyAsync("zorginkoop/unknownNotification", new { });
        Assert.NotNull(await client.RequestAsync<List<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams { TextDocument = new TextDocumentIdentifier { Uri = "file:///nergens.zip" } }));
    }

    [Fact]
    public async Task RequestsBeforeInitializeAreServerNotInitializedAndAfterShutdownInvalidRequest()
    {
        await using var client = LspClient.InProcess();
        var hover = new HoverParams { TextDocument = new TextDocumentIdentifier { Uri = "file:///a.zip" }, Position = new Position(0, 0) };

        var early = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<Protocol.Hover>(Methods.Hover, hover));
        Assert.Equal(-32002, early.ErrorCode);

        var initialized = await client.InitializeAsync();
        Assert.True(initialized.Capabilities.HoverProvider);
        var twice = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<InitializeResult>(Methods.Initialize, new InitializeParams()));
        Assert.Equal(-32600, twice.ErrorCode);

        await client.RequestAsync<object?>(Methods.Shutdown, null);
        var late = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<Protocol.Hover>(Methods.Hover, hover));
        Assert.Equal(-32600, late.ErrorCode);

        await client.NotifyAsync(Methods.Exit, null);
        Assert.Equal(0, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ExitWithoutShutdownEndsWithExitCodeOne()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();

        await client.NotifyAsync(Methods.Exit, null);

        Assert.Equal(1, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task EditsToUnopenedDocumentsAndRequestsForUnknownDocumentsAreHarmless()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var unopened = PolicyCopy.UriOf(policies.Huisartsenzorg);

        await client.ChangeAsync(unopened, new Range(new Position(0, 0), new Position(0, 0)), "kapot {{{");
        var document = new TextDocumentIdentifier { Uri = unopened };

        Assert.Null(await client.RequestAsync<Protocol.Hover?>(Methods.Hover, new HoverParams { TextDocument = document, Position = new Position(3, 3) }));
        Assert.Empty(await client.RequestAsync<List<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams { TextDocument = document }));
        Assert.Empty((await client.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams { TextDocument = document, Position = new Position(0, 0) })).Items);
        Assert.Empty(await client.RequestAsync<List<TextEdit>>(Methods.Formatting, new DocumentFormattingParams { TextDocument = document }));
        Assert.Null(await client.RequestAsync<List<Location>?>(Methods.Definition, new DefinitionParams { TextDocument = document, Position = new Position(0, 0) }));
        Assert.Empty(client.Published(unopened));
        Assert.Contains(client.Log, l => l.Contains("niet open", StringComparison.Ordinal));

        // Opened afterwards, it is the file as on disk: the ignored edit left no trace.
        await client.OpenAsync(policies.Huisartsenzorg);
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(unopened)).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
    }

    [Fact]
    public async Task AnOlderVersionArrivingLateIsIgnored()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var uri = await client.OpenAsync(Path.Combine(policies.Root, "a.zip"), Policy);
        await client.CurrentDiagnosticsAsync(uri);

        await client.ReplaceAllAsync(uri, Policy.Replace("aanbieder.fte", "aanbieder.ftee"), version: 5);
        await client.ReplaceAllAsync(uri, Policy.Replace("aanbieder.fte", "aanbieder.fteee"), version: 3);

        var diagnostics = await client.DiagnosticsAsync(uri, p => p.Version == 5);
        Assert.Contains("'ftee'", Assert.Single(diagnostics.Diagnostics).Message);
        await Task.Delay(500);
        Assert.All(client.Published(uri), p => Assert.NotEqual(3, p.Version));
    }

    [Fact]
    public async Task AThousandRapidEditsEndInTheRightDiagnosticsAndTheServerStillServes()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;
        await client.CurrentDiagnosticsAsync(uri);
        var before = client.Published(uri).Count;

        // Type and delete a character a thousand times in a condition, without waiting; end on a typo.
        var field = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts", "fteHuisarts".Length);
        var empty = new Range(field, field);
        var typed = new Range(field, new Position(field.Line, field.Character + 1));
        var sends = new List<Task>();
        for (var i = 0; i < 1000; i++)
        {
            sends.Add(i % 2 == 0 ? client.ChangeAsync(uri, empty, "x") : client.ChangeAsync(uri, typed, string.Empty));
        }

        sends.Add(client.ChangeAsync(uri, empty, "Y"));
        await Task.WhenAll(sends);

        var final = await client.CurrentDiagnosticsAsync(uri);
        Assert.Equal(1002, final.Version);
        var error = Assert.Single(final.Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
        Assert.Contains("'fteHuisartsY'", error.Message);
        Assert.Equal(field.Line, error.Range.Start.Line);
        // Debounced: far fewer checks than edits.
        Assert.True(client.Published(uri).Count - before < 100, $"{client.Published(uri).Count - before} publications");

        var hover = await client.RequestAsync<Protocol.Hover>(Methods.Hover, new HoverParams { TextDocument = new TextDocumentIdentifier { Uri = uri }, Position = PolicyCopy.Find(text, "eis bezetting", "bezetting") });
        Assert.Contains("bezetting", hover.Contents.Value);
    }
}
