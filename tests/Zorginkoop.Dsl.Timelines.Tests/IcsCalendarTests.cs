using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class IcsCalendarTests
{
    private static string Ics(string policy, params string[] extra)
    {
        // A fixed date: it picks the policy version (amendments in force), which decides the rows.
        var (exitCode, output, error) = Cli.Run(["timeline", policy, "--format", "ics", "--on", "2026-09-20", .. extra]);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>Rows with a date a calendar can show without event dates: fixed schedules and recurring rows.</summary>
    private static List<(TimelineInfo Timeline, TimelineEntryInfo Entry)> DatedEntries(string policyPath) =>
    [
        .. new TimelineInterpreter(PolicyCompilation.Compile(policyPath, asOf: new DateOnly(2026, 9, 20))).Timelines
            .SelectMany(t => t.Entries.Select(e => (t, e)))
            .Where(p => p.e.Schedule is { } s && !s.Events.Any()),
    ];

    [Theory]
    [InlineData("vgz", "medisch-specialistische-zorg-2027.zip")]
    [InlineData("vgz", "huisartsenzorg-2026-2027.zip")]
    [InlineData("zorg-en-zekerheid", "huisartsenzorg-2025.zip")]
    [InlineData("zorg-en-zekerheid", "multidisciplinaire-zorg-2026-2027.zip")]
    public void TheCalendarParsesWithIcalNetAndHoldsOneEventPerDatedEntry(string insurer, string file)
    {
        var path = Cli.Policy(insurer, file);
        var calendar = Calendar.Load(Ics(path))!;

        var dated = DatedEntries(path);
        Assert.NotEmpty(dated);
        Assert.Equal(dated.Count, calendar.Events.Count);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        foreach (var (timeline, entry) in dated)
        {
            var uid = calendar.Events.Single(e => e.Uid!.EndsWith($".{timeline.Name}.{entry.Id}@zorginkoop", StringComparison.Ordinal));
            Assert.StartsWith(entry.Action, uid.Summary);
            // A continuous row ("doorlopend") is never due, so it has nothing to remind of.
            Assert.Equal(entry.Kind != TimelineEntryKind.Continuous, uid.Alarms.Count > 0);
        }
    }

    [Fact]
    public void TheOfferIsAnAllDayEventOnItsHardDeadlineWithARemindersForBothDates()
    {
        var calendar = Calendar.Load(Ics(Cli.MszPolicy))!;
        var offer = calendar.Events.Single(e => e.Uid == "medisch-specialistische-zorg-2027.PlanningZiekenhuizen.offerte@zorginkoop");

        Assert.False(offer.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 9, 30), DateOnly.FromDateTime(offer.DtStart.Value));
        Assert.Equal(new DateOnly(2026, 10, 1), DateOnly.FromDateTime(offer.DtEnd!.Value));
        Assert.Equal("Aanleveren offerte (inclusief inhoudelijke toelichting) (Zorgaanbieder)", offer.Summary);
        Assert.StartsWith("bij voorkeur vóór 16 september 2026, maar uiterlijk 30 september 2026\nWie: Zorgaanbieder\n", offer.Description);
        Assert.Equal(2, offer.Alarms.Count);
    }

    [Fact]
    public void AWindowWithAClosingTimeIsATimedEventInAmsterdamTime()
    {
        var calendar = Calendar.Load(Ics(Cli.MszPolicy))!;
        var window = calendar.Events.Single(e => e.Uid == "medisch-specialistische-zorg-2027.PlanningNieuweZbc.interesse@zorginkoop");

        Assert.Equal("Europe/Amsterdam", window.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 4, 1, 0, 0, 0), window.DtStart.Value);
        Assert.Equal(new DateTime(2026, 5, 29, 17, 0, 0), window.DtEnd!.Value);
        // 17.00 in May is CEST: 15.00 UTC.
        Assert.Equal(new DateTime(2026, 5, 29, 15, 0, 0, DateTimeKind.Utc), window.DtEnd.AsUtc);
    }

    [Fact]
    public void ARecurringRowIsOneEventWhoseOccurrencesAreEveryQuarter()
    {
        var calendar = Calendar.Load(Ics(Cli.Policy("zorg-en-zekerheid", "huisartsenzorg-2025.zip")))!;
        var mutations = calendar.Events.Single(e => e.Uid!.EndsWith(".Planning.mutatievragenlijst@zorginkoop", StringComparison.Ordinal));

        var starts = mutations.GetOccurrences().Select(o => DateOnly.FromDateTime(o.Period.StartTime.Value)).ToList();
        Assert.Equal(
            ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"],
            starts.Select(d => d.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void GivenEventsAddTheRowsThatFollowFromThem()
    {
        var without = Calendar.Load(Ics(Cli.MszPolicy))!.Events.Count;
        var calendar = Calendar.Load(Ics(Cli.MszPolicy, "--event", "offerte=2026-09-25"))!;

        // Hospitals, ZBC's and other institutions each have a reply 6 weeks after the offer.
        Assert.Equal(without + 3, calendar.Events.Count);
        var reply = calendar.Events.Single(e => e.Uid == "medisch-specialistische-zorg-2027.PlanningZiekenhuizen.reactie@zorginkoop");
        Assert.Equal(new DateOnly(2026, 11, 6), DateOnly.FromDateTime(reply.DtStart!.Value));
    }

    [Fact]
    public void TheFileUsesCrlfFoldsAt75OctetsAndIsTheSameEveryTime()
    {
        var text = Ics(Cli.MszPolicy);

        Assert.Equal(text, Ics(Cli.MszPolicy));
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty));
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' ')); // long descriptions were folded
        Assert.Contains("DTSTAMP:20260401T000000Z", lines); // the publication date, not the clock
    }

    [Fact]
    public void TextIsEscapedAndFoldingNeverSplitsACharacter()
    {
        Assert.Equal(@"a\, b\; c\\d\ne", IcsCalendarWriter.Escape("a, b; c\\d\r\ne"));

        var folded = IcsCalendarWriter.Fold("SUMMARY:" + new string('é', 60));
        var physical = folded.Split("\r\n")[..^1];
        Assert.Equal(2, physical.Length);
        Assert.Equal(74, Encoding.UTF8.GetByteCount(physical[0])); // 8 ASCII + 33 × 2 octets: a 34th "é" would make 76
        Assert.StartsWith(" é", physical[1]);
        Assert.Equal("SUMMARY:" + new string('é', 60), string.Concat(physical[0], physical[1][1..]));
    }

    [Fact]
    public void UidsAreAsciiSlugsOfThePolicyTitle() =>
        Assert.Equal("cooperatie-vgz-zorg-2027", IcsCalendarWriter.Slug("Coöperatie VGZ — Zorg 2027"));
}
