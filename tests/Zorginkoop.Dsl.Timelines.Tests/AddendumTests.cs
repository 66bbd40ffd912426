using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class AddendumTests
{
    private static readonly string HuisartsenPath = Cli.Policy("vgz", "huisartsenzorg-2026-2027.zip");
    private static readonly CheckedPolicy Huisartsen = PolicyCompilation.Compile(HuisartsenPath);

    [Theory]
    [InlineData("2026-02-14", "2026-04-01")] // the example: the first day of the next quarter
    [InlineData("2026-10-01", "2027-01-01")] // requested on a quarter's first day: still the next quarter
    [InlineData("2026-03-31", "2026-04-01")]
    [InlineData("2026-12-31", "2027-01-01")]
    public void AVgzPracticeAddendumStartsOnTheFirstDayOfTheNextQuarter(string requested, string start)
    {
        var result = new AddendumEvaluator(Huisartsen).EvaluateAddendum("PohGgz", null, DateOnly.Parse(requested));

        Assert.Equal(DateOnly.Parse(start), result.StartDate);
        Assert.Equal("eerste dag van het volgende kwartaal na aanvraagdatum", result.StartDateRule);
        Assert.False(result.FactsGiven);
        Assert.Equal(Outcome.Unknown, result.Eligibility);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-01")] // the example: in the running contract year, the first calendar day of the month
    [InlineData("2025-11-20", "2026-01-01")] // requested in 2025 for 2026
    [InlineData("2027-07-31", "2027-07-01")]
    public void AZorgEnZekerheidContractStartsAsSection53Says(string requested, string start)
    {
        var policy = PolicyCompilation.Compile(Cli.Policy("zorg-en-zekerheid", "multidisciplinaire-zorg-2026-2027.zip"));
        var result = new AddendumEvaluator(policy).EvaluateAddendum("RegioOrganisatie", null, DateOnly.Parse(requested));

        Assert.True(result.IsContract);
        Assert.Equal(DateOnly.Parse(start), result.StartDate);
    }

    [Fact]
    public void ACompliantPracticeQualifiesBecauseItsContractRequirementsAreMet()
    {
        var result = new AddendumEvaluator(Huisartsen).EvaluateAddendum("PohGgz", Facts("huisartsenpraktijk-voldoet.json"), new DateOnly(2026, 2, 14));

        Assert.Equal(Outcome.Satisfied, result.Eligibility);
        var contract = Assert.Single(result.RequiredContracts);
        Assert.Equal("Huisartsgeneeskundig", contract.Name);
        Assert.Equal(Outcome.Satisfied, contract.Outcome);
        Assert.Equal(new DateOnly(2026, 4, 1), result.StartDate);
    }

    [Fact]
    public void APracticeFailingItsContractDoesNotQualifyWhateverTheAddendumItself()
    {
        var result = new AddendumEvaluator(Huisartsen).EvaluateAddendum("Praktijkmanagement", Facts("huisartsenpraktijk-te-weinig-fte.json"), new DateOnly(2026, 10, 1));

        Assert.Equal(Outcome.NotSatisfied, Assert.Single(result.RequiredContracts).Outcome);
        // The addendum's own requirement needs a fact the example does not give…
        Assert.Equal(Outcome.Unknown, result.OwnRequirements!.Outcome);
        // …but false and unknown is false (Kleene).
        Assert.Equal(Outcome.NotSatisfied, result.Eligibility);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void TheAddendumsOwnRequirementsDecideWhenTheContractIsMet()
    {
        var policy = InMemoryPolicy.Compile("""
            gegevens Zorgaanbieder als aanbieder { contract: ja/nee; preferent: ja/nee? }
            eisen Basis { eis c aanbieder.contract }
            addendum Extra "Extra" {
                vereist overeenkomst Basis
                ingangsdatum: eerste dag van de volgende maand na aanvraagdatum
                eis preferent "In een preferente regio." aanbieder.preferent
            }
            """);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var evaluator = new AddendumEvaluator(policy);
        var schema = new FactSchemas(policy).Subject!;
        Assert.Equal(Outcome.NotSatisfied, AddendumResultFor(true, false).Eligibility);
        Assert.Equal(Outcome.NotSatisfied, AddendumResultFor(false, true).Eligibility);
        var (eligibility, missing) = AddendumResultFor(true, null);
        Assert.Equal(Outcome.Unknown, eligibility);
        Assert.Equal(["preferent"], missing);
        Assert.Equal(Outcome.Satisfied, AddendumResultFor(true, true).Eligibility);
        Assert.Equal(new DateOnly(2026, 3, 1), evaluator.EvaluateAddendum("Extra", null, new DateOnly(2026, 2, 14)).StartDate);
        Assert.Contains(evaluator.Addenda, a => a.Name == "Extra" && a.RequiredContracts.SequenceEqual(["Basis"]) && !a.IsContract);

        (Outcome Eligibility, IReadOnlyList<string> Missing) AddendumResultFor(bool contract, bool? preferent)
        {
            var result = evaluator.EvaluateAddendum("Extra", new FactRecord(schema, [contract, preferent]), new DateOnly(2026, 2, 14));
            return (result.Eligibility, result.MissingFacts);
        }
    }

    [Fact]
    public void TheCommandPrintsTheStartDateAndEligibility()
    {
        var (exitCode, output, error) = Cli.Run("addendum", HuisartsenPath, "--name", "PohGgz", "--request-date", "2026-02-14",
            "--facts", Cli.Policy("vgz", "voorbeelden", "huisartsenpraktijk-voldoet.json"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("ingangsdatum:    woensdag 1 april 2026  (eerste dag van het volgende kwartaal na aanvraagdatum)", output);
        Assert.Contains("in aanmerking:   ja, komt in aanmerking", output);
        Assert.Contains("Huisartsgeneeskundig: VOLDAAN", output);
    }

    [Fact]
    public void EvaluateWithAddendumAndRequestDateAnswersTheSame()
    {
        var (exitCode, output, error) = Cli.Run("evaluate", HuisartsenPath, "--facts", Cli.Policy("vgz", "voorbeelden", "huisartsenpraktijk-voldoet.json"),
            "--addendum", "PohGgz", "--request-date", "2026-10-01", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2027-01-01", json.RootElement.GetProperty("startDate").GetString());
        Assert.Equal("satisfied", json.RootElement.GetProperty("eligibility").GetString());
        Assert.Equal("addendum", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void TheCommandAsksForAKnownNameAndSuggestsOne()
    {
        var (exitCode, _, error) = Cli.Run("addendum", HuisartsenPath, "--name", "PohGz", "--request-date", "2026-02-14");

        Assert.Equal(2, exitCode);
        Assert.Contains("Onbekend addendum 'PohGz'. Bedoelde u 'PohGgz'?", error);
    }

    private static FactRecord Facts(string file)
    {
        var schema = new FactSchemas(Huisartsen).Subject!;
        var (facts, errors) = FactReader.Parse(File.ReadAllText(Cli.Policy("vgz", "voorbeelden", file)), schema, file);
        Assert.Empty(errors);
        return facts!;
    }
}
