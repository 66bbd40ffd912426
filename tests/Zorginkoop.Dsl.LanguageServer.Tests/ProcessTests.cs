using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>The real server process, started as the VS Code extension starts it: <c>dotnet zorginkoop.dll lsp</c> over stdio.</summary>
public class ProcessTests
{
    [Fact]
    public async Task TheRealProcessChecksHoversAndShutsDownCleanly()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.Process();
        var initialized = await client.InitializeAsync(policies.Root);
        Assert.Equal("zorginkoop", initialized.ServerInfo.Name);
        Assert.Equal(TextDocumentSyncKind.Incremental, initialized.Capabilities.TextDocumentSync.Change);

        var text = File.ReadAllText(policies.Huisartsenzorg);
        var uri = await client.OpenAsync(policies.Huisartsenzorg);
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);

        var field = PolicyCopy.RangeOf(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts");
        await client.ChangeAsync(uri, field, "fteHuisart");
        var broken = await client.CurrentDiagnosticsAsync(uri);
        Assert.Equal("ZI2003", Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error).Code);

        var hover = await client.RequestAsync<Protocol.Hover>(Methods.Hover, new HoverParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "eis bezetting", "bezetting"),
        });
        Assert.Contains("Huisartsgeneeskundig.bezetting", hover.Contents.Value);

        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
