namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Every construct that nests an expression inside another (each prefix operator, each bracket, each quantifier,
/// the else-if chain), and every place in a file an expression stands. Deep nesting is tested as the product of the
/// two, because a place decides how ANTLR predicts: 15,000 minus signs were caught in a condition, but in a list in a
/// scenario value (where ANTLR reads ahead to the closing bracket before entering a rule) they overflowed the stack.
/// </summary>
internal static class NestingShapes
{
    /// <summary>The schema every shape and place refers to: numbers, a yes/no, a list, a date.</summary>
    public const string Schema = "gegevens G als g { a: aantal; b: ja/nee; l: lijst van aantal; d: datum }\n";

    /// <summary>A construct as the text before and after its operand, and the operand the innermost one gets.</summary>
    public sealed record Shape(string Name, string Before, string After, string Innermost);

    public static readonly Shape[] Shapes =
    [
        new("min", "- ", "", "g.a"),
        new("min zonder spatie", "-", "", "g.a"),
        new("gedachtestreepje", "– ", "", "g.a"),
        new("niet", "niet ", "", "g.b"),
        new("niet na vergelijking", "g.a = niet ", "", "g.b"),
        new("aantal van", "aantal van ", "", "g.l"),
        new("jaar van", "jaar van ", "", "g.d"),
        new("eerste dag van de maand van", "eerste dag van de maand van ", "", "g.d"),
        new("eerste dag van de volgende maand na", "eerste dag van de volgende maand na ", "", "g.d"),
        new("als dan anders", "als g.b dan 1 anders ", "", "g.a"),
        new("voor elk", "voor elk x in g.l geldt ", "", "g.b"),
        new("er is een", "er is een x in g.l waarvoor ", "", "g.b"),
        new("geen", "geen x in g.l waarvoor ", "", "g.b"),
        new("aantal waarvoor", "aantal x in g.l waarvoor ", "", "g.b"),
        new("som van", "som van ", " voor elk x in g.l", "x"),
        new("haakjes", "(", ")", "g.a"),
        new("lijst", "[", "]", "g.a"),
        new("vroegste van", "vroegste van (g.d, ", ")", "g.d"),
    ];

    /// <summary>A place an expression stands, as a whole file around the <c>§</c> it is put in.</summary>
    public static readonly (string Name, string File)[] Places =
    [
        ("voorwaarde", Schema + "eisen A { eis x § }\n"),
        ("uitzondering", Schema + "eisen A { eis x g.b uitzondering als § }\n"),
        ("geldt voor", Schema + "eisen A geldt voor § { eis x g.b }\n"),
        ("definitie", Schema + "definitie d = §\neisen A { eis x g.b }\n"),
        ("eigenschap", "beleid \"b\" { looptijd: § }\n"),
        ("tijdlijn", Schema + "tijdlijn T { uiterlijk § aanbieder \"levert in\" }\n"),
        ("wijziging", Schema + "wijziging § \"w\" { }\n"),
        ("scenariodatum", Schema + "eisen A { eis x g.b }\nscenario \"s\" { op § }\n"),
        ("scenariowaarde", Schema + "eisen A { eis x g.b }\nscenario \"s\" { gegeven g { a: § } }\n"),
        ("lijst in scenariowaarde", Schema + "eisen A { eis x g.b }\nscenario \"s\" { gegeven g { l: [§] } }\n"),
        ("voorbeeld", Schema + "voorbeeld V { l: [1, §] }\n"),
    ];

    /// <summary><paramref name="shape"/> nested <paramref name="depth"/> deep, in <paramref name="place"/>.</summary>
    public static string Nest(Shape shape, string place, int depth) =>
        place.Replace("§", string.Concat(Enumerable.Repeat(shape.Before, depth)) + shape.Innermost + string.Concat(Enumerable.Repeat(shape.After, depth)));

    /// <summary>A burst for the mutator: the opening half of a shape, as if the file had been cut inside it.</summary>
    public static string Burst(Shape shape, int depth) => string.Concat(Enumerable.Repeat(shape.Before, depth));
}
