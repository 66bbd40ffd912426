namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Scenarios of the real policies that expect timeline rows to be verlopen, open or komend on their date, with
/// their events (<c>gebeurtenis offerte = …</c>), on the policy version of that date; run by <c>zorginkoop test</c>.
/// </summary>
public class TimelineScenarioTests
{
    private static readonly string[] RealTimelineScenarios =
    [
        "Op 20 september 2026 staat de offerte van een ziekenhuis nog open",
        "Na een offerte op 25 september 2026 mag VGZ tot en met 6 november reageren",
        "Op 7 november 2026 is de reactie op een offerte van 25 september te laat",
        "Na de wijziging van 1 september 2025 staan offerteformat en offerte voor het verkennend gesprek open",
        "Op 2 oktober 2025 is het offerteformat voor het verkennend gesprek te laat",
    ];

    [Fact]
    public void RealPoliciesHaveTimelineScenariosAndTheyPass()
    {
        var (exitCode, output, _) = Cli.Run("test", RepositoryPaths.Combine("policies", "vgz"), "--engine", "interpreter");

        Assert.True(exitCode == 0, output);
        foreach (var title in RealTimelineScenarios)
        {
            Assert.Contains($"✓ {title}  (", output);
        }
    }

    [Fact]
    public void WrongTimelineExpectationShowsExpectedActualAndTheDeadline()
    {
        using var policies = Cli.CopyOfPolicies();
        var file = Path.Combine(policies.Path, "vgz", "medisch-specialistische-zorg-2027.test.zip");
        var text = File.ReadAllText(file);
        Assert.Contains("verwacht PlanningZiekenhuizen.reactie verlopen", text);
        File.WriteAllText(file, text.Replace("verwacht PlanningZiekenhuizen.reactie verlopen", "verwacht PlanningZiekenhuizen.reactie open"));

        var (exitCode, output, _) = Cli.Run("test", file, "--filter", "reactie op een offerte van 25 september te laat");

        Assert.Equal(1, exitCode);
        Assert.Contains("✗ Op 7 november 2026 is de reactie op een offerte van 25 september te laat", output);
        Assert.Contains("- verwacht:  open", output);
        Assert.Contains("+ werkelijk: verlopen  (op 7 november 2026)", output);
        Assert.Contains("uiterlijk 6 november 2026 (verstreken) — uiterlijk 6 weken na offerte", output);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd());
    }

    [Fact]
    public void TimelineRowAddedByALaterAmendmentDoesNotExistOnAnEarlierDate()
    {
        using var policies = Cli.CopyOfPolicies();
        var file = Path.Combine(policies.Path, "vgz", "huisartsenzorg-2026-2027.test.zip");
        File.AppendAllText(file, """

            scenario "Voor de wijziging van 1 september 2025" {
                op 15 augustus 2025
                verwacht PlanningVerkennendGesprek.offerteformat open
            }

            """);

        var (exitCode, output, _) = Cli.Run("test", file, "--filter", "Voor de wijziging van 1 september 2025");

        Assert.Equal(1, exitCode);
        Assert.Contains("tijdlijnregel 'PlanningVerkennendGesprek.offerteformat' bestaat niet op 15 augustus 2025", output);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd());
    }
}
