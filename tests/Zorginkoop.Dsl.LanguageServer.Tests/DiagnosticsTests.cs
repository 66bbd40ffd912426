using System.Diagnostics;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Server;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

public class DiagnosticsTests
{
    [Fact]
    public async Task AMisspelledFieldIsReportedAtItsRangeWithinADebounceIntervalAndFixingItClearsIt()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;
        var initial = await client.CurrentDiagnosticsAsync(uri);
        Assert.DoesNotContain(initial.Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);

        var field = PolicyCopy.RangeOf(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts");
        var watch = Stopwatch.StartNew();
        await client.ChangeAsync(uri, field, "fteHuisart");
        var broken = await client.CurrentDiagnosticsAsync(uri);
        watch.Stop();

        var error = Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
        Assert.Equal("ZI2003", error.Code);
        Assert.Equal(field.Start.Line, error.Range.Start.Line);
        Assert.Equal(field.Start.Character, error.Range.Start.Character);
        Assert.Equal(field.Start.Character + "fteHuisart".Length, error.Range.End.Character);
        Assert.Contains("Bedoelde u 'fteHuisarts'?", error.Message);
        Assert.Equal("fteHuisarts", error.Data?.Suggestion);
        // The wait is one debounce interval; the rest is checking the policy and its import.
        Assert.True(watch.Elapsed < ZorginkoopLanguageServer.DefaultDebounce + TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");

        var typo = new Range(field.Start, new Position(field.Start.Line, field.Start.Character + "fteHuisart".Length));
        await client.ChangeAsync(uri, typo, "fteHuisarts");
        var fixedAgain = await client.CurrentDiagnosticsAsync(uri);
        Assert.DoesNotContain(fixedAgain.Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
    }

    [Fact]
    public async Task ClosingADocumentClearsItsDiagnostics()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var uri = await client.OpenAsync(policies.Huisartsenzorg, "eisen X { eis a onbekendeNaam }");
        Assert.NotEmpty((await client.CurrentDiagnosticsAsync(uri)).Diagnostics);

        await client.NotifyAsync(Methods.DidClose, new DidCloseTextDocumentParams { TextDocument = new TextDocumentIdentifier { Uri = uri } });

        await client.DiagnosticsAsync(uri, p => p.Diagnostics.Count == 0);
    }

    [Fact]
    public async Task ChangingAnImportedFileReChecksTheOpenFilesThatImportIt()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var importer = await client.OpenAsync(policies.Huisartsenzorg);
        var shared = await client.OpenAsync(policies.AlgemeneMinimumeisen);
        await client.CurrentDiagnosticsAsync(importer);
        await client.CurrentDiagnosticsAsync(shared);

        var sharedText = File.ReadAllText(policies.AlgemeneMinimumeisen);
        await client.ChangeAsync(shared, PolicyCopy.RangeOf(sharedText, "eisen AlgemeneMinimumeisen", "AlgemeneMinimumeisen"), "AlgemeneEisen");

        // The importer itself did not change, yet it now refers to a set that no longer exists.
        var importerText = File.ReadAllText(policies.Huisartsenzorg);
        var omvat = PolicyCopy.Find(importerText, "omvat AlgemeneMinimumeisen", "AlgemeneMinimumeisen");
        var diagnostics = await client.DiagnosticsAsync(importer, p => p.Diagnostics.Any(d => d.Code == "ZI2001"));
        var unknown = Assert.Single(diagnostics.Diagnostics, d => d.Code == "ZI2001");
        Assert.Equal(omvat.Line, unknown.Range.Start.Line);
        Assert.Equal(omvat.Character, unknown.Range.Start.Character);
        Assert.Equal(1, diagnostics.Version);
    }

    [Fact]
    public async Task AnImportChangedOnDiskIsPickedUpFromTheWatchedFilesNotification()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, _, uri) = session;
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Code == "ZI2001");

        File.WriteAllText(policies.AlgemeneMinimumeisen, File.ReadAllText(policies.AlgemeneMinimumeisen).Replace("eisen AlgemeneMinimumeisen", "eisen AlgemeneEisen", StringComparison.Ordinal));
        await client.NotifyAsync(Methods.DidChangeWatchedFiles, new DidChangeWatchedFilesParams
        {
            Changes = [new FileEvent { Uri = PolicyCopy.UriOf(policies.AlgemeneMinimumeisen), Type = 2 }],
        });

        var stale = await client.DiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "ZI2001"));
        Assert.Contains(stale.Diagnostics, d => d.Message.Contains("AlgemeneMinimumeisen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnsavedBufferIsCheckedToo()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        const string uri = "untitled:Untitled-1";

        await client.NotifyAsync(Methods.DidOpen, new DidOpenTextDocumentParams
        {
            TextDocument = new TextDocumentItem { Uri = uri, LanguageId = "zorginkoop", Version = 1, Text = "keuze Soort { A, A }\n" },
        });

        var diagnostics = await client.DiagnosticsAsync(uri, p => p.Diagnostics.Count > 0);
        Assert.Equal("ZI2010", Assert.Single(diagnostics.Diagnostics).Code);
    }
}
