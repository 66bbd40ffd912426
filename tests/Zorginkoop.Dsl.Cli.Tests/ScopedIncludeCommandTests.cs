using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 14 point 1: <c>omvat Gli verplicht</c> inside eisen, for a RHO without GLI, is not met and says why, in the
/// text and JSON of the real command line and in a scenario failure; a plain <c>omvat</c> of such a set warns (ZI3009).
/// </summary>
public class ScopedIncludeCommandTests
{
    private const string Policy = """
        keuze Soort { RHO, GLI-aanbieder }
        gegevens Zorgaanbieder als aanbieder { soort: Soort; biedtGli: ja/nee; programma: ja/nee }
        eisen Gli "Minimeisen voor Zorgovereenkomst GLI"
            geldt voor aanbieder.soort = GLI-aanbieder of (aanbieder.soort = RHO en aanbieder.biedtGli)
        {
            eis programma "Er is een erkend programma." aanbieder.programma
        }
        eisen RhoMetGli "RHO's die GLI bieden" {
            omvat Gli verplicht
        }
        eisen RhoWaarVanToepassing "RHO's, GLI waar die geboden wordt" {
            omvat Gli indien van toepassing
        }
        """;

    private const string Reason = "Gli is niet van toepassing: soort RHO ≠ GLI-aanbieder, soort RHO = RHO, biedtGli: nee";

    private static TemporaryFolder Folder()
    {
        var folder = new TemporaryFolder();
        folder.Write("beleid.zip", Policy);
        folder.Write("rho.json", """{ "soort": "RHO", "biedtGli": false, "programma": true }""");
        return folder;
    }

    [Fact]
    public void EvaluateTextNamesTheSetThatDoesNotApplyAsTheReason()
    {
        using var folder = Folder();

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "rho.json");

        Assert.True(exitCode == 0, output + error);
        var block = output[output.IndexOf("RhoMetGli: ", StringComparison.Ordinal)..];
        Assert.StartsWith("RhoMetGli: NIET VOLDAAN", block, StringComparison.Ordinal);
        Assert.Contains("  reden: " + Reason, block, StringComparison.Ordinal);
        Assert.Contains("RhoWaarVanToepassing: VOLDAAN", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateJsonHasTheReasonInNotApplicableParts()
    {
        using var folder = Folder();

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "rho.json", "--format", "json");

        Assert.True(exitCode == 0, output + error);
        var sets = JsonNode.Parse(output)!["requirementSets"]!.AsArray();
        var required = sets.Single(s => (string?)s!["name"] == "RhoMetGli")!;
        Assert.Equal("notSatisfied", (string?)required["outcome"]);
        Assert.Equal([Reason], required["notApplicableParts"]!.AsArray().Select(r => (string?)r));
        var ifApplicable = sets.Single(s => (string?)s!["name"] == "RhoWaarVanToepassing")!;
        Assert.Equal("satisfied", (string?)ifApplicable["outcome"]);
        Assert.Empty(ifApplicable["notApplicableParts"]!.AsArray());
    }

    [Fact]
    public void AScenarioFailureGivesTheReason()
    {
        using var folder = Folder();
        folder.Write("beleid.test.zip", """
            gebruik "beleid.zip"
            scenario "Een RHO zonder GLI" {
                gegeven aanbieder { soort: RHO; biedtGli: nee; programma: ja }
                op 1 januari 2026
                verwacht RhoMetGli voldaan
            }
            """);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "test", "beleid.test.zip");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("reden: " + Reason, output, StringComparison.Ordinal);
        Assert.DoesNotContain("alle eisen van 'RhoMetGli' zijn voldaan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainOmvatOfAScopedSetWarnsAndSaysWhatToWrite()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", Policy.Replace("omvat Gli verplicht", "omvat Gli", StringComparison.Ordinal));

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "check", "beleid.zip");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("warning ZI3009: 'Gli' geldt niet voor elke aanbieder ('geldt voor'). Schrijf 'omvat Gli verplicht'", output + error, StringComparison.Ordinal);
        Assert.Contains("'omvat Gli indien van toepassing'", output + error, StringComparison.Ordinal);
    }
}
