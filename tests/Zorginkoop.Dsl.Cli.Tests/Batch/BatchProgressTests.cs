using Zorginkoop.Dsl.Cli.Batch;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>
/// The progress bar that a batch shows on a terminal. It is only used when stderr is one, so the other batch tests
/// never meet it; before these tests its first redraw overflowed a TimeSpan and every batch run in a terminal ended
/// in ZI9003.
/// </summary>
public class BatchProgressTests
{
    [Fact]
    public void DrawsShareRecordsRateAndTimeLeftAndClearsTheLineAtTheEnd()
    {
        var error = new StringWriter();
        var progress = new BatchProgress(error, totalBytes: 1000);

        progress.Report(records: 0, bytes: 0);
        var first = error.ToString();
        progress.Report(records: 10, bytes: 100);
        var throttled = error.ToString();
        Thread.Sleep(300);
        progress.Report(records: 500, bytes: 500);
        var second = error.ToString()[throttled.Length..];
        progress.Finish();

        Assert.StartsWith("\r[------------------------------]   0%  0 records", first);
        Assert.EndsWith("nog ?", first);
        Assert.Equal(first, throttled);
        Assert.Contains("[###############---------------]  50%  500 records", second);
        Assert.Matches(@"\d+/s  nog \d+ s\s*$", second);
        Assert.EndsWith("\r", error.ToString());
    }

    /// <summary>Facts from a pipe have no length: the bar shows what it knows instead of asking (which threw, ZI9003).</summary>
    [Fact]
    public void WithoutATotalLengthDrawsRecordsAndRateOnly()
    {
        var error = new StringWriter();
        var progress = new BatchProgress(error, totalBytes: null);

        progress.Report(records: 1500, bytes: 123_456);
        progress.Finish();

        Assert.Matches(@"^\r1\.500 records  \d+(\.\d{3})*/s", error.ToString());
        Assert.DoesNotContain("%", error.ToString());
    }

    /// <summary>The whole command under a pseudo-terminal (util-linux 'script'), as a user at a shell runs it.</summary>
    [Fact]
    public void ABatchInATerminalShowsProgressAndSucceeds()
    {
        Assert.True(File.Exists("/usr/bin/script"), "util-linux 'script' is needed to give the command a terminal");
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.jsonl", string.Concat(Enumerable.Range(0, 2000).Select(i => BatchPolicy.Practice(i) + "\n")));
        var output = Path.Combine(folder.Path, "uit.jsonl");
        var command = $"dotnet '{ChildProcess.ZorginkoopDll}' evaluate '{policy}' --facts '{facts}' --output '{output}'";

        var (exitCode, terminal, _) = ChildProcess.Run("script", ["-qec", command, "/dev/null"], folder.Path);

        Assert.True(exitCode == 0, terminal);
        Assert.Contains("2.000 records geëvalueerd (0 met fouten)", terminal);
        Assert.DoesNotContain("ZI9003", terminal);
        Assert.Equal(2000, File.ReadAllLines(output).Length);
    }
}
