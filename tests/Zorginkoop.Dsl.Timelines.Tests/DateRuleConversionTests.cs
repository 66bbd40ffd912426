using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Lowering;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// A relative timeline moment computed as a tijdstip counts by its day (issue 13): the lowering makes that an
/// explicit <c>DateTimeToDate</c> node (<see cref="Lowerer.LowerAsDate"/>), which both engines run, so neither back
/// end looks at the rule's type. A start date must be a datum (the binder says so), and lowers as it is.
/// </summary>
public class DateRuleConversionTests
{
    private const string Source = """
        tijdlijn T {
            offerte: uiterlijk 30 september 2026  Zorgaanbieder  "Offerte"
            reactie: uiterlijk als offerte > 20 september 2026 dan 6 november 2026 17.00 uur anders 30 oktober 2026 12.00 uur  VGZ  "Reactie"
            datum: uiterlijk 2 weken na offerte  VGZ  "Datum"
        }
        """;

    [Fact]
    public void ATijdstipMomentLowersToAnExplicitConversionAndADatumMomentToNone()
    {
        var policy = InMemoryPolicy.Compile(Source);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var timeline = Assert.Single(policy.BoundTimelines);
        var lowerer = Lowerer.For(policy.SubjectVariable);

        var reactie = timeline.Find("reactie")!.Schedule!.Deadline!;
        Assert.Equal(PrimitiveType.DateTime, reactie.Expression.Type);
        var converted = Assert.IsType<LoweredConversion>(lowerer.LowerAsDate(reactie.Expression));
        Assert.Equal(Conversion.DateTimeToDate, converted.Conversion);
        Assert.Equal(PrimitiveType.Date, converted.Type);
        Assert.Same(converted, lowerer.LowerAsDate(reactie.Expression));

        var datum = timeline.Find("datum")!.Schedule!.Deadline!;
        Assert.Equal(PrimitiveType.Date, datum.Expression.Type);
        Assert.IsNotType<LoweredConversion>(lowerer.LowerAsDate(datum.Expression));
    }

    [Theory]
    [InlineData("2026-09-25", "2026-11-06")]
    [InlineData("2026-09-10", "2026-10-30")]
    public void BothEnginesGiveATijdstipMomentTheSameDay(string offer, string expectedReply)
    {
        var policy = InMemoryPolicy.Compile(Source);
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics.Select(d => d.ToString())));
        var compiled = Assert.IsAssignableFrom<Runtime.Evaluation.IPolicyTimelines>(PolicyBuilder.LoadEvaluator(build)).Timelines.Single();
        var interpreted = new TimelineInterpreter(policy).Timelines.Single();
        var query = TimelineQuery.On(new DateOnly(2026, 9, 1), null, new Dictionary<string, DateOnly> { ["offerte"] = DateOnly.Parse(offer) });

        foreach (var timeline in new[] { interpreted, compiled })
        {
            var reply = TimelinePlanner.Query(timeline, query).Items.Single(i => i.Entry.Id == "reactie");
            Assert.Equal(DateOnly.Parse(expectedReply), reply.Moments.Single().Date);
        }
    }
}
