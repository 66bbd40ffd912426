using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 14 point 3: <c>mag afwijken "reden" als voorwaarde</c>. A failure while the condition holds is for
/// judgement, otherwise hard; an unknown condition keeps it for judgement with an evidence line. The reason text is
/// on the result. Both engines, fast path included (BothEngines.Evaluate).
/// </summary>
public class ConditionalDiscretionTests
{
    private const string Policy = """
        gegevens G als g { fte: decimaal; zorgplicht: ja/nee? }
        eisen Eis {
            eis bezetting "Minimaal 1,0 fte." g.fte >= 1,0
                mag afwijken "Als wij anders niet aan onze zorgplicht kunnen voldoen." als g.zorgplicht
        }
        eisen Groep {
            eis bezetting "Bezetting." {
                eis fte "Minimaal 1,0 fte." g.fte >= 1,0
            } mag afwijken "zorgplicht" als g.zorgplicht
        }
        eisen Set "Set" mag afwijken "zorgplicht" als g.zorgplicht {
            eis fte "Minimaal 1,0 fte." g.fte >= 1,0
        }
        eisen Altijd mag afwijken "altijd ter beoordeling" {
            eis fte "Minimaal 1,0 fte." g.fte >= 1,0
        }
        """;

    private static readonly BothEngines Engines = BothEngines.Of(Policy);

    [Theory]
    [InlineData("Eis")]
    [InlineData("Groep")]
    [InlineData("Set")]
    public void AFailureWhileTheConditionHoldsIsForJudgementWithTheReason(string set)
    {
        var result = Engines.Evaluate(set, """{ "fte": 0.8, "zorgplicht": true }""");

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(Resolution.ForJudgement, result.Resolution);
        var judged = set == "Set" ? (result.DiscretionReason, result.DiscretionEvidence) : (result.Requirements[0].DiscretionReason, result.Requirements[0].Evidence);
        Assert.NotNull(judged.Item1);
        Assert.Contains("mag afwijken, want zorgplicht: ja", judged.Item2);
    }

    [Theory]
    [InlineData("Eis")]
    [InlineData("Groep")]
    [InlineData("Set")]
    public void AFailureWhileTheConditionDoesNotHoldIsAHardFailure(string set)
    {
        var result = Engines.Evaluate(set, """{ "fte": 0.8, "zorgplicht": false }""");

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(Resolution.Direct, result.Resolution);
        Assert.Null(set == "Set" ? result.DiscretionReason : result.Requirements[0].DiscretionReason);
    }

    [Fact]
    public void AnUnknownConditionKeepsTheFailureForJudgementAndSaysSo()
    {
        var result = Engines.Evaluate("Eis", """{ "fte": 0.8 }""");

        var requirement = result.Requirements[0];
        Assert.Equal(Resolution.ForJudgement, requirement.Resolution);
        Assert.Equal("Als wij anders niet aan onze zorgplicht kunnen voldoen.", requirement.DiscretionReason);
        Assert.Contains("mag afwijken als g.zorgplicht: onbekend (ontbreekt: zorgplicht)", requirement.Evidence);
    }

    [Fact]
    public void AMetRequirementIsNotJudgedAndItsConditionNotAsked()
    {
        var result = Engines.Evaluate("Eis", """{ "fte": 1.2 }""");

        Assert.Equal(Outcome.Satisfied, result.Outcome);
        Assert.Empty(result.Requirements[0].MissingFacts);
        Assert.DoesNotContain(result.Requirements[0].Evidence, e => e.StartsWith("mag afwijken", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnconditionalDiscretionCarriesItsReason()
    {
        var result = Engines.Evaluate("Altijd", """{ "fte": 0.8 }""");

        Assert.Equal(Resolution.ForJudgement, result.Resolution);
        Assert.Equal("altijd ter beoordeling", result.DiscretionReason);
    }
}
