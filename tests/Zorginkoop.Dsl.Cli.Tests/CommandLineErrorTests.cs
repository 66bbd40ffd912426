using Zorginkoop.Dsl.Cli.Tests.Batch;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Every mistake the command line reports comes from the diagnostic catalogue and is printed by the one
/// <c>DiagnosticWriter</c> (issue 13, point 6): a stable code, a Dutch sentence, and text from files or the command
/// line escaped so it cannot steer the terminal. Each test runs the real executable, as a script would.
/// </summary>
public class CommandLineErrorTests
{
    private static readonly string MszPolicy = RepositoryPaths.Combine("policies", "vgz", "medisch-specialistische-zorg-2027.zip");

    [Fact]
    public void TimelineOfAPolicyWithoutTimelinesIsZI9010AtTheStartOfThePolicy()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "timeline", policy, "--on", "2026-09-20");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("beleid.zip(1,1): error ZI9010: Dit beleid heeft geen tijdlijnen", error);
    }

    [Theory]
    [InlineData("--timeline", "PlanningZiekenhuis", "zorginkoop: error ZI2001: Onbekende tijdlijn 'PlanningZiekenhuis'. Bedoelde u 'PlanningZiekenhuizen'? Tijdlijnen: ")]
    [InlineData("--event", "ofertte=2026-09-25", "zorginkoop: error ZI2001: Geen tijdlijn kent gebeurtenis 'ofertte'. Bedoelde u 'offerte'?")]
    [InlineData("--party", "Zorgaanbiedr", "zorginkoop: error ZI2001: Geen regel noemt partij 'Zorgaanbiedr'. Bedoelde u 'Zorgaanbieder'?")]
    [InlineData("--event", "offerte", "zorginkoop: error ZI9304: 'offerte' is geen gebeurtenis; schrijf <naam>=JJJJ-MM-DD")]
    [InlineData("--event", "offerte=25-09-2026", "zorginkoop: error ZI9304: '25-09-2026' (bij gebeurtenis 'offerte') is geen datum")]
    public void TimelineNamesThePolicyLacksAreZI2001AndAnUnreadableEventIsZI9304(string option, string value, string line)
    {
        var (exitCode, output, error) = Cli.RunProcess(RepositoryPaths.Root, "timeline", MszPolicy, "--on", "2026-09-20", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(line, error);
    }

    [Fact]
    public void AnEventNameIsWrittenEscaped()
    {
        var (exitCode, _, error) = Cli.RunProcess(RepositoryPaths.Root, "timeline", MszPolicy, "--on", "2026-09-20", "--event", "of\u001b[31mferte");

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("error ZI9304: 'of\\u001B[31mferte' is geen gebeurtenis", error);
    }

    [Fact]
    public void AFactsFileLargerThanTheLimitIsZI9011()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", "/dev/zero");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("zorginkoop: error ZI9011: Het feitenbestand '/dev/zero' is groter dan 64 MB", error);
    }

    [Fact]
    public void AFactsFileThatIsAFolderIsZI9001WithItsNameEscaped()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = Directory.CreateDirectory(Path.Combine(folder.Path, "feiten\u001b[31m.json")).FullName;

        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("error ZI9001: ", error);
        Assert.Contains("feiten\\u001B[31m.json' kan niet worden gelezen: dit is een map, geen bestand.", error);
    }

    [Fact]
    public void FactsThatAreNotUtf8AreZI8001ThroughTheWriter()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.WriteBytes("feiten.json", System.Text.Encoding.Latin1.GetBytes("""{ "naam": "Coöperatie" }"""));

        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);

        Assert.Equal(1, exitCode);
        Assert.Contains("feiten.json: error ZI8001: ", error);
        Assert.Contains("geen geldige UTF-8", error);
    }

    [Fact]
    public void BatchRecordErrorsInTheSummaryAreWrittenEscaped()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.jsonl", BatchPolicy.Rho + "\n" + """{"soort\u001b[31m":"RHO"}""" + "\n");

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);

        Assert.Equal(1, exitCode);
        Assert.Equal(2, BatchCli.Records(output).Count);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("error ZI8002: ", error);
        Assert.Contains("soort\\u001B[31m", error);
    }

    [Fact]
    public void ABatchOutputThatCannotBeWrittenIsZI9005()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.jsonl", BatchPolicy.Rho + "\n");
        var notAFolder = folder.Write("bestand.txt", "geen map");

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts, "--output", Path.Combine(notAFolder, "uit.jsonl"));

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("zorginkoop: error ZI9005: ", error);
        Assert.Contains("uit.jsonl' kan niet worden geschreven", error);
    }

    [Fact]
    public void ABatchCsvHeaderWithAnUnknownColumnIsZI8002ForTheHeader()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.csv", "soort,onbekendeKolom\nRHO,1\n");

        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);

        Assert.Equal(1, exitCode);
        Assert.Contains("feiten.csv, kop (regel 1), veld 'onbekendeKolom': error ZI8002: ", error);
    }

    [Fact]
    public void TestOfAFolderWithoutPoliciesIsZI9004()
    {
        using var folder = new TemporaryFolder();
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "leeg")).FullName;

        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "test", empty);

        Assert.Equal(1, exitCode);
        Assert.Contains("zorginkoop: error ZI9004: In '", error);
    }

    [Fact]
    public void AJUnitReportThatCannotBeWrittenIsZI9005()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var notAFolder = folder.Write("bestand.txt", "geen map");

        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "test", policy, "--junit", Path.Combine(notAFolder, "rapport.xml"));

        Assert.Equal(1, exitCode);
        Assert.Contains("zorginkoop: error ZI9005: ", error);
        Assert.Contains("rapport.xml' kan niet worden geschreven", error);
    }
}
