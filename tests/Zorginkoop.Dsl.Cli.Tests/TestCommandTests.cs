using System.Xml.Linq;

namespace Zorginkoop.Dsl.Cli.Tests;

public class TestCommandTests
{
    private const string Policy = """
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Huisarts { betrekking: tekst; fte: decimaal }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            preferenteRegio: ja/nee
            gecontracteerd: ja/nee?
            huisarts: Huisarts
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisartsgeneeskundig "Minimumeisen" geldt voor aanbieder.soort = Huisartsenpraktijk {
            eis preferent "De praktijk is werkzaam in een preferente regio." aanbieder.preferenteRegio
            eis bezetting "Minimaal 1,0 fte huisarts per 3.000 patiënten." aanbieder.fteHuisarts >= normFte
                uitzondering "Al gecontracteerd" als aanbieder.gecontracteerd
            eis huisarts "De huisarts is vast." {
                eis vast aanbieder.huisarts.betrekking = "Eigenaar"
                eis fte aanbieder.huisarts.fte >= 0,5
            }
        }
        voorbeeld Praktijk {
            soort: Huisartsenpraktijk; fteHuisarts: 1,2; ingeschrevenPatienten: 3.000; preferenteRegio: ja; gecontracteerd: nee
            huisarts: { betrekking: "Eigenaar"; fte: 1 }
        }
        """;

    private const string Scenarios = """
        scenario "Praktijk die voldoet" {
            gegeven aanbieder volgens Praktijk
            op 1 januari 2026
            verwacht Huisartsgeneeskundig voldaan
        }
        scenario "Praktijk met te weinig fte" {
            gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8; huisarts: { fte: 0,4 } }
            op 1 januari 2026
            verwacht Huisartsgeneeskundig.bezetting niet voldaan
            verwacht Huisartsgeneeskundig.huisarts.vast voldaan
            verwacht Huisartsgeneeskundig.huisarts.fte niet voldaan
            verwacht Huisartsgeneeskundig niet voldaan
        }
        scenario "Gecontracteerde praktijk met te weinig fte" {
            gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8; gecontracteerd: ja }
            op 1 januari 2026
            verwacht Huisartsgeneeskundig.bezetting voldaan bij uitzondering
        }
        scenario "Regio onbekend" {
            gegeven aanbieder volgens Praktijk { preferenteRegio: onbekend }
            op 1 januari 2026
            verwacht Huisartsgeneeskundig onbekend
        }
        scenario "Een RHO" {
            gegeven aanbieder { soort: RHO }
            op 1 januari 2026
            verwacht Huisartsgeneeskundig niet van toepassing
        }
        """;

