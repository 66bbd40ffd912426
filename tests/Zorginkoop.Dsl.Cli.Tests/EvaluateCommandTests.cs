using System.Text.Json;

namespace Zorginkoop.Dsl.Cli.Tests;

public class EvaluateCommandTests
{
    private const string Policy = """
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            start: datum
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisarts "Huisartsen" { eis bezetting "1,0 fte per 3.000 patiënten" aanbieder.fteHuisarts >= normFte }
        """;

    private static (int ExitCode, string Output, string Error) Evaluate(string facts, params string[] extra)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Policy);
        var factsPath = folder.Write("feiten.json", facts);
        return Cli.Run(["evaluate", policy, "--facts", factsPath, .. extra]);
    }

    [Fact]
    public void PrintsOutcomeSentenceAndDecidingValues()
    {
        var (exitCode, output, error) = Evaluate("""{ "soort": "Huisartsenpraktijk", "fteHuisarts": 0.8, "ingeschrevenPatienten": 3000 }""");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Huisarts: NIET VOLDAAN", output);
        Assert.Contains("\"1,0 fte per 3.000 patiënten\"", output);
        Assert.Contains("- fteHuisarts 0,8 < normFte 1,0", output);
    }

    [Fact]
    public void JsonOutputIsDocumentedShape()
    {
        var (_, output, _) = Evaluate("""{ "fteHuisarts": 1.2 }""", "--format", "json");

        var set = JsonDocument.Parse(output).RootElement.GetProperty("requirementSets")[0];
        Assert.Equal("unknown", set.GetProperty("outcome").GetString());
        var requirement = set.GetProperty("requirements")[0];
        Assert.Equal("Huisarts.bezetting", requirement.GetProperty("path").GetString());
        Assert.Equal("ingeschrevenPatienten", requirement.GetProperty("missingFacts")[0].GetString());
        Assert.Equal(9, requirement.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("""{ "fteHuisarts": 1,2 }""", "ZI8001", "geen geldige JSON")]
    [InlineData("""{ "fteHuisart": 1.2 }""", "ZI8002", "Bedoelde u 'fteHuisarts'?")]
    [InlineData("""{ "fteHuisarts": "veel" }""", "ZI8003", "veld 'fteHuisarts'")]
    [InlineData("""{ "soort": "Huisartspraktijk" }""", "ZI8004", "Bedoelde u 'Huisartsenpraktijk'?")]
    [InlineData("""{ "start": "2026-02-30" }""", "ZI8005", "geen geldige datum")]
    [InlineData("""{ "ingeschrevenPatienten": 1e30 }""", "ZI8006", "buiten het bereik")]
    [InlineData("""[ 1, 2 ]""", "ZI8007", "JSON-object")]
    [InlineData("""{ "ingeschrevenPatienten": 2.5 }""", "ZI8003", "geheel getal")]
    public void BadFactsNameTheFieldAndFail(string facts, string code, string fragment)
    {
        var (exitCode, output, error) = Evaluate(facts);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error {code}:", error);
        Assert.Contains(fragment, error);
        Assert.Contains("feiten.json", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void AMissingFactsFileIsAnErrorWithoutStackTrace()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Policy);

        var (exitCode, _, error) = Cli.Run("evaluate", policy, "--facts", Path.Combine(folder.Path, "nergens.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9001", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void AnUnknownRequirementSetIsAUsageError()
    {
        var (exitCode, _, error) = Evaluate("{}", "--set", "Huisart");

        Assert.Equal(2, exitCode);
        Assert.Contains("Bedoelde u 'Huisarts'?", error);
    }
}
