using System.Text.Json;
using Ical.Net;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// docs/language.md "Tijdlijnen": <c>doorlopend</c> and <c>gedurende het hele jaar</c> are rows without a date of
/// their own that hold all through a period (the years named, else the looptijd). The agenda lists them as
/// "zonder datum" with that period, its JSON gives kind "continuous" and the period as moments, and the .ics has
/// an all-day event over the period, where before such a row was left out of the calendar.
/// </summary>
public class ContinuousRowTests
{
    private const string Source = """
        tijdlijn Planning "Planning" {
            aanbod:   uiterlijk 30 september 2025  VGZ  "Aanbieden zorgovereenkomst"
            addenda:  gedurende het gehele jaar  Huisartsenpraktijken  "Aanvragen van addenda"  via "VECOZO Zorginkoopportaal"
            nieuw:    doorlopend in 2026  "Nieuwe huisartsenpraktijk"  "Aanvragen zorgovereenkomst"  via website
        }
        """;

    private static readonly string HuisartsenPath = Cli.Policy("vgz", "huisartsenzorg-2026-2027.zip");

    private static TimelineItem Item(TimelineInfo timeline, string id, DateTime now, Dictionary<string, DateOnly>? events = null) =>
        Assert.Single(TimelinePlanner.Query(timeline, new TimelineQuery(now, null, events)).Items, i => i.Entry.Id == id);

    [Fact]
    public void AContinuousRowIsWithoutDateButShowsTheLooptijdOrItsOwnYears()
    {
        var policy = InMemoryPolicy.Compile(Source);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var timeline = Assert.Single(new TimelineInterpreter(policy).Timelines);

        foreach (var now in new[] { new DateTime(2025, 6, 1), new DateTime(2026, 9, 20), new DateTime(2028, 3, 1) })
        {
            var addenda = Item(timeline, "addenda", now);
            Assert.Equal(TimelineEntryKind.Continuous, addenda.Entry.Kind);
            Assert.Equal(TimelineStatus.Undated, addenda.Status);
            Assert.Null(addenda.Due);
            Assert.Equal("gedurende het gehele jaar: 1 januari 2026 t/m 31 december 2027", addenda.Summary);
            Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)], addenda.Moments.Select(m => m.Date));
            Assert.All(addenda.Moments, m => Assert.False(m.IsDeadline));
        }

        Assert.Equal("doorlopend in 2026: 1 januari 2026 t/m 31 december 2026", Item(timeline, "nieuw", new DateTime(2026, 9, 20)).Summary);
        // A row's own event does not make a continuous row done: the insurer keeps taking requests.
        var given = Item(timeline, "addenda", new DateTime(2026, 9, 20), new() { ["addenda"] = new DateOnly(2026, 3, 1) });
        Assert.Equal(TimelineStatus.Undated, given.Status);
    }

    [Fact]
    public void TheCompiledPolicyPlansAContinuousRowAsTheInterpreterDoes()
    {
        var policy = InMemoryPolicy.Compile(Source);
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var compiled = Assert.IsAssignableFrom<IPolicyTimelines>(PolicyBuilder.LoadEvaluator(build)).Timelines.Single();
        var interpreted = new TimelineInterpreter(policy).Timelines.Single();

        Assert.Equal(interpreted.Entries.Select(e => (e.Kind, string.Join(",", e.Schedule?.Years ?? []))), compiled.Entries.Select(e => (e.Kind, string.Join(",", e.Schedule?.Years ?? []))));
        foreach (var id in new[] { "addenda", "nieuw" })
        {
            var mine = Item(interpreted, id, new DateTime(2026, 9, 20));
            var theirs = Item(compiled, id, new DateTime(2026, 9, 20));
            Assert.Equal((mine.Status, mine.Summary, mine.Starts), (theirs.Status, theirs.Summary, theirs.Starts));
            Assert.Equal(mine.Moments, theirs.Moments);
        }
    }

    [Fact]
    public void WithoutALooptijdAContinuousRowNeedsItsYears()
    {
        var policy = InMemoryPolicy.Compile("""
            beleid "Zonder looptijd" { verzekeraar: "Test" }
            tijdlijn Planning { addenda: doorlopend  Huisartsenpraktijken  "Aanvragen van addenda" }
            """, withHeader: false);

        var error = Assert.Single(policy.Diagnostics, d => d.IsError);
        Assert.Equal("ZI5012", error.Code);
        Assert.Contains("doorlopend in 2026 en 2027", error.Message);
    }

    [Fact]
    public void TheVgzAddendaRowIsAnAllDayEventOverTheLooptijdWithoutAReminder()
    {
        var (exitCode, output, error) = Cli.Run("timeline", HuisartsenPath, "--format", "ics", "--on", "2026-09-20");
        Assert.True(exitCode == 0, error);
        var calendar = Calendar.Load(output)!;

        var addenda = calendar.Events.Single(e => e.Uid!.EndsWith(".PlanningHuisartsgeneeskundig.addenda@zorginkoop", StringComparison.Ordinal));
        Assert.False(addenda.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 1, 1), DateOnly.FromDateTime(addenda.DtStart.Value));
        Assert.Equal(new DateOnly(2028, 1, 1), DateOnly.FromDateTime(addenda.DtEnd!.Value));
        Assert.Empty(addenda.Alarms);
        Assert.StartsWith("gedurende het gehele jaar\nWie: Huisartsenpraktijken\n", addenda.Description);
        // The new providers' requests "gedurende het hele jaar" are in the calendar too.
        Assert.Single(calendar.Events, e => e.Uid!.EndsWith(".PlanningNieuweZorgaanbieders.praktijk@zorginkoop", StringComparison.Ordinal));
    }

    [Fact]
    public void TheAgendaAndItsJsonListTheRowZonderDatumWithItsPeriod()
    {
        var (exitCode, text, error) = Cli.Run("timeline", HuisartsenPath, "--on", "2026-09-20", "--timeline", "PlanningHuisartsgeneeskundig");
        Assert.True(exitCode == 0, error);
        var undated = text.IndexOf("ZONDER DATUM", StringComparison.Ordinal);
        Assert.True(undated >= 0, text);
        Assert.True(text.IndexOf("gedurende het gehele jaar: 1 januari 2026 t/m 31 december 2027", StringComparison.Ordinal) > undated, text);

        (exitCode, var json, error) = Cli.Run("timeline", HuisartsenPath, "--on", "2026-09-20", "--timeline", "PlanningHuisartsgeneeskundig", "--format", "json");
        Assert.True(exitCode == 0, error);
        var item = JsonDocument.Parse(json).RootElement.GetProperty("timelines")[0].GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "addenda");
        Assert.Equal("continuous", item.GetProperty("kind").GetString());
        Assert.Equal("undated", item.GetProperty("status").GetString());
        Assert.Equal(["2026-01-01", "2027-12-31"], item.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("date").GetString()));
    }
}
