using System.Text.Json;

namespace Zorginkoop.Dsl.Reliability.Tests.Replay;

/// <summary>What an editor does first with the real language server: open a workspace folder, open a document, wait for its diagnostics.</summary>
internal static class Editor
{
    public static async Task InitializeAsync(LspProcess server, string workspace)
    {
        var root = new Uri(workspace).AbsoluteUri;
        await server.SendAsync(LspProcess.Request(0, "initialize", JsonSerializer.Serialize(new
        {
            processId = (int?)null,
            rootUri = root,
            capabilities = new { },
            workspaceFolders = new[] { new { uri = root, name = "werkmap" } },
        })));
        await server.ResponseAsync(0);
        await server.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    }

    /// <summary>Opens the document and returns the diagnostics the server publishes for it (waiting up to a minute: the server checks off its message loop).</summary>
    public static async Task<JsonElement> OpenAsync(LspProcess server, string path, string text)
    {
        var uri = new Uri(path).AbsoluteUri;
        await server.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri, languageId = "zorginkoop", version = 1, text } },
        }));

        for (var probe = 10_000; probe < 10_600; probe++)
        {
            await server.SendAsync(LspProcess.Probe(probe));
            await server.ResponseAsync(probe);
            var published = server.ServerMessages.LastOrDefault(m =>
                m.GetProperty("method").GetString() == "textDocument/publishDiagnostics" && m.GetProperty("params").GetProperty("uri").GetString() == uri);
            if (published.ValueKind == JsonValueKind.Object)
            {
                return published.GetProperty("params").GetProperty("diagnostics");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No diagnostics for {uri}. Log:\n{server.Log}");
    }
}
