using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Tests.Scenarios;

/// <summary>
/// A scenario can expect every outcome the language has (issue 14, point 11): <c>niet voldaan ter beoordeling</c>
/// (only a failure a human judges passes it, a hard failure does not), <c>voldaan bij uitzondering</c> (also through
/// an element's exception), and the timeline states <c>afgerond</c> and <c>zonder datum</c>.
/// </summary>
public class ExpectationOutcomeTests
{
    private const string Policy = """
        gegevens Deelnemer { leeftijd: aantal; verhoogdGgr: ja/nee }
        gegevens Zorgaanbieder als aanbieder { fte: decimaal; overmacht: ja/nee; deelnemers: lijst van Deelnemer }
        eisen Bezetting {
            eis fte "Minimaal 1,0 fte." aanbieder.fte >= 1,0
                mag afwijken "Bij overmacht beoordelen wij het." als aanbieder.overmacht
        }
        eisen Gli {
            eis volwassenen "Alleen volwassenen."
                voor elke d in aanbieder.deelnemers geldt d.leeftijd >= 18
                uitzondering "Jeugdigen vanaf 16 jaar met verhoogd GGR" als d.leeftijd >= 16 en d.verhoogdGgr
        }
        tijdlijn Planning "Planning" {
            fase "Offerte" {
                offerte: uiterlijk 30 september 2026  Zorgaanbieder  "Aanleveren offerte"  als offerte
                reactie: uiterlijk 6 weken na offerte  VGZ  "Reactie op de offerte"
            }
            fase "Vastleggen" {
                vastleggen: Zorgaanbieder en VGZ  "Vastleggen van de afspraken"
            }
        }
        """;

    [Theory]
    [InlineData("{ fte: 0,8; overmacht: ja }", "verwacht Bezetting.fte niet voldaan ter beoordeling", true)]
    [InlineData("{ fte: 0,8; overmacht: ja }", "verwacht Bezetting niet voldaan (ter beoordeling)", true)]
    [InlineData("{ fte: 0,8; overmacht: nee }", "verwacht Bezetting.fte niet voldaan ter beoordeling", false)]
    [InlineData("{ fte: 0,8; overmacht: nee }", "verwacht Bezetting.fte niet voldaan", true)]
    [InlineData("{ fte: 1,2; overmacht: nee }", "verwacht Bezetting.fte niet voldaan ter beoordeling", false)]
    [InlineData("{ deelnemers: [{ leeftijd: 17; verhoogdGgr: ja }] }", "verwacht Gli.volwassenen voldaan bij uitzondering", true)]
    [InlineData("{ deelnemers: [{ leeftijd: 17; verhoogdGgr: ja }] }", "verwacht Gli voldaan bij uitzondering", true)]
    [InlineData("{ deelnemers: [{ leeftijd: 40; verhoogdGgr: nee }] }", "verwacht Gli.volwassenen voldaan bij uitzondering", false)]
    [InlineData("{ deelnemers: [{ leeftijd: 40; verhoogdGgr: nee }] }", "verwacht Gli.volwassenen voldaan", true)]
    public void AnOutcomeExpectationPassesOnlyForThatOutcome(string facts, string expectation, bool passes)
    {
        var result = RunOne($"gegeven aanbieder {facts}\n    op 1 januari 2026\n    {expectation}");

        Assert.Equal(passes, result.Passed);
    }

    [Fact]
    public void AFailedJudgementExpectationSaysWhatItExpectedAndGot()
    {
        var result = RunOne("gegeven aanbieder { fte: 0,8; overmacht: nee }\n    op 1 januari 2026\n    verwacht Bezetting.fte niet voldaan ter beoordeling");

        var expectation = Assert.Single(result.Expectations);
        Assert.Equal(("niet voldaan (ter beoordeling)", "niet voldaan"), (expectation.Expected, expectation.Actual));
    }

    [Theory]
    [InlineData("op 1 oktober 2026\n    gebeurtenis offerte = 25 september 2026\n    verwacht Planning.offerte afgerond", true)]
    [InlineData("op 20 september 2026\n    verwacht Planning.offerte afgerond", false)]
    [InlineData("op 20 september 2026\n    verwacht Planning.offerte open", true)]
    [InlineData("op 1 oktober 2026\n    verwacht Planning.vastleggen zonder datum", true)]
    [InlineData("op 1 oktober 2026\n    verwacht Planning.offerte zonder datum", false)]
    public void TimelineStatesAfgerondAndZonderDatum(string members, bool passes)
    {
        var result = RunOne(members);

        Assert.Equal(passes, result.Passed);
    }

    [Theory]
    [InlineData("verwacht Bezetting niet voldaan ter beoordelin", "ZI1045")]
    [InlineData("verwacht Bezetting niet voldaan (ter beoordeling", "ZI1045")]
    [InlineData("verwacht Planning.offerte afgeond", "ZI7008")]
    [InlineData("verwacht Planning.offerte zonderr datum", "ZI7008")]
    public void AMisspelledExpectationIsReported(string expectation, string code)
    {
        var policy = PolicySource.Compile(Policy + $"\nscenario \"s\" {{\n    op 1 januari 2026\n    {expectation}\n}}\n");

        Assert.Contains(policy.Diagnostics, d => d.Code == code && d.Severity == DiagnosticSeverity.Error);
    }

    private static ScenarioResult RunOne(string members)
    {
        var policy = PolicySource.Compile(Policy + $"\nscenario \"s\" {{\n    {members}\n}}\n");
        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var runner = new ScenarioRunner(policy, version => new PolicyInterpreter(version));
        return runner.Run(Assert.Single(policy.Scenarios));
    }
}
