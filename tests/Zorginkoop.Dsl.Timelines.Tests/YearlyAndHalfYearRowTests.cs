using Ical.Net;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// docs/language.md "Elk jaar dezelfde termijn en elk halfjaar": <c>elk jaar uiterlijk 1 juni</c> is a deadline in
/// every year of the looptijd (or the years written), <c>elk halfjaar</c> recurs per half year; both engines plan them
/// with the one planner.
/// </summary>
public class YearlyAndHalfYearRowTests
{
    private const string Source = """
        tijdlijn Planning "Planning" {
            jaarverslag:  elk jaar uiterlijk 1 juni  Zorgaanbieder  "Aanleveren jaarverslag over het jaar ervoor"
            akkoord:      elk jaar uiterlijk 15 december 13.00 uur in 2026  VGZ  "Akkoord"
            dataset:      elk halfjaar in 2026 en 2027  Zorgaanbieder  "Aanleveren minimale dataset"
        }
        """;

    private static List<TimelineItem> Items(TimelineInfo timeline, string id, DateTime now) =>
        [.. TimelinePlanner.Query(timeline, new TimelineQuery(now)).Items.Where(i => i.Entry.Id == id)];

    private static TimelineInfo Interpreted(out Semantics.Model.CheckedPolicy policy)
    {
        policy = InMemoryPolicy.Compile(Source);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        return Assert.Single(new TimelineInterpreter(policy).Timelines);
    }

    [Fact]
    public void AYearlyDeadlineIsDueInEveryYearOfTheLooptijdAndOpensOnTheFirstOfJanuary()
    {
        var timeline = Interpreted(out _);

        var items = Items(timeline, "jaarverslag", new DateTime(2026, 9, 20));
        Assert.Equal(["2026", "2027"], items.Select(i => i.Occurrence));
        Assert.Equal([TimelineStatus.Overdue, TimelineStatus.Upcoming], items.Select(i => i.Status));
        Assert.Equal(new DateTime(2026, 6, 2), items[0].Due);
        Assert.Equal("2027: uiterlijk 1 juni 2027 (open)", items[1].Summary);
        Assert.Equal(TimelineStatus.Open, Items(timeline, "jaarverslag", new DateTime(2027, 1, 1)).Last().Status);

        var akkoord = Assert.Single(Items(timeline, "akkoord", new DateTime(2026, 12, 15, 12, 0, 0)));
        Assert.Equal((TimelineStatus.Open, new DateTime(2026, 12, 15, 13, 0, 0)), (akkoord.Status, akkoord.Due));
        Assert.Equal(TimelineStatus.Overdue, Assert.Single(Items(timeline, "akkoord", new DateTime(2026, 12, 15, 13, 0, 0))).Status);
    }

    [Fact]
    public void AHalfYearRowHasTwoPeriodsAYear()
    {
        var timeline = Interpreted(out _);

        var items = Items(timeline, "dataset", new DateTime(2026, 9, 20));
        Assert.Equal(["1e halfjaar 2026", "2e halfjaar 2026", "1e halfjaar 2027", "2e halfjaar 2027"], items.Select(i => i.Occurrence));
        Assert.Equal([TimelineStatus.Done, TimelineStatus.Open, TimelineStatus.Upcoming, TimelineStatus.Upcoming], items.Select(i => i.Status));
        Assert.Equal([new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)], items[1].Moments.Select(m => m.Date));
    }

    [Fact]
    public void TheCompiledPolicyPlansThemAsTheInterpreterDoes()
    {
        var interpreted = Interpreted(out var policy);
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var compiled = Assert.IsAssignableFrom<IPolicyTimelines>(PolicyBuilder.LoadEvaluator(build)).Timelines.Single();

        foreach (var now in new[] { new DateTime(2025, 6, 1), new DateTime(2026, 9, 20), new DateTime(2027, 6, 1, 23, 0, 0), new DateTime(2028, 1, 1) })
        {
            string Render(TimelineInfo t) => string.Join("\n", TimelinePlanner.Query(t, new TimelineQuery(now)).Items.Select(i =>
                $"{i.Entry.Id}|{i.Entry.Kind}|{i.Occurrence}|{i.Status}|{i.Due}|{i.Starts}|{i.Summary}|{string.Join(",", i.Moments.Select(m => m.Text))}"));
            Assert.Equal(Render(interpreted), Render(compiled));
        }
    }

    [Theory]
    [InlineData("elk jaar uiterlijk 31 juni", "ZI5013")]
    [InlineData("elk jaar uiterlijk 1 junie", "ZI5013")]
    [InlineData("elk jaar uiterlijk 29 februari", "ZI5013")]
    public void ADayThatIsNotInEveryYearIsAnError(string schedule, string code)
    {
        var policy = InMemoryPolicy.Compile($"tijdlijn Planning {{ a: {schedule}  VGZ  \"Actie\" }}");

        Assert.Contains(policy.Diagnostics, d => d.IsError && d.Code == code);
    }

    [Fact]
    public void EachYearsDateIsCheckedForWeekendsAndHolidays()
    {
        // 1 mei 2027 is a Saturday; 1 mei 2026 a Friday.
        var policy = InMemoryPolicy.Compile("tijdlijn Planning { a: elk jaar uiterlijk 1 mei  VGZ  \"Actie\" }");

        var warning = Assert.Single(policy.Diagnostics, d => d.Code == "ZI5006");
        Assert.Contains("1 mei 2027", warning.Message);
    }

    [Fact]
    public void TheCalendarHasOneEventPerYearlyRowWithEveryYearAndAReminder()
    {
        var timeline = Interpreted(out var policy);
        var output = new StringWriter();
        var header = new Hosting.Output.TimelineHeader("test.zip", "Testbeleid", null, new DateTime(2026, 9, 20), null, new Dictionary<string, DateOnly>());
        Hosting.Output.IcsCalendarWriter.Write(output, header, [TimelinePlanner.Query(timeline, new TimelineQuery(new DateTime(2026, 9, 20)))]);
        var calendar = Calendar.Load(output.ToString())!;

        var yearly = calendar.Events.Single(e => e.Uid!.EndsWith(".Planning.jaarverslag@zorginkoop", StringComparison.Ordinal));
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1)], yearly.GetOccurrences().Select(o => DateOnly.FromDateTime(o.Period.StartTime.Value)));
        Assert.NotEmpty(yearly.Alarms);
        var halfYear = calendar.Events.Single(e => e.Uid!.EndsWith(".Planning.dataset@zorginkoop", StringComparison.Ordinal));
        Assert.Equal(4, halfYear.GetOccurrences().Count());
    }
}
