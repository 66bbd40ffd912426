using System.Text.Json;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// <c>zorginkoop diff</c> compares by meaning. The MSZ 2026/2027 change table is a baseline; regenerate it after an
/// intended change with: ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Cli.Tests --filter DiffCommandTests
/// and review the change with git diff.
/// </summary>
public class DiffCommandTests
{
    private const string RegenerateCommand = "ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Cli.Tests --filter DiffCommandTests";

    private static readonly string Msz2026 = RepositoryPaths.Combine("policies", "vgz", "medisch-specialistische-zorg-2026.zip");
    private static readonly string Msz2027 = RepositoryPaths.Combine("policies", "vgz", "medisch-specialistische-zorg-2027.zip");
    private static readonly string Huisartsenzorg = RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip");

    [Fact]
    public void MszChangeTableMatchesItsBaseline()
    {
        var (exitCode, output, error) = Cli.Run("diff", Msz2026, Msz2027, "--format", "markdown");
        Assert.True(exitCode == 0, error);

        var expectedPath = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Cli.Tests", "Expected", "msz-2026-2027.diff.md");
        if (Environment.GetEnvironmentVariable("ZORGINKOOP_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, output);
        }

        Assert.True(File.Exists(expectedPath), $"No baseline {expectedPath}. Create it with: {RegenerateCommand}");
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == output, $"The MSZ 2026/2027 change table differs from {expectedPath}.\n--- actual\n{output}\nIf the change is intended: {RegenerateCommand}");
    }

    [Fact]
    public void MszChangeTableHasTheRowsOfBijlage1()
    {
        var (_, output, _) = Cli.Run("diff", Msz2026, Msz2027, "--format", "markdown");
        var rows = output.Split('\n').Where(line => line.StartsWith("| **", StringComparison.Ordinal)).ToList();

        // "Aanvullend criterium over de hoogte van de door ons uitbetaalde zorg voor nieuwe ZBC's aangepast".
        var criterion = Assert.Single(rows, r => r.StartsWith("| **Eis NieuweZbc.uitbetaling**", StringComparison.Ordinal));
        Assert.Contains("behandeljaar: 2024 → 2025", criterion);
        Assert.Contains("uitbetaald: € 225.000,- → € 250.000,-", criterion);
        Assert.Matches(@"\| Het ZBC heeft in behandeljaar 2024 .*€ 225\.000,- .*\| Het ZBC heeft in behandeljaar 2025 .*€ 250\.000,- ", criterion);

        // "Toevoeging aan planning zorginkoop": the reply within 6 weeks is new in each planning that has it.
        var replies = rows.Where(r => r.Contains(".reactie**", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, replies.Count);
        Assert.All(replies, r => Assert.Matches(@"<br>\*nieuw\* \| N\.v\.t\. \| VGZ: Inhoudelijke reactie op de offerte .*`uiterlijk 6 weken na offerte`", r));

        // "Proces aanvullende zorginkoop": the 70% notification went, the request period came.
        Assert.Contains(rows, r => r.StartsWith("| **Eis Plafondverhoging.melding**", StringComparison.Ordinal) && r.Contains("*vervallen*") && r.Contains("70% van het zorgkostenplafond"));
        Assert.Contains(rows, r => r.StartsWith("| **Eis Plafondverhoging.aanvraagperiode**", StringComparison.Ordinal) && r.Contains("*nieuw*") && r.Contains("1 juli 2027 t/m 1 oktober 2027"));
        Assert.Contains(rows, r => r.StartsWith("| **Eisen Plafondverhoging**", StringComparison.Ordinal) && r.Contains("titel gewijzigd; geldt voor gewijzigd"));
        Assert.Contains(rows, r => r.StartsWith("| **Tijdlijnregel PlanningPlafondverhoging.verhogingsaanvraag**", StringComparison.Ordinal) && r.Contains("*nieuw*"));

        // "Standaardovereenkomst": no longer published in VECOZO but requested from the purchaser.
        Assert.Contains(rows, r => r.StartsWith("| **Tijdlijnregel PlanningZiekenhuizen.standaardovereenkomst**", StringComparison.Ordinal)
            && r.Contains("in de uitvraagmodule (via VECOZO Zorginkoopportaal)") && r.Contains("Opvragen standaardovereenkomst 2027"));

        // Dates that merely moved with the year are one row per planning, not one per entry.
        Assert.Contains(rows, r => r.StartsWith("| **Tijdlijn PlanningZiekenhuizen**", StringComparison.Ordinal) && r.Contains("5 regels een jaar later") && r.Contains("| Planning 2026 | Planning 2027 |"));
        Assert.DoesNotContain(rows, r => r.StartsWith("| **Tijdlijnregel PlanningZiekenhuizen.offerte**", StringComparison.Ordinal));
    }

    [Fact]
    public void OnePolicyAtTwoDatesShowsTheAmendmentsBetweenThem()
    {
        var (exitCode, output, error) = Cli.Run("diff", Huisartsenzorg, "--from", "2025-08-15", "--to", "2025-09-15");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Wijziging van 1 september 2025: Inkoopproces Mentale gezondheidsnetwerken en verkennend gesprek", output);
        Assert.DoesNotContain("31 juli 2025", output);
        Assert.Contains("+ Tijdlijnregel PlanningVerkennendGesprek.offerteformat (Addendum Verkennend gesprek): nieuw", output);
        Assert.Contains("+ Eis VerkennendGesprekRho.samenwerkingsovereenkomst (Verkennend Gesprek): nieuw", output);
        Assert.DoesNotContain("bekendmaking", output);
    }

    [Fact]
    public void JsonNamesKindPathValuesAndLocations()
    {
        var (exitCode, output, error) = Cli.Run("diff", Msz2026, Msz2027, "--format", "json");
        Assert.True(exitCode == 0, error);

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2026, root.GetProperty("old").GetProperty("firstYear").GetInt32());
        var change = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "NieuweZbc.uitbetaling");
        Assert.Equal("changed", change.GetProperty("kind").GetString());
        Assert.Equal("requirement", change.GetProperty("element").GetString());
        Assert.Equal(["2024 → 2025", "€ 225.000,- → € 250.000,-"], change.GetProperty("values").EnumerateArray().Select(v => $"{v.GetProperty("old").GetString()} → {v.GetProperty("new").GetString()}"));
        Assert.EndsWith("medisch-specialistische-zorg-2027.zip", change.GetProperty("new").GetProperty("location").GetProperty("file").GetString());
    }

    [Fact]
    public void IdenticalPoliciesHaveNoDifferencesAndBrokenOnesAreRefused()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("a.zip", "gegevens Z als aanbieder { x: ja/nee }\neisen E { eis x aanbieder.x }\n");
        var same = folder.Write("b.zip", "gegevens Z als aanbieder {\n    x: ja/nee\n}\n\neisen E {\n    eis x aanbieder.x\n}\n");
        var broken = folder.Write("c.zip", "eisen E { eis x aanbieder.y }\n");

        var (exitCode, output, _) = Cli.Run("diff", policy, same);
        Assert.Equal(0, exitCode);
        Assert.Contains("Geen verschillen in betekenis.", output);

        var (brokenExit, _, error) = Cli.Run("diff", policy, broken);
        Assert.Equal(1, brokenExit);
        Assert.Contains("c.zip(1,", error);
    }
}
