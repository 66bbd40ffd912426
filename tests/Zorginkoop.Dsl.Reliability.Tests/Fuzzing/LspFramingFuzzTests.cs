using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Malformed LSP framing against the real <c>zorginkoop lsp</c> process (issue 15, point 14). After each frame from
/// <see cref="MalformedFrameGenerator"/> the client goes on as a client would: it sends valid requests, enough of
/// them to cover what the frame announced but did not send, and then two more. The last of them must get its result,
/// and the server must have logged the broken frame; or, if the server ended, it must have said why on stderr.
/// Never a hang, never a silent exit. Seeded (ZORGINKOOP_FUZZ_SEED); ZORGINKOOP_FUZZ_ITERATIONS sets the frames.
/// </summary>
public class LspFramingFuzzTests(ITestOutputHelper output)
{
    private const int CiFrames = 60;

    [Fact]
    public async Task EveryMalformedFrameIsLoggedAndTheServerAnswersTheNextRequest()
    {
        var seed = Settings.Seed;
        var generator = new MalformedFrameGenerator(new Random(unchecked((int)seed)));
        var frames = Settings.FuzzIterations(CiFrames);
        var server = await StartAsync();
        var probeId = 1;
        var exits = 0;
        var answered = 0;
        try
        {
            for (var i = 0; i < frames; i++)
            {
                var frame = generator.Next();
                var context = $"frame {i} ({frame.Description}), seed {seed}: {Show(frame.Bytes)}";
                var logBefore = server.Log.Length;
                await server.SendRawAsync(frame.Bytes);

                // Requests until what the frame owes is paid, then two whole ones: the last must be served.
                var covered = 0;
                var whole = 0;
                var last = 0;
                while (whole < 2)
                {
                    whole += covered >= frame.Owed ? 1 : 0;
                    last = probeId++;
                    var probe = LspProcess.Frame(LspProcess.Probe(last));
                    covered += probe.Length;
                    if (!await server.SendRawAsync(probe))
                    {
                        break;
                    }
                }

                var answer = await server.TryResponseAsync(last);
                if (answer is null)
                {
                    // The server ended: only with its reason on stderr.
                    var exitCode = await server.CloseInputAndWaitAsync();
                    Assert.True(server.Log.Contains("De verbinding is onbruikbaar en wordt gesloten", StringComparison.Ordinal), $"{context}: the server exited ({exitCode}) without saying why. Log:\n{server.Log}");
                    exits++;
                    server.Dispose();
                    server = await StartAsync();
                    continue;
                }

                Assert.True(answer.Value.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Array, $"{context}: the request after it got {answer}");
                var logged = frame.MustBeLogged ? await server.LogSinceAsync(logBefore, "zorginkoop lsp:") : server.Log[logBefore..];
                Assert.True(!frame.MustBeLogged || logged.Contains("zorginkoop lsp:", StringComparison.Ordinal), $"{context}: nothing was logged");
                Assert.DoesNotContain("   at ", logged, StringComparison.Ordinal);
                answered++;
            }
        }
        finally
        {
            server.Dispose();
        }

        output.WriteLine($"LSP-omlijsting: {frames} misvormde berichten, {answered} keer de volgende vraag beantwoord, {exits} keer gestopt met reden; seed {seed}");
    }

    private static async Task<LspProcess> StartAsync()
    {
        var server = new LspProcess();
        await server.InitializeAsync();
        return server;
    }

    private static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        text = text.Length > 300 ? text[..300] + "…" : text;
        return JsonSerializer.Serialize(text);
    }
}
