using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 14 point 1: inside eisen, <c>omvat</c> of a set with <c>geldt voor</c> counted a set that does not apply as
/// met, silently. <c>omvat X verplicht</c> makes it not met with the reason; <c>omvat X indien van toepassing</c>
/// keeps the old meaning aloud; an addendum's plain <c>omvat</c> is required. Both engines, fast path included.
/// </summary>
public class ScopedIncludeTests
{
    private const string Policy = """
        keuze Soort { RHO, Praktijk }
        gegevens G als g { soort: Soort; biedtGli: ja/nee; ok: ja/nee; zorgplicht: ja/nee? }
        eisen Gli geldt voor g.soort = RHO en g.biedtGli { eis ok g.ok }
        eisen Verplicht { omvat Gli verplicht }
        eisen IndienVanToepassing { omvat Gli indien van toepassing }
        eisen Beoordeling { omvat Gli verplicht  eis z mag afwijken "zorgplicht" g.zorgplicht }
        eisen Afwijken mag afwijken "zorgplicht" { omvat Gli verplicht }
        addendum GliRho { omvat Gli }
        addendum GliWaarVanToepassing { omvat Gli indien van toepassing }
        """;

    private static readonly BothEngines Engines = BothEngines.Of(Policy);

    private const string RhoWithoutGli = """{ "soort": "RHO", "biedtGli": false, "ok": true, "zorgplicht": false }""";
    private const string RhoWithGli = """{ "soort": "RHO", "biedtGli": true, "ok": true, "zorgplicht": true }""";

    [Fact]
    public void ARequiredSetThatDoesNotApplyIsNotMetWithTheReason()
    {
        var result = Engines.Evaluate("Verplicht", RhoWithoutGli);

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(Resolution.Direct, result.Resolution);
        Assert.Equal("Gli is niet van toepassing: soort RHO = RHO, biedtGli: nee", Assert.Single(result.NotApplicableParts));
    }

    [Fact]
    public void ARequiredSetThatAppliesCountsAsItsOutcome()
    {
        var result = Engines.Evaluate("Verplicht", RhoWithGli);

        Assert.Equal(Outcome.Satisfied, result.Outcome);
        Assert.Empty(result.NotApplicableParts);
    }

    [Fact]
    public void ARequiredSetWhoseScopeIsUnknownLeavesTheSetUnknown()
    {
        var result = Engines.Evaluate("Verplicht", """{ "soort": "RHO", "ok": true }""");

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("biedtGli", result.MissingFacts);
    }

    [Fact]
    public void IndienVanToepassingKeepsTheSetAside()
    {
        var result = Engines.Evaluate("IndienVanToepassing", RhoWithoutGli);

        Assert.Equal(Outcome.Satisfied, result.Outcome);
        Assert.Empty(result.NotApplicableParts);
    }

    [Fact]
    public void ARequiredSetThatDoesNotApplyIsAHardFailureBesideARequirementForJudgement()
    {
        var result = Engines.Evaluate("Beoordeling", RhoWithoutGli);

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(Resolution.Direct, result.Resolution);
    }

    [Fact]
    public void DiscretionOnTheWholeSetCoversARequiredSetThatDoesNotApply()
    {
        var result = Engines.Evaluate("Afwijken", RhoWithoutGli);

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(Resolution.ForJudgement, result.Resolution);
    }

    [Fact]
    public void AnAddendumsPlainOmvatIsRequiredAndNamesTheReason()
    {
        var result = Engines.EvaluateAddendum("GliRho", RhoWithoutGli);

        Assert.Equal(Outcome.NotSatisfied, result.Eligibility);
        Assert.Equal("Gli is niet van toepassing: soort RHO = RHO, biedtGli: nee", Assert.Single(result.NotApplicableParts));
    }

    [Fact]
    public void AnAddendumsOmvatIndienVanToepassingStandsAside()
    {
        var result = Engines.EvaluateAddendum("GliWaarVanToepassing", RhoWithoutGli);

        Assert.Equal(Outcome.Satisfied, result.Eligibility);
        Assert.Empty(result.NotApplicableParts);
    }
}
