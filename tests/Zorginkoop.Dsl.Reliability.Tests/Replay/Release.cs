using System.Diagnostics;
using System.Text.Json;

namespace Zorginkoop.Dsl.Reliability.Tests.Replay;

/// <summary>
/// The released build as its users meet it: the <c>zorginkoop</c> executable started as a process, with what it
/// wrote and how long it took. Every run is bounded, so a hang fails the test instead of stopping the suite.
/// </summary>
internal static class Release
{
    public sealed record Run(int ExitCode, string Output, string Error, TimeSpan Took)
    {
        public string All => Output + Error;

        public List<JsonElement> JsonLines =>
            [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public static Run Released(string folder, params string[] arguments) => Released(folder, TimeSpan.FromMinutes(1), arguments);

    public static Run Released(string folder, TimeSpan limit, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. arguments], folder, limit);
        return new Run(exitCode, output, error, clock.Elapsed);
    }

    /// <summary>What no answer to a bad input may contain: a crash, a stack trace, a framework's English, an internal error.</summary>
    public static void AssertNoCrash(string text)
    {
        Assert.DoesNotContain("ZI9003", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", text, StringComparison.Ordinal);
    }
}
