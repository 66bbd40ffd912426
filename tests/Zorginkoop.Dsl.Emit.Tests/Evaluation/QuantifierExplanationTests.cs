using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// Inside <c>voor elke</c>, <c>er is een</c>, <c>aantal … waarvoor</c> and <c>som van</c>, each value of the explanation
/// names the element it belongs to — its position and its name field — and only the elements that decided the outcome
/// speak (issue 14, point 16). The interpreter and the compiled traced path say it word for word alike.
/// </summary>
public class QuantifierExplanationTests
{
    private const string Source = """
        gegevens Specialist { naam: tekst?; fte: decimaal }
        gegevens Specialisme { naam: tekst; specialisten: lijst van Specialist }
        gegevens Uitbetaling { jaar: aantal }
        gegevens Zbc als z { specialisten: lijst van Specialist; specialismen: lijst van Specialisme; uitbetalingen: lijst van Uitbetaling; codes: lijst van tekst }
        definitie norm = 0,3
        definitie allemaalGenoeg = voor elke d in z.specialisten geldt d.fte >= norm
        eisen Individueel { eis e voor elke d in z.specialisten geldt d.fte >= 0,3 }
        eisen Genest { eis e voor elke s in z.specialismen geldt (voor elke p in s.specialisten geldt p.fte >= 0,3) }
        eisen Eentje { eis e er is een d in z.specialisten waarvoor d.fte >= 0,5 }
        eisen Geteld { eis e (aantal d in z.specialisten waarvoor d.fte >= 0,3) >= 2 }
        eisen Opgeteld { eis e (som van d.fte voor d in z.specialisten) >= 1,3 }
        eisen Zonder { eis e voor elke u in z.uitbetalingen geldt u.jaar = 2025 }
        eisen Teksten { eis e voor elke c in z.codes geldt c = "A" }
        eisen Definitie { eis e allemaalGenoeg en allemaalGenoeg }
        eisen NormPerElement { eis e voor elke d in z.specialisten geldt d.fte >= norm }
        """;

    private const string Facts = """
        { "specialisten": [ { "naam": "De Vries", "fte": 0.8 }, { "naam": "Jansen", "fte": 0.2 }, { "fte": 0.5 } ],
          "specialismen": [ { "naam": "Cardiologie", "specialisten": [ { "naam": "Bakker", "fte": 0.4 }, { "naam": "Jansen", "fte": 0.2 } ] },
                            { "naam": "Dermatologie", "specialisten": [ { "naam": "Smit", "fte": 0.6 } ] } ],
          "uitbetalingen": [ { "jaar": 2025 }, { "jaar": 2024 } ],
          "codes": [ "A", "B" ] }
        """;

    [Theory]
    [InlineData("Individueel", "specialist 2 (Jansen): fte 0,2 < 0,3")]
    [InlineData("Genest", "specialisme 1 (Cardiologie) › specialist 2 (Jansen): fte 0,2 < 0,3")]
    [InlineData("Eentje", "specialist 1 (De Vries): fte 0,8 > 0,5 | specialist 3: fte 0,5 = 0,5")]
    [InlineData("Geteld", "specialist 1 (De Vries): fte 0,8 > 0,3 | specialist 2 (Jansen): fte 0,2 < 0,3 | specialist 3: fte 0,5 > 0,3 | aantal d in z.specialisten waarvoor d.fte >= 0,3 2 = 2")]
    [InlineData("Opgeteld", "som van d.fte voor d in z.specialisten 1,5 > 1,3")]
    [InlineData("Zonder", "uitbetaling 2: jaar 2.024 < 2.025")]
    [InlineData("Teksten", "element 2 (B): c \"B\" ≠ \"A\"")]
    [InlineData("Definitie", "specialist 2 (Jansen): fte 0,2 < norm 0,3 | allemaalGenoeg: nee")]
    [InlineData("NormPerElement", "specialist 2 (Jansen): fte 0,2 < norm 0,3")]
    public void EachValueNamesItsElementInBothEngines(string set, string expected)
    {
        var compiled = TestPolicy.From(Source);
        var interpreter = new PolicyInterpreter(compiled.Policy);
        var facts = compiled.Facts(Facts);

        var interpreted = interpreter.Evaluate(set, facts);
        var generated = compiled.Evaluator.Evaluate(set, facts);

        Assert.Equal(ResultText.Print(interpreted), ResultText.Print(generated));
        Assert.Equal(expected, string.Join(" | ", interpreted.Requirements[0].Evidence));
        Assert.Equal(interpreted.Outcome, compiled.Evaluator.Check(set, facts));
    }

    [Fact]
    public void AHoldingForAllNamesEveryElement()
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts("""{ "specialisten": [ { "naam": "De Vries", "fte": 0.8 }, { "fte": 0.5 } ] }""");

        var result = compiled.Evaluator.Evaluate("Individueel", facts);

        Assert.Equal(Outcome.Satisfied, result.Outcome);
        Assert.Equal(["specialist 1 (De Vries): fte 0,8 > 0,3", "specialist 2: fte 0,5 > 0,3"], result.Requirements[0].Evidence);
    }
}