    [Theory]
    [InlineData("interpreter")]
    [InlineData("compiled")]
    public void PassingScenariosPrintOneLineEachAndTheSummaryLastAndExitZero(string engine)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + "\n" + Scenarios);

        var (exitCode, output, error) = Cli.Run("test", path, "--engine", engine);

        Assert.True(exitCode == 0, output + error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("5 passed, 0 failed", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("✓ Praktijk met te weinig fte  (", StringComparison.Ordinal) && l.EndsWith("beleid.zip(30,10))", StringComparison.Ordinal));
        Assert.Equal(5, lines.Count(l => l.StartsWith('✓')));
    }

    [Fact]
    public void AWrongExpectationFailsWithExpectedActualAndWhy()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + """

            scenario "Verkeerd verwacht" {
                gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8; preferenteRegio: onbekend }
                op 1 januari 2026
                verwacht Huisartsgeneeskundig.bezetting voldaan
                verwacht Huisartsgeneeskundig.preferent voldaan
                verwacht Huisartsgeneeskundig niet voldaan
            }
            """);

        var (exitCode, output, _) = Cli.Run("test", path, "--engine", "interpreter");

        Assert.Equal(1, exitCode);
        Assert.Contains("✗ Verkeerd verwacht  (", output);
        Assert.Contains("verwacht Huisartsgeneeskundig.bezetting voldaan  (", output);
        Assert.Contains("- verwacht:  voldaan", output);
        Assert.Contains("+ werkelijk: niet voldaan  (op 1 januari 2026)", output);
        Assert.Contains("eis Huisartsgeneeskundig.bezetting", output);
        Assert.Contains("\"Minimaal 1,0 fte huisarts per 3.000 patiënten.\"", output);
        Assert.Contains("waarom: fteHuisarts 0,8 < normFte 1", output);
        Assert.Contains("+ werkelijk: onbekend", output);
        Assert.Contains("ontbrekende gegevens: preferenteRegio", output);
        Assert.DoesNotContain("verwacht Huisartsgeneeskundig niet voldaan  (", output);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd());
    }

    [Fact]
    public void FilterRunsOnlyMatchingTitles()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + "\n" + Scenarios);

        var (exitCode, output, _) = Cli.Run("test", path, "--filter", "TE WEINIG", "--engine", "interpreter");

        Assert.Equal(0, exitCode);
        Assert.Contains("✓ Praktijk met te weinig fte", output);
        Assert.Contains("✓ Gecontracteerde praktijk met te weinig fte", output);
        Assert.DoesNotContain("Praktijk die voldoet", output);
        Assert.EndsWith("2 passed, 0 failed", output.TrimEnd());
    }

    /// <summary>Issue 17.6: a run that ran nothing fails, so a mistyped filter cannot turn CI green.</summary>
    [Fact]
    public void AFilterThatMatchesNothingFailsUnlessAllowed()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + "\n" + Scenarios);

        var (exitCode, output, error) = Cli.Run("test", path, "--filter", "bestaat niet", "--engine", "interpreter");

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9701: Geen scenario in 1 bestand(en) heeft een titel met 'bestaat niet'", error);
        Assert.Contains("--allow-no-scenarios", error);
        Assert.EndsWith("0 passed, 0 failed", output.TrimEnd());

        var allowed = Cli.Run("test", path, "--filter", "bestaat niet", "--engine", "interpreter", "--allow-no-scenarios");
        Assert.Equal(0, allowed.ExitCode);
        Assert.DoesNotContain("ZI9701", allowed.Error);
        Assert.EndsWith("0 passed, 0 failed", allowed.Output.TrimEnd());
    }

    [Fact]
    public void AFolderWithoutScenariosFailsAsTheRealProcess()
    {
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine("beleid", "beleid.zip"), Policy);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "test", "beleid");

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9701: In 1 bestand(en) staat geen scenario", error);
        Assert.EndsWith("0 passed, 0 failed", output.TrimEnd());
        Assert.Equal(0, Cli.RunProcess(folder.Path, "test", "beleid", "--allow-no-scenarios").ExitCode);
    }

    [Fact]
    public void JUnitXmlHoldsEveryScenarioAndTheFailureWithItsExplanation()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + "\n" + Scenarios + """

            scenario "Fout" {
                gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8 }
                op 1 januari 2026
                verwacht Huisartsgeneeskundig voldaan
            }
            """);
        var junit = Path.Combine(folder.Path, "rapport", "junit.xml");

        var (exitCode, _, _) = Cli.Run("test", path, "--junit", junit, "--engine", "interpreter");

        Assert.Equal(1, exitCode);
        var document = XDocument.Load(junit);
        var suite = Assert.Single(document.Root!.Elements("testsuite"));
        Assert.Equal("6", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(6, cases.Count);
        var failed = Assert.Single(cases, c => c.Element("failure") is not null);
        Assert.Equal("Fout", failed.Attribute("name")!.Value);
        Assert.Contains("werkelijk niet voldaan", failed.Element("failure")!.Attribute("message")!.Value);
        Assert.Contains("Huisartsgeneeskundig.bezetting: niet voldaan — fteHuisarts 0,8 < normFte 1", failed.Element("failure")!.Value);
        Assert.False(File.ReadAllBytes(junit).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
    }

    /// <summary>Issue 17 point 9: JUnit readers (GitLab, Azure DevOps, Jenkins) show durations and track suites by name across runs.</summary>
    [Fact]
    public void JUnitXmlHasTimesATimestampAndASuiteNameThatIsTheSameOnEveryMachine()
    {
        using var folder = new TemporaryFolder();
        folder.Write("map/beleid.zip", Policy + "\n" + Scenarios);
        var junit = Path.Combine(folder.Path, "junit.xml");

        // Given as an absolute path from inside the folder: the suite is still named map/beleid.zip.
        var (exitCode, _, error) = Cli.RunProcess(folder.Path, "test", Path.Combine(folder.Path, "map", "beleid.zip"), "--junit", junit, "--engine", "interpreter");

        Assert.True(exitCode == 0, error);
        var document = XDocument.Load(junit);
        var suite = Assert.Single(document.Root!.Elements("testsuite"));
        Assert.Equal("map/beleid.zip", suite.Attribute("name")!.Value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", suite.Attribute("timestamp")!.Value);
        var times = suite.Elements("testcase").Select(c => decimal.Parse(c.Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(times);
        Assert.All(suite.Elements("testcase"), c => Assert.Matches(@"^\d+\.\d{3}$", c.Attribute("time")!.Value));
        Assert.InRange(Math.Abs(times.Sum() - decimal.Parse(suite.Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture)), 0m, 0.01m);
        Assert.NotNull(document.Root.Attribute("time"));
    }

    [Fact]
    public void CoverageListsWhatNoScenarioExercisedAndThePercentageBothWays()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + "\n" + Scenarios);

        var (exitCode, output, _) = Cli.Run("test", path, "--coverage", "--engine", "interpreter");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        string[] Section(string heading)
        {
            var start = lines.FindIndex(l => l.StartsWith("  " + heading + " (", StringComparison.Ordinal));
            return [.. lines.Skip(start + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l.Trim())];
        }

        // preferent and huisarts.vast never fail; preferent is the only one ever onbekend.
        Assert.Empty(Section("nooit voldaan"));
        Assert.Equal(["beleid.zip(13,9): Huisartsgeneeskundig.preferent", "beleid.zip(17,13): Huisartsgeneeskundig.huisarts.vast"],
            Section("nooit niet voldaan").Select(l => l[(l.LastIndexOf('/') + 1)..]).ToArray());
        Assert.Equal(4, Section("nooit onbekend").Length);
        Assert.Contains("Dekking: 60,0% van de eisen zowel voldaan als niet voldaan (3 van 5)", output);
        Assert.EndsWith("5 passed, 0 failed", output.TrimEnd());
    }

    [Fact]
    public void ATestFileRunsItsOwnScenariosOnceWithVoorbeeldenFromThePolicyItImports()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", Policy + """

            scenario "In het beleid zelf" {
                gegeven aanbieder volgens Praktijk
                verwacht Huisartsgeneeskundig voldaan
            }
            """);
        folder.Write("beleid.test.zip", "gebruik \"beleid.zip\"\n" + Scenarios);

        var (exitCode, output, _) = Cli.Run("test", folder.Path, "--engine", "interpreter");

        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n'), l => l.StartsWith("✓ In het beleid zelf", StringComparison.Ordinal));
        Assert.Single(output.Split('\n'), l => l.StartsWith("✓ Praktijk die voldoet", StringComparison.Ordinal));
        Assert.EndsWith("6 passed, 0 failed", output.TrimEnd());
    }

    [Fact]
    public void APolicyWithErrorsCountsAsAFailureAndShowsItsDiagnostics()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + """

            scenario "Tikfout" {
                gegeven aanbieder volgens Praktijk { fteHuisart: 0,8 }
                verwacht Huisartsgeneeskundig.bezeting niet voldaan
            }
            """);

        var (exitCode, output, error) = Cli.Run("test", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI2003: Gegevens 'Zorgaanbieder' hebben geen veld 'fteHuisart'. Bedoelde u 'fteHuisarts'?", error);
        Assert.Contains("error ZI7005: Eisen 'Huisartsgeneeskundig' heeft geen eis of omvatte eisen 'bezeting'. Bedoelde u 'bezetting'?", error);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd());
    }

    [Fact]
    public void OnGivesTheDateForScenariosWithoutOne()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("beleid.zip", Policy + """

            scenario "Zonder datum" {
                gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8 }
                verwacht Huisartsgeneeskundig voldaan
            }
            """);

        var (_, output, _) = Cli.Run("test", path, "--on", "2026-03-10", "--engine", "interpreter");

        Assert.Contains("+ werkelijk: niet voldaan  (op 10 maart 2026)", output);
    }
}

public class PolicyScenarioTests
{
    [Fact]
    public void EveryScenarioInThePoliciesPassesAndCoversAtLeastNinetyPercentBothWays()
    {
        var (exitCode, output, error) = Cli.Run("test", RepositoryPaths.Combine("policies"), "--coverage", "--engine", "interpreter");

        Assert.True(exitCode == 0, output + error);
        Assert.Matches(@"(?m)^\d+ passed, 0 failed\s*$", output);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"Dekking: (\d+),(\d)% van de eisen zowel voldaan als niet voldaan");
        Assert.True(match.Success, output);
        Assert.True(int.Parse(match.Groups[1].Value) >= 90, match.Value);
    }

    [Fact]
    public void EveryRequirementSetInThePoliciesHasAScenarioThatNamesIt()
    {
        var named = new HashSet<string>();
        var sets = new HashSet<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories))
        {
            var policy = Semantics.Compilation.PolicyCompilation.Compile(file);
            Assert.False(policy.HasErrors, file);
            foreach (var set in policy.RequirementSets)
            {
                sets.Add(set.Location.Path + ":" + set.Name);
            }

            foreach (var expectation in policy.EntryScenarios.SelectMany(s => s.Expectations))
            {
                named.Add(expectation.Root.Location.Path + ":" + expectation.Root.Name);
            }
        }

        Assert.Empty(sets.Except(named));
    }
}
