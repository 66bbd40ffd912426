using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 14 point 3: the reason of <c>mag afwijken "…" als …</c> appears in evaluate's text and JSON and in a
/// scenario failure; outside its condition the failure is hard (real command line).
/// </summary>
public class ConditionalDiscretionCommandTests
{
    private const string Policy = """
        gegevens Zorgaanbieder als aanbieder { fte: decimaal; zorgplicht: ja/nee? }
        eisen Bezetting "Bezetting" {
            eis fte "Minimaal 1,0 fte." aanbieder.fte >= 1,0
                mag afwijken "Als wij anders niet aan onze zorgplicht kunnen voldoen." als aanbieder.zorgplicht
        }
        """;

    private const string Reason = "Als wij anders niet aan onze zorgplicht kunnen voldoen.";

    private static TemporaryFolder Folder()
    {
        var folder = new TemporaryFolder();
        folder.Write("beleid.zip", Policy);
        folder.Write("zorgplicht.json", """{ "fte": 0.8, "zorgplicht": true }""");
        folder.Write("geen.json", """{ "fte": 0.8, "zorgplicht": false }""");
        return folder;
    }

    [Fact]
    public void EvaluateShowsTheReasonInTextAndJsonAndAHardFailureOutsideTheCondition()
    {
        using var folder = Folder();

        var text = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "zorgplicht.json");
        var json = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "zorgplicht.json", "--format", "json");
        var hard = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "geen.json", "--format", "json");

        Assert.True(text.ExitCode == 0, text.Output + text.Error);
        Assert.Contains("ter beoordeling: \"" + Reason + "\"", text.Output, StringComparison.Ordinal);
        Assert.Contains("- mag afwijken, want zorgplicht: ja", text.Output, StringComparison.Ordinal);
        var requirement = JsonNode.Parse(json.Output)!["requirementSets"]![0]!["requirements"]![0]!;
        Assert.Equal("forJudgement", (string?)requirement["resolution"]);
        Assert.Equal(Reason, (string?)requirement["discretionReason"]);
        var hardRequirement = JsonNode.Parse(hard.Output)!["requirementSets"]![0]!["requirements"]![0]!;
        Assert.Equal("direct", (string?)hardRequirement["resolution"]);
        Assert.Null((string?)hardRequirement["discretionReason"]);
    }

    [Fact]
    public void AScenarioFailureGivesTheReason()
    {
        using var folder = Folder();
        folder.Write("beleid.test.zip", """
            gebruik "beleid.zip"
            scenario "Te weinig fte, zorgplicht in het geding" {
                gegeven aanbieder { fte: 0,8; zorgplicht: ja }
                op 1 januari 2026
                verwacht Bezetting.fte voldaan
            }
            """);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "test", "beleid.test.zip");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("niet voldaan (ter beoordeling)", output, StringComparison.Ordinal);
        Assert.Contains("ter beoordeling: \"" + Reason + "\"", output, StringComparison.Ordinal);
    }
}
