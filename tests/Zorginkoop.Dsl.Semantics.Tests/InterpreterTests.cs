using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Semantics.Tests;

public class InterpreterTests
{
    private const string Policy = """
        keuze Soort { Huisartsenpraktijk, RHO }
        keuze Delict { fraude, omkoping }
        gegevens Specialist { fte: decimaal }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            agbCode: tekst?
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            preferenteRegio: ja/nee
            gecontracteerdIn2023: ja/nee
            veroordelingen: lijst van Delict
            specialisten: lijst van Specialist
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisarts "Huisartsen" geldt voor aanbieder.soort = Huisartsenpraktijk {
            eis bezetting "1,0 fte per 3.000" aanbieder.fteHuisarts >= normFte
            eis agb aanbieder.agbCode is bekend
            eis regio aanbieder.preferenteRegio
            eis integer geen d in aanbieder.veroordelingen waarvoor d in [fraude, omkoping]
        }
        eisen Rho geldt voor aanbieder.soort = RHO {
            eis omvang aanbieder.ingeschrevenPatienten >= 100.000
                uitzondering "Gecontracteerd in 2023" als aanbieder.gecontracteerdIn2023
            eis staf mag afwijken voor elke s in aanbieder.specialisten geldt s.fte >= 0,3
        }
        """;

    private static (PolicyInterpreter Interpreter, RecordSchema Schema) Build()
    {
        var policy = PolicySource.Compile(Policy);
        Assert.Empty(policy.Diagnostics);
        var interpreter = new PolicyInterpreter(policy);
        return (interpreter, interpreter.SubjectSchema!);
    }

    private static FactRecord Facts(RecordSchema schema, string json)
    {
        var (facts, errors) = FactReader.Parse(json, schema, "test");
        Assert.Empty(errors);
        return facts!;
    }

    [Fact]
    public void ExplainsAFailingComparisonWithTheDecidingValues()
    {
        var (interpreter, schema) = Build();
        var facts = Facts(schema, """{ "soort": "Huisartsenpraktijk", "agbCode": "123", "fteHuisarts": 0.8, "ingeschrevenPatienten": 3000, "preferenteRegio": true, "veroordelingen": [] }""");

        var result = interpreter.Evaluate("Huisarts", facts);

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        var bezetting = result.Requirements[0];
        Assert.Equal(Outcome.NotSatisfied, bezetting.Outcome);
        Assert.Equal(["fteHuisarts 0,8 < normFte 1,0"], bezetting.Evidence);
        Assert.Equal(Outcome.Satisfied, result.Requirements[1].Outcome);
        Assert.Equal(Outcome.Satisfied, result.Requirements[3].Outcome);
    }

    [Fact]
    public void MissingFactsMakeRequirementsUnknownAndAreNamed()
    {
        var (interpreter, schema) = Build();
        var facts = Facts(schema, """{ "soort": "Huisartsenpraktijk", "agbCode": "1", "fteHuisarts": 1.2 }""");

        var result = interpreter.Evaluate("Huisarts", facts);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["ingeschrevenPatienten"], result.Requirements[0].MissingFacts);
        Assert.Equal(Outcome.Satisfied, result.Requirements[1].Outcome);
        Assert.Equal(["agbCode is bekend"], result.Requirements[1].Evidence);
        Assert.Contains("preferenteRegio", result.MissingFacts);
        Assert.Contains("veroordelingen", result.MissingFacts);
    }

    [Fact]
    public void ExceptionsDiscretionAndScope()
    {
        var (interpreter, schema) = Build();
        var rho = Facts(schema, """{ "soort": "RHO", "ingeschrevenPatienten": 90000, "gecontracteerdIn2023": true, "specialisten": [ { "fte": 0.2 } ] }""");

        var result = interpreter.Evaluate("Rho", rho);
        Assert.Equal(Outcome.Satisfied, result.Requirements[0].Outcome);
        Assert.Equal(Resolution.ByException, result.Requirements[0].Resolution);
        Assert.Equal("Gecontracteerd in 2023", result.Requirements[0].ExceptionDescription);
        Assert.Equal(Outcome.NotSatisfied, result.Requirements[1].Outcome);
        Assert.Equal(Resolution.ForJudgement, result.Requirements[1].Resolution);
        Assert.Equal(Resolution.ForJudgement, result.Resolution);

        Assert.Equal(Outcome.NotApplicable, interpreter.Evaluate("Huisarts", rho).Outcome);
    }

    [Theory]
    [InlineData("ja", "nee", false)]
    [InlineData("nee", "null", false)]
    [InlineData("ja", "null", null)]
    [InlineData("null", "ja", null)]
    public void AndFollowsKleeneLogic(string a, string b, bool? expected)
    {
        var policy = PolicySource.Compile("gegevens G als g { a: ja/nee; b: ja/nee }\neisen E { eis e g.a en g.b }");
        var interpreter = new PolicyInterpreter(policy);
        string Json(string v) => v switch { "ja" => "true", "nee" => "false", _ => "null" };
        var facts = Facts(interpreter.SubjectSchema!, $$"""{ "a": {{Json(a)}}, "b": {{Json(b)}} }""");

        Assert.Equal(OutcomeText.FromTruth(expected), interpreter.Evaluate("E", facts).Outcome);
    }

    [Fact]
    public void ANegatedTestIsExplainedByWhatWasObserved()
    {
        var policy = PolicySource.Compile("gegevens G als g { code: tekst?; items: lijst van aantal }\neisen E { eis a g.code is niet bekend  eis b g.items is niet leeg }");
        Assert.Empty(policy.Diagnostics);
        var interpreter = new PolicyInterpreter(policy);
        var facts = Facts(interpreter.SubjectSchema!, """{ "code": "123", "items": [] }""");

        var result = interpreter.Evaluate("E", facts);

        Assert.Equal(Outcome.NotSatisfied, result.Requirements[0].Outcome);
        Assert.Equal(["code is bekend"], result.Requirements[0].Evidence);
        Assert.Equal(Outcome.NotSatisfied, result.Requirements[1].Outcome);
        Assert.Equal(["items is leeg"], result.Requirements[1].Evidence);
    }
}
