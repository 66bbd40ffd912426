using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class TimelinePlannerTests
{
    private static readonly TimelineInfo Planning = TimelineOf("""
        tijdlijn Planning "Planning" {
            uitvraag: uiterlijk 16 september 2026  VGZ  "Openstellen uitvraagmodule"
            offerte:  bij voorkeur vóór 16 september 2026, maar uiterlijk 30 september 2026  Zorgaanbieder  "Aanleveren offerte"
            reactie:  uiterlijk 6 weken na offerte  VGZ  "Inhoudelijke reactie"
            akkoord:  uiterlijk 16 december 2026 13.00 uur  Zorgaanbieder en VGZ  "Overeenstemming"
            interesse: 1 april 2027 t/m 28 mei 2027 vóór 17.00 uur  Zorgaanbieder  "Interesse kenbaar maken"
            publicatie: vanaf 12 november 2026  VGZ  "Bekendmaken zorgaanbod"
            gesprek: op 2 november 2026  Zorgaanbieder en VGZ  "Gesprek"
            mutaties: elk kwartaal in 2026 en 2027  VGZ  "Mutatievragenlijst"
            fase "Afronden" {
                vastleggen: Zorgaanbieder en VGZ  "Vastleggen"  als getekend
                bevestigen: binnen 2 weken  VGZ  "Bevestigen"
            }
        }
        """);

    private static TimelineInfo TimelineOf(string source)
    {
        var policy = InMemoryPolicy.Compile(source);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        return Assert.Single(new TimelineInterpreter(policy).Timelines);
    }

    private static TimelineItem Item(string id, string now, Dictionary<string, DateOnly>? events = null, string? party = null) =>
        Assert.Single(Items(id, now, events, party));

    private static List<TimelineItem> Items(string id, string now, Dictionary<string, DateOnly>? events = null, string? party = null) =>
        [.. TimelinePlanner.Query(Planning, new TimelineQuery(DateTime.Parse(now), party, events)).Items.Where(i => i.Entry.Id == id)];

    [Fact]
    public void APreferredDeadlineShowsBothDatesWithTheirOwnState()
    {
        var item = Item("offerte", "2026-09-20");

        Assert.Equal(TimelineStatus.Open, item.Status);
        Assert.Equal("bij voorkeur vóór 16 september 2026 (verstreken), uiterlijk 30 september 2026 (open)", item.Summary);
        Assert.Equal(new DateTime(2026, 10, 1), item.Due);
    }

    [Theory]
    [InlineData("2026-09-15T23:59", TimelineStatus.Open, "bij voorkeur vóór 16 september 2026 (open)")]
    [InlineData("2026-09-30T23:59", TimelineStatus.Open, "uiterlijk 30 september 2026 (open)")]
    [InlineData("2026-10-01T00:00", TimelineStatus.Overdue, "uiterlijk 30 september 2026 (verstreken)")]
    public void UiterlijkLastsThroughTheDayAndVoorEndsWhenTheDayBegins(string now, TimelineStatus status, string fragment)
    {
        var item = Item("offerte", now);
        Assert.Equal(status, item.Status);
        Assert.Contains(fragment, item.Summary);
    }

    [Theory]
    [InlineData("2026-12-16T12:59", TimelineStatus.Open)]
    [InlineData("2026-12-16T13:00", TimelineStatus.Overdue)]
    public void ADeadlineWithATimeEndsAtThatTime(string now, TimelineStatus status) =>
        Assert.Equal(status, Item("akkoord", now).Status);

    [Theory]
    [InlineData("2027-03-31", TimelineStatus.Upcoming)]
    [InlineData("2027-04-01", TimelineStatus.Open)]
    [InlineData("2027-05-28T16:59", TimelineStatus.Open)]
    [InlineData("2027-05-28T17:00", TimelineStatus.Overdue)]
    public void AWindowOpensOnItsFirstDayAndClosesAtItsClosingTime(string now, TimelineStatus status)
    {
        var item = Item("interesse", now);
        Assert.Equal(status, item.Status);
        Assert.Contains("t/m 28 mei 2027 vóór 17.00 uur", item.Summary);
    }

    [Theory]
    [InlineData("vanaf", "publicatie", "2026-11-11", TimelineStatus.Upcoming)]
    [InlineData("vanaf", "publicatie", "2027-06-01", TimelineStatus.Open)]
    [InlineData("op", "gesprek", "2026-11-01", TimelineStatus.Upcoming)]
    [InlineData("op", "gesprek", "2026-11-02T15:00", TimelineStatus.Open)]
    [InlineData("op", "gesprek", "2026-11-03", TimelineStatus.Done)]
    public void VanafStaysOpenAndOpIsOverAfterItsDay(string label, string id, string now, TimelineStatus status)
    {
        var item = Item(id, now);
        Assert.Equal(status, item.Status);
        Assert.StartsWith(label + " ", item.Summary);
    }

    [Fact]
    public void ARelativeDeadlineWaitsForItsEventAndSaysHowLateItCanBe()
    {
        var item = Item("reactie", "2026-09-20");

        Assert.Equal(TimelineStatus.Waiting, item.Status);
        Assert.Equal(["offerte"], item.WaitingFor);
        // If the offer comes on its hard deadline, 30 september, the reply is due 6 weeks later.
        Assert.Equal(new DateOnly(2026, 11, 11), item.LatestPossible);
        Assert.Equal("wacht op offerte (uiterlijk 6 weken na offerte; op zijn laatst 11 november 2026)", item.Summary);
    }

    [Theory]
    [InlineData("2026-09-20", TimelineStatus.Upcoming)] // the offer is still to come
    [InlineData("2026-09-25", TimelineStatus.Open)]
    [InlineData("2026-11-06T23:00", TimelineStatus.Open)]
    [InlineData("2026-11-07", TimelineStatus.Overdue)]
    public void ARelativeDeadlineResolvesFromTheGivenEventDate(string now, TimelineStatus status)
    {
        var item = Item("reactie", now, new() { ["offerte"] = new DateOnly(2026, 9, 25) });

        Assert.Equal(status, item.Status);
        Assert.Equal(new DateTime(2026, 11, 7), item.Due);
        Assert.StartsWith("uiterlijk 6 november 2026", item.Summary);
        Assert.EndsWith("— uiterlijk 6 weken na offerte", item.Summary);
    }

    [Fact]
    public void ARowWhoseOwnEventHappenedIsDoneAndOneStillPlannedKeepsItsStatus()
    {
        var events = new Dictionary<string, DateOnly> { ["offerte"] = new DateOnly(2026, 9, 25) };

        var done = Item("offerte", "2026-09-26", events);
        Assert.Equal(TimelineStatus.Done, done.Status);
        Assert.StartsWith("afgerond op 25 september 2026; ", done.Summary);

        var planned = Item("offerte", "2026-09-20", events);
        Assert.Equal(TimelineStatus.Open, planned.Status);
        Assert.EndsWith("; gepland op 25 september 2026", planned.Summary);
    }

    [Fact]
    public void ATimelineQualifiedEventWinsOverTheBareName()
    {
        var events = new Dictionary<string, DateOnly> { ["offerte"] = new DateOnly(2026, 9, 1), ["Planning.offerte"] = new DateOnly(2026, 9, 25) };
        Assert.Equal(new DateTime(2026, 11, 7), Item("reactie", "2026-09-20", events).Due);
    }

    [Fact]
    public void ARecurringRowIsExpandedPerPeriod()
    {
        var items = Items("mutaties", "2026-05-10");

        Assert.Equal(["1e kwartaal 2026", "2e kwartaal 2026", "3e kwartaal 2026", "4e kwartaal 2026", "1e kwartaal 2027", "2e kwartaal 2027", "3e kwartaal 2027", "4e kwartaal 2027"], items.Select(i => i.Occurrence));
        Assert.Equal([TimelineStatus.Done, TimelineStatus.Open, TimelineStatus.Upcoming], items.Take(3).Select(i => i.Status));
        Assert.Equal("2e kwartaal 2026: van 1 april 2026 (begonnen), t/m 30 juni 2026 (open)", items[1].Summary);
    }

    [Fact]
    public void ARowWithoutADateIsUndatedUntilItsEventHasADate()
    {
        Assert.Equal(TimelineStatus.Undated, Item("vastleggen", "2026-12-20").Status);

        var events = new Dictionary<string, DateOnly> { ["getekend"] = new DateOnly(2026, 12, 18) };
        Assert.Equal(TimelineStatus.Done, Item("vastleggen", "2026-12-20", events).Status);
        Assert.Equal(TimelineStatus.Upcoming, Item("vastleggen", "2026-12-10", events).Status);

        // "binnen 2 weken" counts from the row above, whose als-name or id may carry the date.
        var bevestigen = Item("bevestigen", "2026-12-20", new() { ["vastleggen"] = new DateOnly(2026, 12, 18) });
        Assert.Equal(new DateTime(2027, 1, 2), bevestigen.Due);
    }

    [Fact]
    public void APartySeesItsOwnRowsAndTheRepliesThatFollowFromThem()
    {
        var report = TimelinePlanner.Query(Planning, new TimelineQuery(new DateTime(2026, 9, 20), "zorgaanbieder", null));

        Assert.Equal(["offerte", "reactie", "akkoord", "interesse", "gesprek", "vastleggen", "bevestigen"], report.Items.Select(i => i.Entry.Id));
        Assert.True(report.Items.Single(i => i.Entry.Id == "reactie").FollowsFromParty);
        Assert.True(report.Items.Single(i => i.Entry.Id == "bevestigen").FollowsFromParty); // VGZ confirms what the provider signed
        Assert.False(report.Items.Single(i => i.Entry.Id == "offerte").FollowsFromParty);
    }
}
