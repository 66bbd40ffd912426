using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// Editors beyond VS Code (issue 17, point 12), against the real process over stdio: file watchers registered
/// so imports changed on disk are noticed, <c>workspace/symbol</c> and <c>textDocument/documentHighlight</c>.
/// </summary>
public class WorkspaceFeatureTests
{
    [Fact]
    public async Task PolicyFilesAreWatchedWhenTheClientAllowsDynamicRegistration()
    {
        using var policies = new PolicyCopy();
        using var server = new LspProcess(policies.Root);
        await server.SendAsync(LspProcess.Request(0, "initialize", "{\"processId\":null,\"capabilities\":{\"workspace\":{\"didChangeWatchedFiles\":{\"dynamicRegistration\":true}}}}"));
        var capabilities = (await server.ResponseAsync(0)).GetProperty("result").GetProperty("capabilities");
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentHighlightProvider").GetBoolean());
        await server.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        var register = await server.NotificationAsync(Methods.RegisterCapability);
        var registration = Assert.Single(register.GetProperty("params").GetProperty("registrations").EnumerateArray());
        Assert.Equal(Methods.DidChangeWatchedFiles, registration.GetProperty("method").GetString());
        Assert.Equal("**/*.zip", Assert.Single(registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()).GetProperty("globPattern").GetString());
        // The client's answer to the server's request; the server goes on serving.
        await server.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{register.GetProperty("id").GetRawText()},\"result\":null}}");
        await server.SendAsync(LspProcess.Probe(1));
        Assert.True((await server.ResponseAsync(1)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task NoWatchersAreRegisteredWithAClientThatDoesNotAllowIt()
    {
        using var policies = new PolicyCopy();
        using var server = new LspProcess(policies.Root);
        await server.InitializeAsync();
        await server.SendAsync(LspProcess.Probe(1));
        await server.ResponseAsync(1);
        await server.SendAsync(LspProcess.Probe(2));
        await server.ResponseAsync(2);
        Assert.DoesNotContain(server.ServerMessages, m => m.GetProperty("method").GetString() == Methods.RegisterCapability);
    }

    [Fact]
    public async Task WorkspaceSymbolsComeFromEveryPolicyOpenOrNot()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.Process();
        await client.InitializeAsync(policies.Root);

        // Nothing open: the folders are searched.
        var sets = await client.RequestAsync<List<SymbolInformation>>(Methods.WorkspaceSymbol, new WorkspaceSymbolParams { Query = "algmin" });
        var general = Assert.Single(sets, s => s.Name == "AlgemeneMinimumeisen" && s.Kind == SymbolKind.Class);
        Assert.Equal(PolicyCopy.UriOf(policies.AlgemeneMinimumeisen), general.Location.Uri);
        Assert.Equal(PolicyCopy.Find(File.ReadAllText(policies.AlgemeneMinimumeisen), "eisen AlgemeneMinimumeisen", "AlgemeneMinimumeisen").ToString(), general.Location.Range.Start.ToString());
        Assert.All(sets, s => Assert.True(WorkspaceSymbolHandlerMatches(s.Name, "algmin"), s.Name));

        var found = await client.RequestAsync<List<SymbolInformation>>(Methods.WorkspaceSymbol, new WorkspaceSymbolParams { Query = "bezetting" });
        var requirement = found.FirstOrDefault(s => s.Name == "bezetting" && s.Location.Uri == PolicyCopy.UriOf(policies.Huisartsenzorg))
            ?? throw new Xunit.Sdk.XunitException(string.Join("; ", found.Select(s => $"{s.Name} in {s.ContainerName} at {s.Location.Uri}")));
        Assert.Equal(SymbolKind.Function, requirement.Kind);
        Assert.Equal(PolicyCopy.UriOf(policies.Huisartsenzorg), requirement.Location.Uri);

        // An open buffer wins over its file: a set only typed, not saved, is found.
        var text = File.ReadAllText(policies.Huisartsenzorg) + "\neisen Nieuwbouwset \"Alleen in de editor\" {\n    eis a \"A\"\n        aanbieder.fteHuisarts >= 1\n}\n";
        await client.OpenAsync(policies.Huisartsenzorg, text);
        var typed = Assert.Single(await client.RequestAsync<List<SymbolInformation>>(Methods.WorkspaceSymbol, new WorkspaceSymbolParams { Query = "Nieuwbouw" }));
        Assert.Equal(text.Split('\n').Length - 5, typed.Location.Range.Start.Line);
    }

    [Fact]
    public async Task DocumentHighlightMarksTheDeclarationAndEveryUseOfTheSameThing()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.Process();
        await client.InitializeAsync(policies.Root);
        var text = File.ReadAllText(policies.Huisartsenzorg);
        var uri = await client.OpenAsync(policies.Huisartsenzorg);

        var highlights = await client.RequestAsync<List<DocumentHighlight>>(Methods.DocumentHighlight, new DocumentHighlightParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "normFte", 3),
        });
        var lines = text.Split('\n');
        Assert.All(highlights, h => Assert.Equal("normFte", lines[h.Range.Start.Line][h.Range.Start.Character..h.Range.End.Character]));
        var declaration = Assert.Single(highlights, h => h.Kind == 3);
        Assert.Equal(PolicyCopy.Find(text, "definitie normFte", "normFte").ToString(), declaration.Range.Start.ToString());
        Assert.Contains(highlights, h => h.Kind == 2 && h.Range.Start.ToString() == PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "normFte").ToString());

        // A field: its uses, and nothing named alike that is something else.
        var field = await client.RequestAsync<List<DocumentHighlight>>(Methods.DocumentHighlight, new DocumentHighlightParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts"),
        });
        Assert.Contains(field, h => h.Kind == 3 && h.Range.Start.ToString() == PolicyCopy.Find(text, "fteHuisarts: decimaal", "fteHuisarts").ToString());
        Assert.All(field, h => Assert.Equal("fteHuisarts", lines[h.Range.Start.Line][h.Range.Start.Character..h.Range.End.Character]));
    }

    private static bool WorkspaceSymbolHandlerMatches(string name, string query) => Handlers.Symbols.WorkspaceSymbolHandler.Matches(name, query);
}
