using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// The real server over stdio in a workspace made to hurt (issue 15, points 7 and 11, the editor's half): imports
/// stay inside the workspace folder as they do on the command line, and a symbolic-link loop, a link out of the
/// folder and a named pipe called <c>*.zip</c> neither freeze "find references" nor let it read outside.
/// </summary>
public class HostileWorkspaceTests
{
    private const string UsesBinnen = "gebruik \"binnen.zip\"\ngegevens Z als aanbieder {\n    b: Binnen\n}\neisen X \"t\" {\n    eis a\n        aanbieder.b = A\n}\n";

    [Theory]
    [InlineData("/etc/passwd", "ZI9006")]
    [InlineData("../geheim.zip", "ZI9007")]
    [InlineData("naar-buiten.zip", "ZI9007")]
    [InlineData("buiten-map/geheim.zip", "ZI9007")]
    [InlineData("pijp.zip", "ZI9008")]
    public async Task AnImportOutOfTheWorkspaceIsRefusedAsOnTheCommandLine(string written, string code)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new HostileFolder();
        var entry = folder.Write("hoofd.zip", $"gebruik \"{written}\"\n");
        await using var client = LspClient.Process();
        await client.InitializeAsync(folder.Root);

        var uri = await client.OpenAsync(entry);
        var diagnostics = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics;

        var refusal = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(0, refusal.Range.Start.Line);
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(HostileFolder.Secret, StringComparison.Ordinal));

        // Go to definition does not lead out either.
        var definition = await client.RequestAsync<List<Location>?>(Methods.Definition, new TextDocumentPositionParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = new Position(0, 10),
        });
        Assert.True(definition is null or [], $"definition of {written}: {definition?[0].Uri}");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task FindReferencesInAWorkspaceWithALinkLoopAndAPipeAnswersWithTheFilesInsideOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new HostileFolder();
        var other = folder.Write("gebruiker.zip", UsesBinnen);
        var entry = folder.Write("hoofd.zip", UsesBinnen);
        var text = File.ReadAllText(entry);
        await using var client = LspClient.Process();
        await client.InitializeAsync(folder.Root);
        var uri = await client.OpenAsync(entry);
        await client.CurrentDiagnosticsAsync(uri);

        var found = await client.RequestAsync<List<Location>>(Methods.References, new ReferenceParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "aanbieder.b = A", "A"),
            Context = new ReferenceContext { IncludeDeclaration = true },
        });

        var files = found.Select(l => Path.GetFileName(new Uri(l.Uri).LocalPath)).Order(StringComparer.Ordinal).ToList();
        // The declaration in binnen.zip, the use in each policy; never a copy reached through 'lus' or 'buiten-map'.
        Assert.Equal(["binnen.zip", "gebruiker.zip", "hoofd.zip"], files);
        Assert.All(found, l => Assert.StartsWith(folder.Root + Path.DirectorySeparatorChar, new Uri(l.Uri).LocalPath, StringComparison.Ordinal));
        Assert.DoesNotContain(found, l => l.Uri.Contains("/lus/", StringComparison.Ordinal) || l.Uri.Contains("buiten-map", StringComparison.Ordinal));
        Assert.Contains(found, l => new Uri(l.Uri).LocalPath == other);

        // Rename walks the same files, and the server goes on serving.
        var edit = await client.RequestAsync<WorkspaceEdit?>(Methods.Rename, new RenameParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "aanbieder.b = A", "A"),
            NewName = "Anders",
        });
        Assert.NotNull(edit?.Changes);
        Assert.Equal(3, edit.Changes.Count);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
