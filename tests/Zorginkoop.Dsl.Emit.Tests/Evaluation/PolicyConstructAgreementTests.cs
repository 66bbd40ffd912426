using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// Issue 14, constructs the policies need, on both engines: an ordered keuze compares by position through the one
/// runtime method <see cref="Operations.ChoiceOrder"/> ("matig verhoogd of hoger" is <c>>= MatigVerhoogd</c>);
/// <c>vereist overeenkomst A of B</c> is met by either contract (Kleene OR, and a contract that does not apply is
/// no reason when the other is met); an addendum's <c>looptijd</c>, <c>aanbod</c> and <c>onderhandelbaar</c> are in
/// its result and its info. The interpreter and the compiled assembly give the same result, explanation included.
/// </summary>
public class PolicyConstructAgreementTests
{
    private const string Source = """
        keuze Soort { Huisartsenpraktijk, RHO }
        keuze GGR op volgorde { Laag, MatigVerhoogd, SterkVerhoogd, ExtreemVerhoogd }
        gegevens Aanbieder als aanbieder {
            soort: Soort
            ggr: GGR?
            agb: ja/nee?
            mandaat: percentage?
        }
        eisen Huisartsgeneeskundig geldt voor aanbieder.soort = Huisartsenpraktijk { eis agb aanbieder.agb }
        eisen ZorgverleningRho geldt voor aanbieder.soort = RHO { eis mandaat aanbieder.mandaat >= 80% }
        eisen Gli {
            eis ggr "Matig of sterk verhoogd gewichtsgerelateerd risico." aanbieder.ggr >= MatigVerhoogd
            eis nietExtreem aanbieder.ggr < ExtreemVerhoogd
        }
        addendum PohGgz "POH-GGZ" {
            vereist overeenkomst Huisartsgeneeskundig of ZorgverleningRho
            looptijd: 2 jaar
            aanbod: automatisch
            onderhandelbaar: nee
        }
        addendum Service "Service, bereikbaarheid en digitalisering" {
            vereist overeenkomst Huisartsgeneeskundig
            aanbod: op aanvraag
        }
        """;

    [Theory]
    [InlineData("Laag", Outcome.NotSatisfied)]
    [InlineData("MatigVerhoogd", Outcome.Satisfied)]
    [InlineData("SterkVerhoogd", Outcome.Satisfied)]
    [InlineData("ExtreemVerhoogd", Outcome.NotSatisfied)]
    [InlineData(null, Outcome.Unknown)]
    public void AnOrderedChoiceComparesByPositionOnBothEngines(string? ggr, Outcome expected)
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts($$"""{ "soort": "RHO", "ggr": {{(ggr is null ? "null" : $"\"{ggr}\"")}} }""");
        var interpreted = new PolicyInterpreter(compiled.Policy).Evaluate("Gli", facts);
        Assert.Equal(expected, interpreted.Outcome);
        Assert.Equal(ResultText.Print(interpreted), ResultText.Print(compiled.Evaluator.Evaluate("Gli", facts)));
        Assert.Equal(expected, compiled.Evaluator.Check("Gli", facts));
    }

    [Fact]
    public void TheRuntimeOrderIsThePositionInTheKeuze()
    {
        string[] members = ["Laag", "MatigVerhoogd", "Hoog"];
        Assert.True(Operations.ChoiceOrder("Hoog", "MatigVerhoogd", members) > 0);
        Assert.Equal(0, Operations.ChoiceOrder("Laag", "Laag", members));
        Assert.True(Operations.ChoiceOrder("Laag", "Hoog", members) < 0);
        Assert.Null(Operations.ChoiceOrder(null, "Hoog", members));
        Assert.Null(Operations.ChoiceOrder("Onbekend", "Hoog", members));
    }

    [Theory]
    [InlineData("""{ "soort": "Huisartsenpraktijk", "agb": true }""", Outcome.Satisfied)]
    [InlineData("""{ "soort": "RHO", "mandaat": 85 }""", Outcome.Satisfied)]
    [InlineData("""{ "soort": "RHO", "mandaat": 50 }""", Outcome.NotSatisfied)]
    [InlineData("""{ "soort": "RHO" }""", Outcome.Unknown)]
    [InlineData("""{ "soort": "Huisartsenpraktijk", "agb": false }""", Outcome.NotSatisfied)]
    public void EitherContractWillDoOnBothEngines(string json, Outcome expected)
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts(json);
        var interpreted = new AddendumEvaluator(compiled.Policy).EvaluateAddendum("PohGgz", facts, new DateOnly(2026, 2, 14));
        var generated = ((IPolicyAddenda)compiled.Evaluator).EvaluateAddendum("PohGgz", facts, new DateOnly(2026, 2, 14));
        Assert.Equal(expected, interpreted.Eligibility);
        Assert.Equal(JsonSerializer.Serialize(interpreted), JsonSerializer.Serialize(generated));
        // A practice that has its own contract does not miss the RHO's: the contract that does not apply is no reason.
        Assert.DoesNotContain(interpreted.NotApplicableParts, p => expected == Outcome.Satisfied);
    }

    [Fact]
    public void WithoutEitherContractBothReasonsAreGiven()
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts("""{ "soort": "Huisartsenpraktijk", "agb": false }""");
        var result = new AddendumEvaluator(compiled.Policy).EvaluateAddendum("PohGgz", facts, new DateOnly(2026, 2, 14));
        Assert.Equal(Outcome.NotSatisfied, result.Eligibility);
        Assert.Contains(result.NotApplicableParts, p => p.StartsWith("ZorgverleningRho is niet van toepassing", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAddendumsTermsAreInItsResultAndInfoOnBothEngines()
    {
        var compiled = TestPolicy.From(Source);
        var interpreter = new AddendumEvaluator(compiled.Policy);
        var generated = (IPolicyAddenda)compiled.Evaluator;
        var result = interpreter.EvaluateAddendum("PohGgz", null, new DateOnly(2026, 2, 14));
        Assert.Equal(("2 jaar", "automatisch", "nee"), (result.Terms.Term, result.Terms.OfferText, result.Terms.NegotiableText));
        Assert.Equal("op aanvraag", interpreter.EvaluateAddendum("Service", null, new DateOnly(2026, 2, 14)).Terms.OfferText);
        Assert.Equal(JsonSerializer.Serialize(interpreter.Addenda), JsonSerializer.Serialize(generated.Addenda));
        Assert.Equal(JsonSerializer.Serialize(result), JsonSerializer.Serialize(generated.EvaluateAddendum("PohGgz", null, new DateOnly(2026, 2, 14))));
    }
}
