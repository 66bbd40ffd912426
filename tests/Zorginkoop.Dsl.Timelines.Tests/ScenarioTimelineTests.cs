using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Scenarios;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class ScenarioTimelineTests
{
    [Fact]
    public void ScenariosCheckTimelineRowStatesWithTheirDateAndEvents()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn Planning {
                offerte: bij voorkeur vóór 16 september 2026, maar uiterlijk 30 september 2026  Zorgaanbieder  "Aanleveren offerte"
                reactie: uiterlijk 6 weken na offerte  VGZ  "Reactie"
                mutaties: elk kwartaal in 2026 en 2027  VGZ  "Mutatievragenlijst"
            }
            scenario "Op 20 september" {
                op 20 september 2026
                verwacht Planning.offerte open
                verwacht Planning.reactie komend
                verwacht Planning.mutaties open
            }
            scenario "Na de offerte" {
                op 10 november 2026
                gebeurtenis offerte = 25 september 2026
                verwacht Planning.reactie verlopen
                verwacht Planning.offerte open
            }
            """);
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);

        var runner = new ScenarioRunner(policy, p => new PolicyInterpreter(p));
        var first = runner.Run(policy.EntryScenarios.First());
        Assert.All(first.Expectations, e => Assert.True(e.Passed, $"{e.Expectation.Text}: {e.Actual} — {string.Join("; ", e.Explanation)}"));

        var second = runner.Run(policy.EntryScenarios.Skip(1).First());
        var reply = second.Expectations[0];
        Assert.True(reply.Passed, string.Join("; ", reply.Explanation));
        Assert.Contains("uiterlijk 6 november 2026 (verstreken)", reply.Explanation[0]);
        // The offer happened on 25 september, so on 10 november it is done, not open.
        var offer = second.Expectations[1];
        Assert.False(offer.Passed);
        Assert.Equal("afgerond", offer.Actual);
    }
}
