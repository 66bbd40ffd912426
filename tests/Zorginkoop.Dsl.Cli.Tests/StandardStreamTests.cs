using System.Text;
using Zorginkoop.Dsl.Cli.Tests.Batch;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 17.4: <c>-</c> as a path is standard input or output, as in POSIX tools — run as the real executable with a
/// real pipe, because the in-process runner has no standard input of its own.
/// </summary>
public class StandardStreamTests
{
    [Fact]
    public void FactsFromStandardInputAreEvaluatedLikeAFile()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var (exitCode, output, error) = Cli.RunProcessWithInput(folder.Path, Encoding.UTF8.GetBytes(BatchPolicy.Practice(patients: 6000, fte: 1.5m)),
            "evaluate", policy, "--facts", "-", "--set", "Huisarts");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Huisarts: NIET VOLDAAN", output);
        Assert.False(File.Exists(Path.Combine(folder.Path, "-")));
    }

    [Fact]
    public void InvalidUtf8OnStandardInputIsRefusedLikeInAFile()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var (exitCode, _, error) = Cli.RunProcessWithInput(folder.Path, [.. "{\"naam\":\"Praktijk "u8, 0xEB, .. "\"}"u8],
            "evaluate", policy, "--facts", "-");

        Assert.Equal(1, exitCode);
        Assert.Contains("ZI8001", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void ABatchReadsStandardInputAndWritesStandardOutputForADash()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var records = string.Join("\n", BatchPolicy.Practice(patients: 3000), BatchPolicy.Practice(patients: 9000), BatchPolicy.Rho) + "\n";

        var (exitCode, output, error) = Cli.RunProcessWithInput(folder.Path, Encoding.UTF8.GetBytes(records),
            "evaluate", policy, "--facts", "-", "--format", "jsonl", "--output", "-");

        Assert.True(exitCode == 0, error);
        var written = BatchCli.Records(output);
        Assert.Equal([1, 2, 3], written.Select(r => r.GetProperty("record").GetInt32()));
        Assert.Equal("satisfied", BatchCli.Outcome(written[0], "Huisarts"));
        Assert.Equal("notSatisfied", BatchCli.Outcome(written[1], "Huisarts"));
        Assert.Equal("satisfied", BatchCli.Outcome(written[2], "Rho"));
        Assert.False(File.Exists(Path.Combine(folder.Path, "-")), "--output - writes no file named '-'");
    }

    [Fact]
    public void CsvOutputToADashGoesToStandardOutput()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.jsonl", BatchPolicy.Practice(patients: 3000) + "\n");

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts, "--format", "csv", "--output", "-");

        Assert.True(exitCode == 0, error);
        Assert.Contains("record,line,Huisarts,Rho,errors", output);
        Assert.Empty(Directory.GetFiles(folder.Path, "-*"));
    }

    [Fact]
    public void CheckOfADashChecksStandardInputWithImportsFromTheCurrentFolder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("gedeeld.zip", "keuze Soort { Huisartsenpraktijk, Apotheek }\ngegevens Praktijk als aanbieder { soort: Soort\n fte: decimaal }\n");
        var policy = "gebruik \"gedeeld.zip\"\neisen E \"E\" {\n    eis a \"a\" aanbieder.ft >= 1\n}\n";

        var (exitCode, output, _) = Cli.RunProcessWithInput(folder.Path, Encoding.UTF8.GetBytes(policy), "check", "-");

        Assert.Equal(1, exitCode);
        Assert.Contains("<stdin>(3,", output);
        Assert.Contains("error ZI2003", output);
        Assert.Contains("Bedoelde u 'fte'?", output);

        var good = Cli.RunProcessWithInput(folder.Path, Encoding.UTF8.GetBytes(policy.Replace("aanbieder.ft ", "aanbieder.fte ")), "check", "-");
        Assert.True(good.ExitCode == 0, good.Output + good.Error);
    }

    [Fact]
    public void PublishToADashWritesTheDocumentToStandardOutput()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", "beleid \"Proef\" { verzekeraar: \"V\"\n looptijd: 2026 t/m 2026 }\n" + BatchPolicy.Source);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "publish", policy, "--format", "markdown", "--output", "-", "--on", "2026-01-01");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Proef", output);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "-")), "--output - makes no folder named '-'");
    }
}
