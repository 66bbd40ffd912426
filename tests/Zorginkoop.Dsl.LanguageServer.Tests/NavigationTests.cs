using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

public class NavigationTests
{
    [Fact]
    public async Task DefinitionOfANameInAnOmvatJumpsToTheRequirementSetInTheImportedFile()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;

        var locations = await client.RequestAsync<List<Location>>(Methods.Definition, new DefinitionParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "omvat AlgemeneMinimumeisen", "AlgemeneMinimumeisen", 3),
        });

        var location = Assert.Single(locations);
        Assert.Equal(PolicyCopy.UriOf(policies.AlgemeneMinimumeisen), location.Uri);
        var declaration = PolicyCopy.RangeOf(File.ReadAllText(policies.AlgemeneMinimumeisen), "eisen AlgemeneMinimumeisen", "AlgemeneMinimumeisen");
        Assert.Equal(declaration.ToString(), location.Range.ToString());
    }

    [Fact]
    public async Task DefinitionOfAGebruikOpensTheImportedFile()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;

        var locations = await client.RequestAsync<List<Location>>(Methods.Definition, new DefinitionParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = PolicyCopy.Find(text, "gebruik \"algemene-minimumeisen.zip\"", "algemene"),
        });

        Assert.Equal(PolicyCopy.UriOf(policies.AlgemeneMinimumeisen), Assert.Single(locations).Uri);
    }

    [Fact]
    public async Task ReferencesFindTheDeclarationAndEveryUse()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;
        var use = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "normFte");
        var declaration = PolicyCopy.Find(text, "definitie normFte", "normFte");

        var all = await client.RequestAsync<List<Location>>(Methods.References, new ReferenceParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = use,
            Context = new ReferenceContext { IncludeDeclaration = true },
        });
        var usesOnly = await client.RequestAsync<List<Location>>(Methods.References, new ReferenceParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = uri },
            Position = use,
            Context = new ReferenceContext { IncludeDeclaration = false },
        });

        var expectedUses = text.Split('\n').Count(l => l.Contains("normFte", StringComparison.Ordinal) && !l.Contains("definitie normFte", StringComparison.Ordinal));
        Assert.Contains(all, l => l.Range.Start.Line == declaration.Line && l.Range.Start.Character == declaration.Character);
        Assert.Contains(all, l => l.Range.Start.Line == use.Line && l.Range.Start.Character == use.Character);
        Assert.Equal(all.Count - 1, usesOnly.Count);
        Assert.Equal(expectedUses, usesOnly.Count);
        Assert.All(all, l => Assert.Equal(uri, l.Uri));
    }

    [Fact]
    public async Task RenameChangesEveryReferenceInEveryOpenFileIncludingTheImportedOne()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        var paths = new[] { policies.Huisartsenzorg, policies.MedischSpecialistisch2027, policies.AlgemeneMinimumeisen };
        var texts = paths.ToDictionary(p => PolicyCopy.UriOf(p), File.ReadAllText);
        foreach (var path in paths)
        {
            await client.OpenAsync(path);
        }

        var huisartsen = PolicyCopy.UriOf(policies.Huisartsenzorg);
        var at = PolicyCopy.Find(texts[huisartsen], "omvat AlgemeneMinimumeisen", "AlgemeneMinimumeisen", 5);
        var prepared = await client.RequestAsync<PrepareRenameResult>(Methods.PrepareRename, new PrepareRenameParams { TextDocument = new TextDocumentIdentifier { Uri = huisartsen }, Position = at });
        Assert.Equal("AlgemeneMinimumeisen", prepared.Placeholder);

        var edit = await client.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = huisartsen },
            Position = at,
            NewName = "BasiseisenVgz",
        });

        foreach (var (uri, text) in texts)
        {
            var expected = text.Split('\n').Sum(l => CountWord(l, "AlgemeneMinimumeisen"));
            Assert.True(expected > 0);
            Assert.Equal(expected, edit.Changes.GetValueOrDefault(uri)?.Count ?? 0);
        }

        // Applied, the renamed policies still check without errors, and the old name is gone from the code.
        var renamed = texts.ToDictionary(t => new Uri(t.Key).LocalPath, t => Apply(t.Value, edit.Changes[t.Key]));
        foreach (var path in paths)
        {
            var policy = PolicyCompilation.Compile(path, new InMemorySources(renamed));
            Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
            Assert.Contains("BasiseisenVgz", renamed[path]);
        }
    }

    [Fact]
    public async Task RenameRefusesNamesTheLanguageDoesNotAcceptAndThingsThatAreNotNames()
    {
        await using var session = await HuisartsenzorgSession.OpenAsync();
        var (policies, client, text, uri) = session;
        var document = new TextDocumentIdentifier { Uri = uri };

        // StreamJsonRpc's client reports the InvalidParams code (-32602) as RemoteMethodNotFoundException.
        var keyword = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams
        {
            TextDocument = document,
            Position = PolicyCopy.Find(text, "definitie normFte", "normFte"),
            NewName = "eisen",
        }));
        Assert.Equal(-32602, (int)keyword.ErrorCode);
        Assert.Contains("geen geldige naam", keyword.Message);

        var clash = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<WorkspaceEdit>(Methods.Rename, new RenameParams
        {
            TextDocument = document,
            Position = PolicyCopy.Find(text, "definitie normFte", "normFte"),
            NewName = "Huisartsgeneeskundig",
        }));
        Assert.Contains("bestaat al", clash.Message);

        // 'aanbieder' stands for the record Zorgaanbieder but is not its name: nothing to rename there.
        var subject = await client.RequestAsync<PrepareRenameResult?>(Methods.PrepareRename, new PrepareRenameParams
        {
            TextDocument = document,
            Position = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "aanbieder"),
        });
        Assert.Null(subject);
    }

    private static int CountWord(string line, string word)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        var code = comment >= 0 ? line[..comment] : line;
        return System.Text.RegularExpressions.Regex.Matches(code, $@"\b{word}\b").Count;
    }

    private static string Apply(string text, List<TextEdit> edits)
    {
        var source = new SourceText("x", text);
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            var span = Workspace.PositionConverter.ToSpan(source, edit.Range);
            text = string.Concat(text.AsSpan(0, span.Start), edit.NewText, text.AsSpan(span.End));
        }

        return text;
    }

    private sealed class InMemorySources(Dictionary<string, string> files) : ISourceProvider
    {
        public SourceLoadResult Load(string fullPath, string displayPath) =>
            files.TryGetValue(fullPath, out var text)
                ? SourceLoadResult.Success(new SourceText(fullPath, text))
                : FileSystemSourceProvider.Instance.Load(fullPath, displayPath);
    }
}
