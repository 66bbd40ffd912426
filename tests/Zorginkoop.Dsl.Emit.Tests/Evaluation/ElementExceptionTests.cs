using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// An exception that names the element of a <c>voor elke</c> is tried per element (issue 14, point 5): "De aanspraak op
/// Ketenaanpak GLI volwassenen is uitsluitend van toepassing op volwassenen … Jeugdigen vanaf 16 jaar kunnen een
/// uitzondering vormen als er sprake is van een … verhoogd gewichtsgerelateerd risico (GGR)" (VGZ huisartsenzorg
/// 2026-2027). One runtime rule (<see cref="Operations.ElementAfterException"/>, traced through
/// <see cref="EvaluationTrace.ElementException"/>); the interpreter, the compiled traced path and the fast path agree.
/// </summary>
public class ElementExceptionTests
{
    private const string Source = """
        gegevens Deelnemer { naam: tekst?; leeftijd: aantal; verhoogdGgr: ja/nee? }
        gegevens Aanbieder als aanbieder { deelnemers: lijst van Deelnemer?; overgang: ja/nee? }
        eisen Gli {
            eis volwassenen "Alleen volwassenen; jeugdigen vanaf 16 jaar met verhoogd GGR zijn een uitzondering."
                voor elke d in aanbieder.deelnemers geldt d.leeftijd >= 18
                uitzondering "Jeugdigen vanaf 16 jaar met verhoogd GGR" als d.leeftijd >= 16 en d.verhoogdGgr
        }
        eisen AlsBekend {
            eis volwassenen "Als de deelnemers bekend zijn."
                als aanbieder.deelnemers is bekend dan
                    voor elke d in aanbieder.deelnemers geldt d.leeftijd >= 18
                uitzondering "Jeugdigen vanaf 16 jaar met verhoogd GGR" als d.leeftijd >= 16 en d.verhoogdGgr
        }
        eisen Beide {
            eis volwassenen "Per element en voor de eis."
                voor elke d in aanbieder.deelnemers geldt d.leeftijd >= 18
                uitzondering "Jeugdigen vanaf 16 jaar met verhoogd GGR" als d.leeftijd >= 16 en d.verhoogdGgr
                uitzondering "Overgangsregeling" als aanbieder.overgang
        }
        """;

    [Theory]
    [InlineData("""[{ "naam": "Anna", "leeftijd": 40 }, { "naam": "Sam", "leeftijd": 17, "verhoogdGgr": true }]""", Outcome.Satisfied, Resolution.ByException)]
    [InlineData("""[{ "naam": "Anna", "leeftijd": 40 }, { "naam": "Bo", "leeftijd": 52 }]""", Outcome.Satisfied, Resolution.Direct)]
    [InlineData("""[{ "naam": "Anna", "leeftijd": 40 }, { "naam": "Sam", "leeftijd": 17, "verhoogdGgr": false }]""", Outcome.NotSatisfied, Resolution.Direct)]
    [InlineData("""[{ "naam": "Sam", "leeftijd": 15, "verhoogdGgr": true }]""", Outcome.NotSatisfied, Resolution.Direct)]
    [InlineData("""[{ "naam": "Sam", "leeftijd": 17 }]""", Outcome.Unknown, Resolution.Direct)]
    [InlineData("""[{ "naam": "Sam", "leeftijd": 17, "verhoogdGgr": true }, { "naam": "Kim", "leeftijd": 12, "verhoogdGgr": true }]""", Outcome.NotSatisfied, Resolution.Direct)]
    [InlineData("[]", Outcome.Satisfied, Resolution.Direct)]
    public void EachElementIsTriedAgainstTheExceptionInBothEngines(string deelnemers, Outcome outcome, Resolution resolution)
    {
        var (interpreted, generated, check) = Evaluate("Gli", $$"""{ "deelnemers": {{deelnemers}} }""");

        Assert.Equal(ResultText.Print(interpreted), ResultText.Print(generated));
        var requirement = interpreted.Requirements[0];
        Assert.Equal((outcome, resolution), (requirement.Outcome, requirement.Resolution));
        Assert.Equal(interpreted.Outcome, check);
    }

