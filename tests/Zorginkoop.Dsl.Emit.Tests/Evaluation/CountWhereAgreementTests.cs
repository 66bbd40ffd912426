using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// <c>aantal … waarvoor</c> is one runtime method, <see cref="Operations.CountWhere"/>, which both engines fold over
/// the elements (issue 13): the count of elements whose condition holds, onbekend as soon as one is onbekend. The
/// interpreter, the compiled traced path and the compiled fast path give the same outcome and the same explanation
/// for lists with unknown elements in every position, a null element, an empty and an unknown list.
/// </summary>
public class CountWhereAgreementTests
{
    private const string Source = """
        gegevens S { fte: decimaal? }
        gegevens G als g { staf: lijst van S? }
        definitie aantalGroot = aantal s in g.staf waarvoor s.fte >= 0,5
        eisen Minstens { eis e aantalGroot >= 2 }
        eisen Precies { eis e aantalGroot = 1 }
        eisen Geen { eis e aantalGroot = 0 }
        """;

    [Theory]
    [InlineData("[0.5, 0.7, 0.1]", 2L)]
    [InlineData("[0.1, 0.2]", 0L)]
    [InlineData("[]", 0L)]
    [InlineData("[null, 0.7, 0.9]", null)]
    [InlineData("[0.7, 0.9, null]", null)]
    [InlineData("[0.7, null, 0.1]", null)]
    [InlineData("[null]", null)]
    [InlineData("null", null)]
    public void TheRuntimeFoldGivesTheCount(string fte, long? expected)
    {
        long? count = 0;
        if (fte == "null")
        {
            count = null;
        }
        else
        {
            foreach (var value in Values(fte))
            {
                count = Operations.CountWhere(count, value is null ? null : value >= 0.5m);
            }
        }

        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("[0.5, 0.7, 0.1]")]
    [InlineData("[0.1, 0.2]")]
    [InlineData("[]")]
    [InlineData("[null, 0.7, 0.9]")]
    [InlineData("[0.7, 0.9, null]")]
    [InlineData("[0.7, null, 0.1]")]
    [InlineData("[null]")]
    [InlineData("null")]
    [InlineData("[{}, { \"fte\": 0.9 }]")]
    [InlineData("[null, { \"fte\": 0.9 }]")]
    public void BothEnginesAgreeIncludingUnknownElements(string staf)
    {
        var compiled = TestPolicy.From(Source);
        var interpreter = new PolicyInterpreter(compiled.Policy);
        var facts = compiled.Facts($$"""{ "staf": {{Staf(staf)}} }""");
        foreach (var set in new[] { "Minstens", "Precies", "Geen" })
        {
            var expected = interpreter.Evaluate(set, facts);
            var actual = compiled.Evaluator.Evaluate(set, facts);
            Assert.Equal(ResultText.Print(expected), ResultText.Print(actual));
            Assert.Equal(expected.Outcome, compiled.Evaluator.Check(set, facts));
        }
    }

    [Theory]
    [InlineData("[0.5, 0.7, 0.1]", Outcome.Satisfied)]
    [InlineData("[0.7, 0.9, null]", Outcome.Unknown)]
    [InlineData("[null, 0.7, 0.9]", Outcome.Unknown)]
    [InlineData("[0.1]", Outcome.NotSatisfied)]
    public void AnUnknownElementMakesTheCountUnknownEvenWhenTheBoundIsReached(string staf, Outcome expected)
    {
        var compiled = TestPolicy.From(Source);
        var facts = compiled.Facts($$"""{ "staf": {{Staf(staf)}} }""");

        Assert.Equal(expected, new PolicyInterpreter(compiled.Policy).Evaluate("Minstens", facts).Outcome);
        Assert.Equal(expected, compiled.Evaluator.Evaluate("Minstens", facts).Outcome);
        Assert.Equal(expected, compiled.Evaluator.Check("Minstens", facts));
    }

    private static IEnumerable<decimal?> Values(string list) =>
        list.Trim('[', ']').Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(v => v == "null" ? (decimal?)null : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"[0.5, null]" as staff records with those fte (null: an fte that is unknown); JSON of records as it is.</summary>
    private static string Staf(string staf) =>
        staf == "null" || staf.Contains('{', StringComparison.Ordinal) ? staf
        : "[" + string.Join(", ", Values(staf).Select(v => v is null ? """{ "fte": null }""" : $$"""{ "fte": {{v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""")) + "]";
}
