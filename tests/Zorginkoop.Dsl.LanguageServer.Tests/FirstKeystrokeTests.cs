using Zorginkoop.Dsl.LanguageServer.Protocol;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// Messages on the first keystrokes (issue 17, point 13), through the real server process over stdio: half-typed
/// text gets one clear message where the author is typing, and hovers say what a reader needs (one "eis", the time
/// of a date-time, the condition of a requirement); the weekday hint follows the whole date-time.
/// </summary>
public class FirstKeystrokeTests
{
    private const string Policy = """
        gegevens Z als aanbieder {
            x: aantal
            t: tijdstip
        }
        eisen A "A" {
            eis b "B" aanbieder.x >= 3
            eis c "C" aanbieder.t >= 30 september 2025 17:00 uur
        }
        eisen E "E" {
            eis d "D" aanbieder.x >= 1
        }
        """;

    [Fact]
    public async Task TypingAMemberDotGivesOneMessageRightAfterTheDot()
    {
        var text = "gegevens Z als aanbieder {\n    x: aantal\n}\neisen A \"A\" {\n    eis b \"B\" aanbieder.\n}\n";
        await using var session = await OpenAsync(text);

        var error = Assert.Single((await session.Client.CurrentDiagnosticsAsync(session.Uri)).Diagnostics);

        Assert.Equal("ZI1002", error.Code);
        Assert.StartsWith("Na 'aanbieder.' ontbreekt de naam van een veld", error.Message);
        Assert.DoesNotContain("aanvulling", error.Message);
        Assert.Equal((4, "    eis b \"B\" aanbieder.".Length), (error.Range.Start.Line, error.Range.Start.Character));
    }

    [Fact]
    public async Task ARequirementWithoutAConditionSaysSoNotThatItsSentenceIsText()
    {
        var text = "gegevens Z als aanbieder {\n    x: aantal\n}\neisen A \"A\" {\n    eis b \"Een zin\"\n}\n";
        await using var session = await OpenAsync(text);

        var error = Assert.Single((await session.Client.CurrentDiagnosticsAsync(session.Uri)).Diagnostics);

        Assert.Equal("ZI3003", error.Code);
        Assert.Contains("Eis 'b' heeft een zin maar geen voorwaarde", error.Message);
        Assert.DoesNotContain("is tekst", error.Message);
        Assert.Equal(4, error.Range.Start.Line);
    }

    [Fact]
    public async Task HoversSayOneEisAndShowTheConditionOfARequirement()
    {
        await using var session = await OpenAsync(Policy);
        Assert.Empty((await session.Client.CurrentDiagnosticsAsync(session.Uri)).Diagnostics);

        var set = await session.HoverAsync(PolicyCopy.Find(Policy, "eisen E", "E", 0));
        var requirement = await session.HoverAsync(PolicyCopy.Find(Policy, "eis b", "b"));

        Assert.Contains("\n\n1 eis.", set);
        Assert.DoesNotContain("1 eisen", set);
        Assert.Contains("Voldaan als: `aanbieder.x >= 3`", requirement);
    }

    [Fact]
    public async Task ADateTimeKeepsItsTimeInTheHoverAndGetsItsWeekdayAfterTheTime()
    {
        await using var session = await OpenAsync(Policy);
        var onDate = await session.HoverAsync(PolicyCopy.Find(Policy, "eis c", "september"));
        var onTime = await session.HoverAsync(PolicyCopy.Find(Policy, "eis c", "17:00"));

        var hints = await session.Client.RequestAsync<List<InlayHint>>(Methods.InlayHint, new InlayHintParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = session.Uri },
            Range = new Range(new Position(0, 0), new Position(12, 0)),
        });

        Assert.Equal("**dinsdag** 30 september 2025 17:00 uur", onDate);
        Assert.Equal(onDate, onTime);
        var hint = Assert.Single(hints);
        Assert.Equal("(di)", hint.Label);
        var afterTime = PolicyCopy.Find(Policy, "eis c", "uur", "uur".Length);
        Assert.Equal((afterTime.Line, afterTime.Character), (hint.Position.Line, hint.Position.Character));
    }

    private static async Task<Session> OpenAsync(string text)
    {
        var policies = new PolicyCopy();
        var client = LspClient.Process();
        await client.InitializeAsync(policies.Root);
        var uri = await client.OpenAsync(Path.Combine(policies.Root, "nieuw.zip"), text);
        return new Session(policies, client, uri);
    }

    private sealed record Session(PolicyCopy Policies, LspClient Client, string Uri) : IAsyncDisposable
    {
        public async Task<string> HoverAsync(Position position) =>
            (await Client.RequestAsync<Protocol.Hover>(Methods.Hover, new HoverParams { TextDocument = new TextDocumentIdentifier { Uri = Uri }, Position = position })).Contents.Value;

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Policies.Dispose();
        }
    }
}
