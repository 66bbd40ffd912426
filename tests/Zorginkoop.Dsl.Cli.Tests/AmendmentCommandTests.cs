namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>The policy version a command works on: <c>--on</c> applies exactly the amendments in effect on that date.</summary>
public class AmendmentCommandTests
{
    private const string Policy = """
        beleid "Test" { verzekeraar: "VGZ"  looptijd: 2026  gepubliceerd: 1 april 2025 }
        gegevens Zorgaanbieder als aanbieder { omzet: bedrag }
        eisen Omzet "Omzet" { eis minimum "Minimaal € 225.000 omzet." aanbieder.omzet >= € 225.000 }
        wijziging 1 september 2025 "Hogere grens" {
            reden: "De kosten stijgen."
            gevolg: "U heeft meer omzet nodig."
            vervangt Omzet.minimum door eis minimum "Minimaal € 250.000 omzet." aanbieder.omzet >= € 250.000
        }
        """;

    [Theory]
    [InlineData("2025-08-31", "Omzet: VOLDAAN", "Minimaal € 225.000 omzet.")]
    [InlineData("2025-09-01", "Omzet: NIET VOLDAAN", "Minimaal € 250.000 omzet.")]
    public void EvaluateOnADateUsesThePolicyAsItStoodThen(string on, string outcome, string sentence)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Policy);
        var facts = folder.Write("feiten.json", """{ "omzet": 240000 }""");

        var (exitCode, output, error) = Cli.Run("evaluate", policy, "--facts", facts, "--on", on);

        Assert.True(exitCode == 0, error);
        Assert.Contains(outcome, output);
        Assert.Contains(sentence, output);
    }

    [Fact]
    public void ScenariosRunAgainstThePolicyAsItStoodOnTheirDate()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Policy + """

            scenario "Voor de wijziging" {
                gegeven aanbieder { omzet: € 240.000 }
                op 31 augustus 2025
                verwacht Omzet.minimum voldaan
            }
            scenario "Na de wijziging" {
                gegeven aanbieder { omzet: € 240.000 }
                op 1 september 2025
                verwacht Omzet.minimum niet voldaan
            }
            scenario "Zonder datum, met --on" {
                gegeven aanbieder { omzet: € 240.000 }
                verwacht Omzet niet voldaan
            }
            """);

        var (exitCode, output, error) = Cli.Run("test", policy, "--engine", "interpreter", "--on", "2026-01-01");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("3 passed, 0 failed", output);
    }

    [Fact]
    public void TheTimelineShowsTheVerkennendGesprekDeadlinesOnlyOnceTheAmendmentOf1September2025Applies()
    {
        var policy = RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip");
        var offerteformat = new System.Text.RegularExpressions.Regex(@"\[offerteformat\] Delen offerteformat en conceptaddendum\s+uiterlijk 1 oktober 2025");
        var offerte = new System.Text.RegularExpressions.Regex(@"\[offerte\] Indienen offerte\s+uiterlijk 1 november 2025");

        var (beforeExit, before, beforeError) = Cli.Run("timeline", policy, "--on", "2025-08-15");
        var (afterExit, after, afterError) = Cli.Run("timeline", policy, "--on", "2025-09-15");

        Assert.True(beforeExit == 0, beforeError);
        Assert.True(afterExit == 0, afterError);
        Assert.DoesNotMatch(offerteformat, before);
        Assert.DoesNotMatch(offerte, before);
        Assert.DoesNotContain("Delen offerteformat", before);
        Assert.Matches(offerteformat, after);
        Assert.Matches(offerte, after);
    }
}
