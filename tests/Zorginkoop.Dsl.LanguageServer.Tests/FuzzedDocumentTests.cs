using System.Text.Json;
using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// The reliability suite's gap in the abuse cases: documents that are themselves hostile. Through the real
/// <c>zorginkoop lsp</c> process — where a stack overflow would end the editor's server for good — the client opens
/// nesting 5,000 deep and broken copies of the real policies, then asks for every feature at positions inside,
/// at the end of and far beyond the text. Every request is answered (a result or an error response), and the
/// server still serves and shuts down cleanly afterwards.
/// </summary>
public class FuzzedDocumentTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Deep = 5_000;

    private static readonly string[] DeepDocuments =
    [
        "gegevens G als g { a: aantal }\neisen A { eis x " + new string('(', Deep) + "g.a" + new string(')', Deep) + " > 1 }\n",
        "gegevens G als g { a: ja/nee }\neisen A { eis x " + string.Concat(Enumerable.Repeat("niet ", Deep)) + "g.a }\n",
        "gegevens G als g { a: ja/nee }\neisen A { " + string.Concat(Enumerable.Range(0, Deep).Select(i => $"eis x{i} {{ ")) + "eis y g.a " + new string('}', Deep) + " }\n",
        "gegevens G als g { a: ja/nee }\neisen A { eis x g.a" + string.Concat(Enumerable.Repeat(" en g.a", Deep)) + " }\n",
        "gegevens G als g { a: ja/nee }\neisen A { eis x g.a }\nscenario \"s\" { gegeven g { a: " + new string('[', Deep) + "ja" + new string(']', Deep) + " } }\n",
        // 15,000 minus signs in a list in a scenario value overflowed the stack in ANTLR's prediction and ended the server.
        "gegevens G als g { l: lijst van aantal }\neisen A { eis x aantal van g.l > 1 }\nscenario \"s\" { gegeven g { l: [" + string.Concat(Enumerable.Repeat("- ", 15_000)) + "1] } }\n",
        "eisen A { eis x \"" + new string('x', 1024 * 1024) + "\" ja }\n",
    ];

    [Fact]
    public async Task HostileDocumentsGetAnswersAndTheServerSurvives()
    {
        using var policies = new PolicyCopy();
        await using var client = LspClient.Process();
        await client.InitializeAsync(policies.Root);
        var random = new Random(20261123);
        var answered = 0;

        for (var i = 0; i < DeepDocuments.Length; i++)
        {
            var uri = await client.OpenAsync(Path.Combine(policies.Root, $"diep-{i}.zip"), DeepDocuments[i]);
            var published = await client.CurrentDiagnosticsAsync(uri, TimeSpan.FromSeconds(60));
            if (i < DeepDocuments.Length - 1)
            {
                Assert.Contains(published.Diagnostics, d => d.Code == "ZI9201");
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            answered += await AskEverything(client, uri, DeepDocuments[i], random);
            output.WriteLine($"diep-{i}: {clock.ElapsedMilliseconds} ms");
        }

        var sources = Directory.GetFiles(policies.Root, "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 8; i++)
        {
            var source = sources[(3 * i) % sources.Count];
            var text = Mutate(File.ReadAllText(source), random);
            var uri = await client.OpenAsync(Path.Combine(Path.GetDirectoryName(source)!, $"kapot-{i}.zip"), text);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            answered += await AskEverything(client, uri, text, random);
            output.WriteLine($"kapot-{i} ({Path.GetFileName(source)}): {clock.ElapsedMilliseconds} ms");
            await client.ReplaceAllAsync(uri, Mutate(text, random));
            answered += await AskEverything(client, uri, text, random);
        }

        var symbols = await client.RequestAsync<List<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams { TextDocument = new TextDocumentIdentifier { Uri = await client.OpenAsync(policies.Huisartsenzorg) } });
        Assert.NotEmpty(symbols);
        Assert.True(answered > 700, $"{answered} requests answered");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>Every request kind at a handful of positions; returns how many were answered. A timeout or a dropped connection fails the test.</summary>
    private static async Task<int> AskEverything(LspClient client, string uri, string text, Random random)
    {
        var document = new TextDocumentIdentifier { Uri = uri };
        var lines = text.Split('\n');
        var positions = new List<Position> { new(0, 0), new(lines.Length - 1, lines[^1].Length), new(lines.Length + 50, 3), new(0, 100_000) };
        for (var i = 0; i < 2; i++)
        {
            var line = random.Next(lines.Length);
            positions.Add(new Position(line, random.Next(lines[line].Length + 1)));
        }

        var whole = new Range(new Position(0, 0), new Position(lines.Length, 0));
        var requests = new List<Func<Task>>
        {
            () => client.RequestAsync<JsonElement>(Methods.DocumentSymbol, new DocumentSymbolParams { TextDocument = document }),
            () => client.RequestAsync<JsonElement>(Methods.FoldingRange, new FoldingRangeParams { TextDocument = document }),
            () => client.RequestAsync<JsonElement>(Methods.SemanticTokensFull, new SemanticTokensParams { TextDocument = document }),
            () => client.RequestAsync<JsonElement>(Methods.Formatting, new DocumentFormattingParams { TextDocument = document }),
            () => client.RequestAsync<JsonElement>(Methods.InlayHint, new InlayHintParams { TextDocument = document, Range = whole }),
            () => client.RequestAsync<JsonElement>(Methods.CodeAction, new CodeActionParams { TextDocument = document, Range = whole }),
        };
        foreach (var position in positions)
        {
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.Hover, new HoverParams { TextDocument = document, Position = position }));
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.Completion, new CompletionParams { TextDocument = document, Position = position }));
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.Definition, new DefinitionParams { TextDocument = document, Position = position }));
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.References, new ReferenceParams { TextDocument = document, Position = position, Context = new ReferenceContext { IncludeDeclaration = true } }));
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.PrepareRename, new PrepareRenameParams { TextDocument = document, Position = position }));
            requests.Add(() => client.RequestAsync<JsonElement>(Methods.Rename, new RenameParams { TextDocument = document, Position = position, NewName = "nieuweNaam" }));
        }

        foreach (var request in requests)
        {
            try
            {
                await request();
            }
            catch (RemoteInvocationException)
            {
                // An error response is an answer; a timeout or a lost connection is not, and propagates.
            }
        }

        return requests.Count;
    }

    private static string Mutate(string text, Random random)
    {
        for (var step = random.Next(1, 4); step > 0; step--)
        {
            var at = random.Next(text.Length + 1);
            var from = random.Next(text.Length + 1);
            var piece = text.Substring(from, Math.Min(60, text.Length - from));
            text = random.Next(5) switch
            {
                0 => text[..at],
                1 => text.Remove(at, Math.Min(text.Length - at, random.Next(1, 80))),
                2 => text.Insert(at, new string("({[\"\\‮\u200b\ud800}])"[random.Next(11)], random.Next(1, 4))),
                3 => text.Insert(at, piece),
                _ => text.Insert(at, " eis x { niet ( "),
            };
        }

        return text;
    }
}
