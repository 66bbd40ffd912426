using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 3: lists, records and durations were compared by reference (or by unit), so equal values were
/// unequal, and the two engines disagreed on a definition compared with itself. Equality is by value
/// (Comparison.ValuesEqual), the same in both engines.
/// </summary>
public class EqualityByValueTests
{
    private const string Subject = "gegevens G als g { n: aantal?; m: M?; k: M?; l: lijst van aantal; d: duur? }\ngegevens M { naam: tekst; fte: decimaal? }\n";

    [Theory]
    [InlineData("eis x [1, 2] = [1, 2]")]
    [InlineData("eis x [1, 2] <> [1, 3]")]
    [InlineData("eis x 7 dagen in [1 week]")]
    [InlineData("eis x 7 dagen = 1 week")]
    [InlineData("eis x 1 jaar in [12 maanden, 1 dag]")]
    [InlineData("eis x L = L")]
    [InlineData("eis x (als g.n > 1 dan [1, 2] anders [1, 2]) = [1, 2]")]
    [InlineData("eis x g.m = g.k")]
    [InlineData("eis x g.l = [1, 2]")]
    public void EqualValuesAreEqualInBothEngines(string requirement)
    {
        var engines = BothEngines.Of(Subject + "definitie L = [1, 2]\neisen A { " + requirement + " }\n");

        var result = engines.Evaluate("A", """{ "m": { "naam": "A", "fte": 0.8 }, "k": { "naam": "A", "fte": 0.8 }, "l": [1, 2] }""");

        Assert.Equal(Outcome.Satisfied, result.Outcome);
    }

    [Fact]
    public void AConditionalWithEqualListsIsDecidedWhenTheConditionIsUnknown()
    {
        var engines = BothEngines.Of(Subject + "eisen A { eis x (als g.n > 1 dan [1, 2] anders [1, 2]) = [1, 2] }\n");

        Assert.Equal(Outcome.Satisfied, engines.Evaluate("A").Outcome);
    }

    [Fact]
    public void RecordsThatDifferAreUnequalAndTheEvidencePrintsTheirValues()
    {
        var engines = BothEngines.Of(Subject + "eisen A { eis x g.m = g.k }\n");

        var result = engines.Evaluate("A", """{ "m": { "naam": "A", "fte": 0.8 }, "k": { "naam": "B", "fte": 0.8 } }""");

        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        var evidence = Assert.Single(result.Requirements[0].Evidence);
        Assert.Contains("naam: \"A\"", evidence, StringComparison.Ordinal);
        Assert.Contains("naam: \"B\"", evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorginkoop", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordsWithAnUnknownFieldAndNoDifferenceAreUnknown()
    {
        var engines = BothEngines.Of(Subject + "eisen A { eis x g.m = g.k }\n");

        var result = engines.Evaluate("A", """{ "m": { "naam": "A" }, "k": { "naam": "A", "fte": 0.8 } }""");

        Assert.Equal(Outcome.Unknown, result.Outcome);
    }
}
