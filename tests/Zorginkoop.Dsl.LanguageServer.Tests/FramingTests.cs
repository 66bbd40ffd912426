using System.Text;
using System.Text.Json;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// Malformed LSP framing sent to the real <c>zorginkoop lsp</c> process (issue 15, point 14): each used to end the
/// process with exit code 1 and nothing logged. Now every frame that breaks the base protocol is answered where it
/// can be (the request's own id when it can be read, else id null), logged on stderr, and the request after it is
/// served; only an input that ends inside a message ends the server, with the reason on stderr.
/// </summary>
public class FramingTests
{
    private static readonly string Body = LspProcess.Request(41, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"file:///nergens.zip\"}}");

    public static TheoryData<string, string, int?, string> BrokenFrames => new()
    {
        // A header block without Content-Length: the JSON after it is read to its end, so its id can be answered.
        { "zonder Content-Length", $"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{Body}", -32600, "zonder kopregel Content-Length" },
        { "niet-numerieke lengte", $"Content-Length: veertig\r\n\r\n{Body}", -32600, "is geen aantal bytes" },
        { "lengte van 2 GB", $"Content-Length: 2147483648\r\n\r\n{Body}", -32600, "groter dan de 128 MB" },
        { "negatieve lengte", $"Content-Length: -5\r\n\r\n{Body}", -32600, "is geen aantal bytes" },
        // A garbage header line is read past and the message itself is served.
        { "onzin-kopregel", $"hallo wereld\r\nContent-Length: {Encoding.UTF8.GetByteCount(Body)}\r\n\r\n{Body}", null, "Onleesbare kopregel overgeslagen: hallo wereld" },
        // JSON with no header at all.
        { "geen kopregels", Body, -32600, "zonder kopregel Content-Length" },
        // A body of the right length that is not JSON: a parse error with id null.
        { "geen JSON", "Content-Length: 12\r\n\r\nniet eens js", -32700, "Onleesbaar bericht overgeslagen" },
    };

    [Theory]
    [MemberData(nameof(BrokenFrames))]
    public async Task ABrokenFrameIsAnsweredLoggedAndTheNextRequestIsServed(string name, string frame, int? errorCode, string logged)
    {
        using var server = new LspProcess();
        await server.InitializeAsync();

        Assert.True(await server.SendRawAsync(Encoding.UTF8.GetBytes(frame)), name);

        // A frame served as if it were right is a request like any other, and requests are answered as they finish
        // (off the message loop), so the probe is sent once request 41 is answered: the order is then the test's.
        var before = errorCode is null
            ? await server.ResponsesUntilAsync(41) ?? throw new InvalidOperationException($"{name}: the server stopped. Log:\n{server.Log}")
            : [];
        Assert.True(await server.SendAsync(LspProcess.Probe(42)), name);

        var answers = before.Concat(await server.ResponsesUntilAsync(42) ?? throw new InvalidOperationException($"{name}: the server stopped. Log:\n{server.Log}")).ToList();
        var served = answers[^1];
        Assert.Equal(JsonValueKind.Array, served.GetProperty("result").ValueKind);
        if (errorCode is { } code)
        {
            // The broken frame got exactly one answer, before the probe's: for request 41 when its id could be read.
            var error = Assert.Single(answers[..^1]);
            Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetInt32());
            if (code == -32600)
            {
                Assert.Equal(41, error.GetProperty("id").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
            }
        }
        else
        {
            // Served as if the frame were right.
            Assert.Equal(41, answers[0].GetProperty("id").GetInt32());
            Assert.True(answers[0].TryGetProperty("result", out _), name);
        }

        Assert.Contains(logged, await server.LogSinceAsync(0, logged), StringComparison.Ordinal);
        Assert.False(server.HasExited);
    }

    [Fact]
    public async Task LineFeedOnlyLineEndsAreReadAsTheProtocolMeantThem()
    {
        using var server = new LspProcess();
        await server.InitializeAsync();

        await server.SendRawAsync(Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(Body)}\n\n{Body}"));
        var first = await server.ResponsesUntilAsync(41);
        Assert.NotNull(first);

        // Requests are answered as they finish, so the second is sent once the first is answered.
        await server.SendRawAsync(Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(LspProcess.Probe(42))}\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{LspProcess.Probe(42)}"));
        var second = await server.ResponsesUntilAsync(42);
        Assert.NotNull(second);
        var answers = first.Concat(second).ToList();
        Assert.Equal([41, 42], answers.Select(a => a.GetProperty("id").GetInt32()));
        Assert.All(answers, a => Assert.True(a.TryGetProperty("result", out _)));
    }

    [Fact]
    public async Task ALengthTooShortCostsThatMessageOnlyAndTheServerFindsTheNextHeader()
    {
        using var server = new LspProcess();
        await server.InitializeAsync();

        await server.SendRawAsync(Encoding.UTF8.GetBytes($"Content-Length: 20\r\n\r\n{Body}"));
        await server.SendAsync(LspProcess.Probe(42));

        var answers = await server.ResponsesUntilAsync(42);
        Assert.NotNull(answers);
        Assert.Equal(-32700, answers[0].GetProperty("error").GetProperty("code").GetInt32());
        Assert.True(answers[^1].TryGetProperty("result", out _));
    }

    [Theory]
    [InlineData("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\"", "midden in een bericht van 500 bytes")]
    [InlineData("Content-Length: 12\r\nContent-Type: iets", "kopregels zonder einde")]
    public async Task AnInputThatEndsInsideAMessageEndsTheServerWithTheReasonLogged(string tail, string reason)
    {
        using var server = new LspProcess();
        await server.InitializeAsync();

        await server.SendRawAsync(Encoding.UTF8.GetBytes(tail));
        var exitCode = await server.CloseInputAndWaitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("De verbinding is onbruikbaar en wordt gesloten: de invoer eindigde", await server.LogSinceAsync(0, reason), StringComparison.Ordinal);
        Assert.Contains(reason, server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClientsLogAlsoHearsOfASkippedFrame()
    {
        using var server = new LspProcess();
        await server.InitializeAsync();

        await server.SendRawAsync(Encoding.UTF8.GetBytes($"Content-Length: abc\r\n\r\n{Body}"));
        await server.SendAsync(LspProcess.Probe(42));

        var answers = await server.ResponsesUntilAsync(42);
        Assert.NotNull(answers);
        var notice = await server.NotificationAsync("window/logMessage");
        Assert.Contains("is geen aantal bytes", notice.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
