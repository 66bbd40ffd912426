using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 6: a test of a test (<c>(x is bekend) is bekend</c>, <c>is onbekend</c>, <c>is niet bekend</c>),
/// also inside an <c>uitzondering … als</c>, a quantifier, a definition or a <c>geldt voor</c>, checked clean but
/// did not build (CS0037) while the interpreter answered. Each form must build and decide as the interpreter does.
/// </summary>
public class NestedKnownTestTests
{
    private const string Subject = "gegevens G als g { n: aantal?; t: tekst?; b: ja/nee?; l: lijst van aantal; m: M? }\ngegevens M { naam: tekst?; fte: decimaal? }\n";

    private static readonly string[] FactSets =
    [
        "{}",
        """{ "n": 0, "l": [1, null, 3] }""",
        """{ "n": 5, "t": "x", "b": true, "l": [], "m": { "naam": "A" } }""",
        """{ "t": "", "b": false, "l": [null], "m": { "fte": 0.8 } }""",
    ];

    public static TheoryData<string> Forms() =>
    [
        "eis x (g.t is bekend) is bekend",
        "eis x (g.t is bekend) is onbekend",
        "eis x (g.t is onbekend) is niet bekend",
        "eis x ((g.t is niet bekend) is bekend) is bekend",
        "eis x ((g.n > 1) is bekend) is onbekend",
        "eis x (g.b is bekend) = (g.n is onbekend)",
        "eis x (g.m.fte is bekend) is bekend en g.m.naam is niet bekend",
        "eis x (als g.n > 1 dan g.t is bekend) is bekend",
        "eis x (als g.b dan g.t is bekend anders g.n is onbekend) is niet bekend",
        "eis x g.n > 1 uitzondering als (g.t is bekend) is bekend",
        "eis x g.n > 1 uitzondering \"u\" als (g.t is onbekend) is niet bekend uitzondering als g.b",
        "eis x g.n > 1 uitzondering als ((g.n > 3) is bekend) is onbekend",
        "eis x voor elke e in g.l geldt (e is bekend) is bekend",
        "eis x er is een e in g.l waarvoor (e is onbekend) is niet bekend",
        "eis x geen e in g.l waarvoor (e > 1) is onbekend",
        "eis x (aantal e in g.l waarvoor (e is bekend) is bekend) >= 1",
        "eis x (aantal e in g.l waarvoor e is onbekend) is bekend",
        "eis x (voor elke e in g.l geldt e > 0) is bekend",
        "eis x g.n > 1 uitzondering als er is een e in g.l waarvoor (e is bekend) is onbekend",
        "eis x D is bekend",
        "eis x (D is onbekend) is niet bekend",
        "eis x E",
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public void ATestOfATestBuildsAndDecidesAsTheInterpreter(string requirement)
    {
        var engines = BothEngines.Of(Subject + "definitie D = (g.t is bekend) is bekend\ndefinitie E = (D is bekend) is niet bekend of g.b\neisen A { " + requirement + " }\n");

        foreach (var facts in FactSets)
        {
            engines.Evaluate("A", facts);
        }
    }

    [Fact]
    public void ATestOfATestInGeldtVoorBuildsAndDecidesAsTheInterpreter()
    {
        var engines = BothEngines.Of(Subject + "eisen A geldt voor (g.t is bekend) is bekend en (g.n is onbekend) is niet bekend { eis x g.b is bekend }\n");

        foreach (var facts in FactSets)
        {
            engines.Evaluate("A", facts);
        }
    }
}