    [Fact]
    public void TheExplanationNamesTheElementMetByException()
    {
        var (interpreted, _, _) = Evaluate("Gli", """{ "deelnemers": [{ "naam": "Anna", "leeftijd": 40 }, { "naam": "Sam", "leeftijd": 17, "verhoogdGgr": true }] }""");

        var requirement = interpreted.Requirements[0];
        Assert.Equal("Jeugdigen vanaf 16 jaar met verhoogd GGR", requirement.ExceptionDescription);
        Assert.Equal(
            [
                "deelnemer 1 (Anna): leeftijd 40 > 18",
                "deelnemer 2 (Sam): leeftijd 17 < 18",
                "deelnemer 2 (Sam): leeftijd 17 > 16",
                "deelnemer 2 (Sam): verhoogdGgr: ja",
                "deelnemer 2 (Sam): voldaan bij uitzondering: Jeugdigen vanaf 16 jaar met verhoogd GGR",
            ],
            requirement.Evidence);
    }

    [Fact]
    public void AFailingElementIsNamedWithWhyItsExceptionDidNotApply()
    {
        var (interpreted, _, _) = Evaluate("Gli", """{ "deelnemers": [{ "naam": "Anna", "leeftijd": 40 }, { "naam": "Kim", "leeftijd": 12, "verhoogdGgr": true }] }""");

        Assert.Equal(["deelnemer 2 (Kim): leeftijd 12 < 18", "deelnemer 2 (Kim): leeftijd 12 < 16", "deelnemer 2 (Kim): verhoogdGgr: ja"], interpreted.Requirements[0].Evidence);
    }

    [Fact]
    public void AnUndecidedExceptionMakesTheElementUnknownWithItsMissingFact()
    {
        var (interpreted, _, _) = Evaluate("Gli", """{ "deelnemers": [{ "naam": "Sam", "leeftijd": 17 }] }""");

        Assert.Equal(Outcome.Unknown, interpreted.Requirements[0].Outcome);
        Assert.Equal(["verhoogdGgr"], interpreted.Requirements[0].MissingFacts);
    }

    [Theory]
    [InlineData("""{ "deelnemers": [{ "leeftijd": 17, "verhoogdGgr": true }] }""", Outcome.Satisfied, Resolution.ByException)]
    [InlineData("""{ "deelnemers": [{ "leeftijd": 17, "verhoogdGgr": false }] }""", Outcome.NotSatisfied, Resolution.Direct)]
    [InlineData("{}", Outcome.Satisfied, Resolution.Direct)]
    public void AnImplicationLeadsToTheForAll(string facts, Outcome outcome, Resolution resolution)
    {
        var (interpreted, generated, check) = Evaluate("AlsBekend", facts);

        Assert.Equal(ResultText.Print(interpreted), ResultText.Print(generated));
        Assert.Equal((outcome, resolution), (interpreted.Requirements[0].Outcome, interpreted.Requirements[0].Resolution));
        Assert.Equal(interpreted.Outcome, check);
    }

    [Theory]
    [InlineData("""{ "deelnemers": [{ "leeftijd": 12 }], "overgang": true }""", Outcome.Satisfied, "Overgangsregeling")]
    [InlineData("""{ "deelnemers": [{ "leeftijd": 17, "verhoogdGgr": true }], "overgang": false }""", Outcome.Satisfied, "Jeugdigen vanaf 16 jaar met verhoogd GGR")]
    [InlineData("""{ "deelnemers": [{ "leeftijd": 12 }], "overgang": false }""", Outcome.NotSatisfied, null)]
    public void AnExceptionThatDoesNotNameTheElementStaysTheRequirements(string facts, Outcome outcome, string? exception)
    {
        var (interpreted, generated, check) = Evaluate("Beide", facts);

        Assert.Equal(ResultText.Print(interpreted), ResultText.Print(generated));
        Assert.Equal((outcome, exception), (interpreted.Requirements[0].Outcome, interpreted.Requirements[0].ExceptionDescription));
        Assert.Equal(interpreted.Outcome, check);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, null, null)]
    [InlineData(null, false, null)]
    [InlineData(null, true, true)]
    [InlineData(false, false, false)]
    public void TheRuntimeRuleForOneException(bool? holds, bool? exception, bool? expected) =>
        Assert.Equal(expected, Operations.ElementAfterException(holds, exception));

    private static (RequirementSetResult Interpreted, RequirementSetResult Generated, Outcome Check) Evaluate(string set, string json)
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts(json);
        return (new PolicyInterpreter(compiled.Policy).Evaluate(set, facts), compiled.Evaluator.Evaluate(set, facts), compiled.Evaluator.Check(set, facts));
    }
}
