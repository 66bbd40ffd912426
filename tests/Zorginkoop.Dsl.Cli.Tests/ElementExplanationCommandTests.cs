using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 14 points 16 and 5 on the real command line: evaluate names the list element each value belongs to, and an
/// element met by its exception, in text and in JSON (the evidence strings, so the JSON shape is unchanged).
/// </summary>
public class ElementExplanationCommandTests
{
    private const string Policy = """
        gegevens Specialist { naam: tekst?; leeftijd: aantal; fte: decimaal }
        gegevens Zbc als aanbieder { specialisten: lijst van Specialist; opleiding: ja/nee }
        eisen Bezetting "Bezetting" {
            eis individueel "Individueel minstens 0,3 fte." voor elke d in aanbieder.specialisten geldt d.fte >= 0,3
            eis volwassen "Volwassen." voor elke d in aanbieder.specialisten geldt d.leeftijd >= 18
                uitzondering "In opleiding vanaf 16" als d.leeftijd >= 16 en aanbieder.opleiding
        }
        """;

    [Fact]
    public void EvaluateNamesTheElementInTextAndJson()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", Policy);
        folder.Write("zbc.json", """
            { "opleiding": true, "specialisten": [ { "naam": "De Vries", "leeftijd": 40, "fte": 0.8 }, { "naam": "Jansen", "leeftijd": 17, "fte": 0.2 } ] }
            """);

        var text = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "zbc.json");
        var json = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "zbc.json", "--format", "json", "--engine", "interpreter");

        Assert.True(text.ExitCode is 0 or 1, text.Output + text.Error);
        Assert.Contains("- specialist 2 (Jansen): fte 0,2 < 0,3", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fte 0,8 > 0,3", text.Output, StringComparison.Ordinal);
        Assert.Contains("- specialist 2 (Jansen): voldaan bij uitzondering: In opleiding vanaf 16", text.Output, StringComparison.Ordinal);
        var requirements = JsonNode.Parse(json.Output)!["requirementSets"]![0]!["requirements"]!;
        Assert.Equal(["specialist 2 (Jansen): fte 0,2 < 0,3"], requirements[0]!["evidence"]!.AsArray().Select(e => (string?)e));
        Assert.Equal("byException", (string?)requirements[1]!["resolution"]);
        Assert.Equal("In opleiding vanaf 16", (string?)requirements[1]!["exception"]);
    }
}
