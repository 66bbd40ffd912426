using Zorginkoop.Dsl.Reliability.Tests.Fuzzing;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 19, the findings about how a policy is read, each with the smallest input that showed it:
/// a comment inside a literal, a keuze member with spaces in a condition, letters typed decomposed (NFD), and a
/// whole number written as a decimal in facts.
/// </summary>
public class LiteralAndNameFindingsTests
{
    [Theory]
    [InlineData("eis x 6 /* zes */ weken > 1 week")]
    [InlineData("eis x 6 // zes\n        weken > 1 week")]
    [InlineData("eis x g.t < 1 april 2026 /* zo staat het er */ 13.00 uur")]
    public void ACommentBetweenTheWordsOfALiteralIsACommentNotPartOfTheValue(string requirement)
    {
        // Was: "'6 /* zes */ weken' is te groot om mee te rekenen" (the literal's value was read from its whole span).
        var engines = BothEngines.Of("gegevens G als g { t: tijdstip? }\neisen A {\n    " + requirement + "\n}\n");

        Assert.Equal(requirement.Contains("g.t") ? Outcome.Unknown : Outcome.Satisfied, engines.Evaluate("A").Outcome);
    }

    [Theory]
    [InlineData("g.d = \"criminele organisatie\"", "criminele organisatie", Outcome.Satisfied)]
    [InlineData("g.d = \"criminele organisatie\"", "fraude", Outcome.NotSatisfied)]
    [InlineData("g.d ≠ \"criminele organisatie\"", "fraude", Outcome.Satisfied)]
    [InlineData("g.d in [\"criminele organisatie\", fraude]", "fraude", Outcome.Satisfied)]
    [InlineData("g.d niet in [\"criminele organisatie\"]", "criminele organisatie", Outcome.NotSatisfied)]
    [InlineData("g.ds bevat \"criminele organisatie\"", "criminele organisatie", Outcome.Satisfied)]
    [InlineData("als g.d = \"criminele organisatie\" dan ja anders nee", "criminele organisatie", Outcome.Satisfied)]
    public void AKeuzeMemberWithSpacesCanBeUsedInAConditionQuoted(string condition, string fact, Outcome expected)
    {
        // Was: ZI3002 "'=' kan niet met keuze Delict en tekst": a member with spaces could be declared but never tested.
        var engines = BothEngines.Of(
            "keuze Delict { \"criminele organisatie\", fraude }\ngegevens G als g { d: Delict; ds: lijst van Delict }\neisen A {\n    eis x " + condition + "\n}\n");

        Assert.Equal(expected, engines.Evaluate("A", $$"""{ "d": "{{fact}}", "ds": ["{{fact}}"] }""").Outcome);
    }

    [Fact]
    public void AQuotedTextThatIsNoMemberIsNamedWithTheNearestMember()
    {
        const string Condition = "    eis x g.d = \"criminele organisatie\" of g.d = \"criminele organisaties\"";
        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip",
            "keuze Delict { \"criminele organisatie\", fraude }\ngegevens G als g { d: Delict }\neisen A {\n" + Condition + "\n}\n");

