using System.Text.Json;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class TimelineCommandTests
{
    [Fact]
    public void OnTwentySeptemberTheProviderSeesTheOfferDeadlinePreferredDatePassedHardDeadlineOpen()
    {
        var (exitCode, output, error) = Cli.Run("timeline", Cli.MszPolicy, "--on", "2026-09-20", "--party", "Zorgaanbieder");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("Medisch Specialistische Zorg 2027 — planning op zondag 20 september 2026, voor Zorgaanbieder", output);
        var offer = Section(output, "PlanningZiekenhuizen", "[offerte] Aanleveren offerte");
        Assert.Contains("bij voorkeur vóór 16 september 2026 (verstreken), uiterlijk 30 september 2026 (open)", offer);
        Assert.Equal("OPEN", StatusHeading(output, "PlanningZiekenhuizen", "[offerte]"));

        // Without the offer's date, VGZ's reply waits for it.
        Assert.Contains("wacht op offerte (uiterlijk 6 weken na offerte; op zijn laatst 11 november 2026)", Section(output, "PlanningZiekenhuizen", "[reactie]"));

        // Rows in which the provider takes no part are left out.
        Assert.DoesNotContain("[uitvraagmodule]", output);
        Assert.DoesNotContain("[toelichting]", output);
    }

    [Fact]
    public void WithTheOfferDateGivenVgzsReplyIsDueSixNovember()
    {
        var (exitCode, output, error) = Cli.Run("timeline", Cli.MszPolicy, "--on", "2026-09-20", "--party", "Zorgaanbieder", "--event", "offerte=2026-09-25");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Gebeurtenissen: offerte = 25 september 2026", output);
        var reply = Section(output, "PlanningZiekenhuizen", "[reactie] Inhoudelijke reactie op de offerte van de zorgaanbieder");
        Assert.Contains("uiterlijk 6 november 2026", reply);
        Assert.Contains("wie: VGZ (volgt op offerte)", reply);
        Assert.Equal("KOMT ERAAN", StatusHeading(output, "PlanningZiekenhuizen", "[reactie]"));
    }

    [Fact]
    public void TheJsonFormHoldsStatusMomentsAndDueDates()
    {
        var (exitCode, output, error) = Cli.Run("timeline", Cli.MszPolicy, "--on", "2026-09-20", "--party", "Zorgaanbieder", "--event", "offerte=2026-09-25", "--format", "json", "--timeline", "PlanningZiekenhuizen");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2026-09-20T00:00", root.GetProperty("on").GetString());
        Assert.Equal("2026-09-25", root.GetProperty("events").GetProperty("offerte").GetString());
        var timeline = Assert.Single(root.GetProperty("timelines").EnumerateArray());
        var items = timeline.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        var offer = items["offerte"];
        Assert.Equal("preferred", offer.GetProperty("kind").GetString());
        Assert.Equal("open", offer.GetProperty("status").GetString());
        Assert.Equal(["2026-09-16", "2026-09-30"], offer.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("date").GetString()));
        Assert.Equal([true, false], offer.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("passed").GetBoolean()));
        Assert.Equal("2026-10-01T00:00", offer.GetProperty("due").GetString());
        Assert.Equal("2026-09-25", offer.GetProperty("eventDate").GetString());

        var reply = items["reactie"];
        Assert.Equal("upcoming", reply.GetProperty("status").GetString());
        Assert.Equal("2026-11-06", reply.GetProperty("moments")[0].GetProperty("date").GetString());
        Assert.True(reply.GetProperty("followsFromParty").GetBoolean());
    }

    [Theory]
    [InlineData("--event", "ofertte=2026-09-25", "Geen tijdlijn kent gebeurtenis 'ofertte'. Bedoelde u 'offerte'?")]
    [InlineData("--event", "offerte=25-09-2026", "'25-09-2026' (bij gebeurtenis 'offerte') is geen datum")]
    [InlineData("--event", "offerte", "schrijf <naam>=JJJJ-MM-DD")]
    [InlineData("--party", "Zorgaanbiedr", "Geen regel noemt partij 'Zorgaanbiedr'. Bedoelde u 'Zorgaanbieder'?")]
    [InlineData("--timeline", "PlanningZiekenhuis", "Onbekende tijdlijn 'PlanningZiekenhuis'. Bedoelde u 'PlanningZiekenhuizen'?")]
    public void MistakesOnTheCommandLineAreUsageErrorsWithAHint(string option, string value, string message)
    {
        var (exitCode, _, error) = Cli.Run("timeline", Cli.MszPolicy, "--on", "2026-09-20", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("12:59", "open")]
    [InlineData("13:00", "overdue")]
    public void ATimeOnTheDeadlineDayDecidesForADeadlineWithATime(string time, string status)
    {
        // PlanningRho: "Uiterlijk 19 december 2025, 13.00 uur VGZ en RHO Overeenstemming bereiken".
        var (exitCode, output, error) = Cli.Run("timeline", Cli.Policy("vgz", "huisartsenzorg-2026-2027.zip"), "--on", "2025-12-19", "--time", time,
            "--timeline", "PlanningRho", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal($"2025-12-19T{time}", json.RootElement.GetProperty("on").GetString());
        var akkoord = json.RootElement.GetProperty("timelines")[0].GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "akkoord");
        Assert.Equal(status, akkoord.GetProperty("status").GetString());
        Assert.Equal("2025-12-19T13:00", akkoord.GetProperty("due").GetString());
    }

    [Fact]
    public void AnEventCanBeQualifiedByItsTimeline()
    {
        var (exitCode, output, _) = Cli.Run("timeline", Cli.MszPolicy, "--on", "2026-09-20", "--event", "PlanningZbc.offerte=2026-09-28", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        string? DueOfReply(string timeline) => json.RootElement.GetProperty("timelines").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == timeline).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "reactie").GetProperty("status").GetString();
        Assert.Equal("upcoming", DueOfReply("PlanningZbc"));
        Assert.Equal("waiting", DueOfReply("PlanningZiekenhuizen"));
    }

    [Fact]
    public void APolicyWithErrorsIsNotPlanned()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-timeline-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "fout.zip");
            File.WriteAllText(path, "tijdlijn T {\n  a: uiterlijk 6 weken na b  VGZ \"a\"\n}\n");
            var (exitCode, _, error) = Cli.Run("timeline", path);
            Assert.Equal(1, exitCode);
            Assert.Contains("error ZI5005", error);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>The lines of one item: from its "- [id]" line to the next item or heading, within a timeline's block.</summary>
    private static string Section(string output, string timeline, string itemStart)
    {
        var block = TimelineBlock(output, timeline);
        var start = block.IndexOf("- " + itemStart, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{itemStart}' not found in {timeline}:\n{block}");
        var lines = block[start..].Split('\n');
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).TakeWhile(l => l.StartsWith("      ", StringComparison.Ordinal))));
    }

    private static string StatusHeading(string output, string timeline, string itemStart)
    {
        var block = TimelineBlock(output, timeline);
        var before = block[..block.IndexOf("- " + itemStart, StringComparison.Ordinal)];
        return before.Split('\n').Last(l => l.Trim().Length > 0 && l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && !l.StartsWith("  -", StringComparison.Ordinal)).Trim();
    }

    private static string TimelineBlock(string output, string timeline)
    {
        var start = output.IndexOf("\n" + timeline + " — ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"timeline {timeline} not in output:\n{output}");
        var end = output.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
        return end < 0 ? output[start..] : output[start..end];
    }
}