        var error = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI3005", error.Code);
        Assert.Contains("Bedoelde u 'criminele organisatie'?", error.Message, StringComparison.Ordinal);
        Assert.Equal($"4,{Condition.IndexOf("\"criminele organisaties", StringComparison.Ordinal) + 1}", error.Location!.Start.ToDisplayString());
    }

    [Fact]
    public void ADecomposedLetterIsTheLetterAndPositionsStayThoseOfTheText()
    {
        // 'café' declared decomposed (e + U+0301, as macOS and some PDFs give it), used composed, and the reverse.
        var decomposed = "cafe\u0301";
        var source = $"gegevens G als g {{\n    {decomposed}: aantal\n    thé: aantal\n}}\neisen A {{\n    eis x g.café >= 1 en g.the\u0301 >= 1 en g.{decomposed} >= g.onbestaand\n}}\n";

        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", source);

        // Was: ZI1003 "Het teken '́' hoort niet in een beleidsbestand" at every decomposed letter.
        var error = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI2003", error.Code);
        var line = source.Split('\n')[5];
        Assert.Equal($"6,{line.IndexOf("onbestaand", StringComparison.Ordinal) + 1}", error.Location!.Start.ToDisplayString());

        var engines = BothEngines.Of(source.Replace(" >= g.onbestaand", " >= 1", StringComparison.Ordinal));
        Assert.Equal(Outcome.Satisfied, engines.Evaluate("A", """{ "café": 2, "thé": 3 }""").Outcome);
    }

    [Theory]
    [InlineData("3000.0", "schrijf 3000")]
    [InlineData("3e3", "schrijf 3000")]
    [InlineData("-2.00", "schrijf -2")]
    public void AWholeNumberWrittenAsADecimalForAnAantalSaysWhatToWrite(string written, string instead)
    {
        var engines = BothEngines.Of("gegevens G als g { n: aantal }\neisen A { eis x g.n > 1 }\n");

        var (_, errors) = FactReader.Parse($$"""{ "n": {{written}} }""", engines.Interpreter.SubjectSchema!, "feiten");

        // Was: "3000.0 valt buiten het bereik van aantal" (ZI8006), which it does not.
        var error = Assert.Single(errors);
        Assert.Equal(FactErrorCodes.WrongType, error.Code);
        Assert.Contains(instead, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bereik", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberBeyondAnAantalIsStillOutOfRange()
    {
        var engines = BothEngines.Of("gegevens G als g { n: aantal }\neisen A { eis x g.n > 1 }\n");

        var (_, errors) = FactReader.Parse("""{ "n": 1e30 }""", engines.Interpreter.SubjectSchema!, "feiten");

        Assert.Equal(FactErrorCodes.OutOfRange, Assert.Single(errors).Code);
    }

    [Fact]
    public void ABidirectionalControlInATextOrCommentIsAWarningAtTheCharacter()
    {
        var source = "gegevens G als g { b: tekst }\n// rol\u202e nimda\neisen A {\n    eis x g.b = \"directie\u2066 // geen\u2069\"\n}\n";

        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", source);

        var warnings = policy.Diagnostics.Where(d => d.Code == "ZI1035").ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Syntax.Diagnostics.DiagnosticSeverity.Warning, w.Severity));
        var lines = source.Split('\n');
        Assert.Equal(
            [$"2,{lines[1].IndexOf('\u202e') + 1}", $"4,{lines[3].IndexOf('\u2066') + 1}", $"4,{lines[3].IndexOf('\u2069') + 1}"],
            warnings.Select(w => w.Location!.Start.ToDisplayString()));
        Assert.Contains("U+202E (right-to-left override)", warnings[0].Message, StringComparison.Ordinal);
        Assert.False(policy.HasErrors);
    }

    [Fact]
    public void ANameWithACyrillicLetterBesideItsLatinTwinIsAWarningNamingTheLetter()
    {
        var source = "gegevens G als g {\n    fte: decimaal\n    f\u0442e: decimaal\n}\neisen A {\n    eis x g.f\u0442e >= 1,0\n}\n";

        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", source);

        var warning = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI1036", warning.Code);
        Assert.Equal("3,5", warning.Location!.Start.ToDisplayString());
        Assert.Contains("lijkt op 'fte'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+0442, Cyrillisch", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Аanbieder")] // a Cyrillic А mixed with Latin letters, no twin
    [InlineData("aanbiedеr")] // a Cyrillic е
    public void AMixedScriptNameWithoutATwinIsStillAWarning(string name)
    {
        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", $"gegevens {name} als g {{ n: aantal }}\n");

        Assert.Equal("ZI1036", Assert.Single(policy.Diagnostics).Code);
    }

    [Fact]
    public void ANameWhollyInAnotherScriptIsNotAWarning()
    {
        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", "gegevens Данные als g { поле: aantal; δ: aantal }\n");

        Assert.Empty(policy.Diagnostics);
    }
}
