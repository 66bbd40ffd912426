using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;
using Zorginkoop.Dsl.Tests.Shared;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Inputs built to exhaust the stack or the clock: 5,000 nested parentheses, <c>niet niet …</c>, groups in
/// groups, brackets in a scenario value, long <c>en</c> and member chains, and a 1 MB line. Before the nesting
/// limit (ZI9201) each of the deep ones took the whole test process down with a stack overflow; a scenario value
/// of 5,000 brackets took minutes to parse. Now each is one diagnostic, quickly, with a location in the file.
/// </summary>
[Collection(TimedCollection.Name)]
public class DeepNestingTests
{
    private const int Deep = 5_000;

    /// <summary>The depth of the attack on the released build (a 15 KB file of minus signs).</summary>
    private const int VeryDeep = 15_000;

    public static TheoryData<string> DeepInputs() => [.. Inputs.Keys];

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["haakjes"] = "gegevens G als g { a: aantal }\neisen A { eis x " + new string('(', Deep) + "g.a" + new string(')', Deep) + " > 1 }\n",
        ["niet"] = "gegevens G als g { a: ja/nee }\neisen A { eis x " + Repeat("niet ", Deep) + "g.a }\n",
        ["min"] = "gegevens G als g { a: aantal }\neisen A { eis x " + Repeat("- ", Deep) + "g.a > 1 }\n",
        ["eis in eis"] = "gegevens G als g { a: ja/nee }\neisen A { " + string.Concat(Enumerable.Range(0, Deep).Select(i => $"eis x{i} {{ ")) + "eis y g.a " + new string('}', Deep) + " }\n",
        ["en-keten"] = "gegevens G als g { a: ja/nee }\neisen A { eis x g.a" + Repeat(" en g.a", Deep) + " }\n",
        ["plus-keten"] = "gegevens G als g { a: aantal }\neisen A { eis x g.a" + Repeat(" + 1", Deep) + " > 1 }\n",
        ["lijst in lijst"] = "gegevens G als g { a: aantal }\neisen A { eis x g.a in " + new string('[', Deep) + "1" + new string(']', Deep) + " }\n",
        ["veld-keten"] = "gegevens R { r: R?; a: ja/nee }\ngegevens G als g { r: R }\neisen A { eis x g.r" + Repeat(".r", Deep) + ".a }\n",
        ["scenariowaarde"] = "gegevens G als g { a: ja/nee }\neisen A { eis x g.a }\nscenario \"s\" { gegeven g { a: " + new string('[', Deep) + "ja" + new string(']', Deep) + " } }\n",
        ["open haakjes zonder einde"] = "eisen A { eis x " + new string('(', Deep),
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void TooDeepIsOneDiagnosticNotACrash(string name)
    {
        var text = Inputs[name];

        var (elapsed, (tree, policy, formatted)) = TimedCollection.Best(() =>
        {
            var tree = PolicyParser.Parse(new SourceText("diep.zip", text));
            return (tree, FrontEndHarness.Compile("/fuzz/diep.zip", text), PolicyFormatter.Format(tree));
        });

        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == "ZI9201");
        Assert.Contains("te diep genest", diagnostic.Message);
        Assert.InRange(diagnostic.Location!.Span.Start, 0, text.Length);
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI9201");
        Assert.False(formatted.Changed);
        Assert.True(elapsed < Settings.TimeLimit, $"{name}: {elapsed.TotalMilliseconds:0} ms");
    }

    public static TheoryData<string, string> ShapesAndPlaces()
    {
        var data = new TheoryData<string, string>();
        foreach (var shape in NestingShapes.Shapes)
        {
            foreach (var (place, _) in NestingShapes.Places)
            {
                data.Add(shape.Name, place);
            }
        }

        return data;
    }

    /// <summary>
    /// Every nesting construct, 15,000 deep, in every place an expression stands. 15,000 minus signs in a list in a
    /// scenario value overflowed the stack inside ANTLR's prediction, before the parser's own limit could fire,
    /// because there ANTLR reads ahead to the closing bracket; a scan of the tokens now stops it first.
    /// </summary>
    [Theory]
    [MemberData(nameof(ShapesAndPlaces))]
    public void EveryConstructNestedDeepInEveryPlaceIsOneDiagnostic(string shapeName, string placeName)
    {
        var shape = NestingShapes.Shapes.Single(s => s.Name == shapeName);
        var text = NestingShapes.Nest(shape, NestingShapes.Places.Single(p => p.Name == placeName).File, VeryDeep);

        var (elapsed, (tree, policy)) = TimedCollection.Best(() =>
        {
            var tree = PolicyParser.Parse(new SourceText("diep.zip", text));
            return (tree, FrontEndHarness.Compile("/fuzz/diep.zip", text));
        });

        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == "ZI9201");
        Assert.InRange(diagnostic.Location!.Span.Start, 0, text.Length);
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI9201");
        Assert.True(elapsed < Settings.TimeLimit, $"{shapeName} in {placeName}: {elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>The scan before parsing counts what the parser would nest, not more: 40 deep, every construct passes in every place.</summary>
    [Theory]
    [MemberData(nameof(ShapesAndPlaces))]
    public void FortyDeepNoConstructIsTooDeepInAnyPlace(string shapeName, string placeName)
    {
        var shape = NestingShapes.Shapes.Single(s => s.Name == shapeName);
        var text = NestingShapes.Nest(shape, NestingShapes.Places.Single(p => p.Name == placeName).File, 40);

        var tree = PolicyParser.Parse(new SourceText("diep.zip", text));

        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "ZI9201");
    }

    /// <summary>The attack as it was made: <c>zorginkoop check</c> as a process ends with ZI9201, not a stack trace.</summary>
    [Fact]
    public void FifteenThousandMinusSignsInAScenarioListAreOneDiagnosticFromTheCommandLine()
    {
        using var folder = new TemporaryFolder();
        var shape = NestingShapes.Shapes.Single(s => s.Name == "min");
        folder.Write("diep.zip", NestingShapes.Nest(shape, NestingShapes.Places.Single(p => p.Name == "lijst in scenariowaarde").File, VeryDeep));

        var (exitCode, output, error) = CommandLine.RunProcess(folder.Path, "check", "diep.zip");

        Assert.Equal(1, exitCode);
        Assert.Contains("diep.zip(3,", output + error);
        Assert.Contains("ZI9201", output + error);
        Assert.DoesNotContain("Stack overflow", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    /// <summary>Just under the limit everything works, on a thread with a third of a thread-pool thread's stack.</summary>
    [Theory]
    [InlineData("haakjes", 60)]
    [InlineData("niet", 90)]
    [InlineData("eis in eis", 60)]
    [InlineData("en-keten", 180)]
    [InlineData("veld-keten", 180)]
    [InlineData("scenariowaarde", 60)]
    public void JustUnderTheLimitEveryPhaseFitsOnASmallStack(string name, int depth)
    {
        var text = name switch
        {
            "haakjes" => "gegevens G als g { a: aantal }\neisen A { eis x " + new string('(', depth) + "g.a" + new string(')', depth) + " > 1 }\n",
            "niet" => "gegevens G als g { a: ja/nee }\neisen A { eis x " + Repeat("niet ", depth) + "g.a }\n",
            "eis in eis" => "gegevens G als g { a: ja/nee }\neisen A { " + string.Concat(Enumerable.Range(0, depth).Select(i => $"eis x{i} {{ ")) + "eis y g.a " + new string('}', depth) + " }\n",
            "en-keten" => "gegevens G als g { a: ja/nee }\neisen A { eis x g.a" + Repeat(" en g.a", depth) + " }\n",
            "veld-keten" => "gegevens R { r: R?; a: ja/nee }\ngegevens G als g { r: R }\neisen A { eis x g.r" + Repeat(".r", depth) + ".a }\n",
            _ => "gegevens R { r: R?; a: ja/nee? }\ngegevens G als g { r: R? }\neisen A { eis x g.r is bekend }\nscenario \"s\" { gegeven g { r: " + Repeat("{ r: ", depth) + "{ a: ja }" + new string('}', depth) + " } }\n",
        };
        FrontEndReport? report = null;
        string? evaluated = null;
        var thread = new Thread(
            () =>
            {
                report = FrontEndHarness.Run(new FuzzInput(name, "/fuzz/grens.zip", text), build: false);
                var policy = FrontEndHarness.Compile("/fuzz/grens.zip", text);
                var interpreter = new PolicyInterpreter(policy);
                evaluated = interpreter.Evaluate("A", Runtime.Facts.FactRecord.Empty(interpreter.SubjectSchema!)).Outcome.ToString();
            },
            maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(report);
        Assert.True(report!.Checks, $"{name} {depth} should check");
        Assert.Empty(report.Problems);
        Assert.NotNull(evaluated);
    }

    public static TheoryData<string> LongChains() => [.. Chains.Keys];

    private static readonly Dictionary<string, string> Chains = new()
    {
        ["definities op volgorde"] = "gegevens G als g { a: aantal }\ndefinitie d0 = g.a\n" + string.Concat(Enumerable.Range(1, Deep).Select(i => $"definitie d{i} = d{i - 1} + 1\n")) + $"eisen A {{ eis x d{Deep} > 1 }}\n",
        ["definities omgekeerd"] = $"gegevens G als g {{ a: aantal }}\neisen A {{ eis x d{Deep} > 1 }}\n" + string.Concat(Enumerable.Range(1, Deep).Reverse().Select(i => $"definitie d{i} = d{i - 1} + 1\n")) + "definitie d0 = g.a\n",
        ["omvat"] = "gegevens G als g { a: ja/nee }\n" + string.Concat(Enumerable.Range(0, Deep).Select(i => $"eisen S{i} {{ omvat S{i + 1} }}\n")) + $"eisen S{Deep} {{ eis x g.a }}\n",
        ["vereist overeenkomst"] = "gegevens G als g { a: ja/nee }\neisen S { eis x g.a }\naddendum A0 { vereist overeenkomst S }\n" + string.Concat(Enumerable.Range(1, Deep).Select(i => $"addendum A{i} {{ omvat S\n vereist overeenkomst A{i - 1} }}\n")),
    };

    /// <summary>
    /// Before ZI9202, 5,000 eisen each including the next overflowed the binder's stack, and 2,000 chained
    /// definities the interpreter's; each is now one diagnostic, quickly.
    /// </summary>
    [Theory]
    [MemberData(nameof(LongChains))]
    public void TooLongAChainIsOneDiagnosticNotACrash(string name)
    {
        var text = Chains[name];

        var (elapsed, policy) = TimedCollection.Best(() => FrontEndHarness.Compile("/fuzz/keten.zip", text));

        var diagnostic = Assert.Single(policy.Diagnostics, d => d.Code == "ZI9202");
        Assert.Contains("te lange keten", diagnostic.Message);
        Assert.NotNull(diagnostic.Location);
        Assert.True(elapsed < Settings.TimeLimit, $"{name}: {elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>Just under the chain limits, checking, building and evaluating both ways fit on a third of a thread-pool thread's stack.</summary>
    [Theory]
    [InlineData("definities", 95)]
    [InlineData("diepe definities", 8)]
    [InlineData("omvat", 60)]
    public void JustUnderTheChainLimitsEvaluationFitsOnASmallStack(string name, int length)
    {
        var text = name switch
        {
            "definities" => "gegevens G als g { a: aantal }\ndefinitie d0 = g.a\n" + string.Concat(Enumerable.Range(1, length).Select(i => $"definitie d{i} = d{i - 1} + 1\n")) + $"eisen A {{ eis x d{length} > 1 }}\n",
            "diepe definities" => "gegevens G als g { a: aantal }\ndefinitie d0 = g.a\n" + string.Concat(Enumerable.Range(1, length).Select(i => $"definitie d{i} = {new string('(', 30)}d{i - 1} + 1{new string(')', 30)}\n")) + $"eisen A {{ eis x d{length} > 1 }}\n",
            _ => "gegevens G als g { a: aantal? }\n" + string.Concat(Enumerable.Range(0, length).Select(i => $"eisen S{i} {{ omvat S{i + 1} }}\n")) + $"eisen S{length} {{ eis x g.a > 1 }}\neisen A {{ omvat S0 }}\n",
        };
        var policy = FrontEndHarness.Compile("/fuzz/keten.zip", text);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var compiled = Emit.PolicyBuilder.LoadEvaluator(Emit.PolicyBuilder.Build(policy));
        string? interpreted = null, generated = null;
        var thread = new Thread(
            () =>
            {
                var interpreter = new PolicyInterpreter(policy);
                var (facts, _) = Runtime.Facts.FactReader.Parse("""{ "a": 5 }""", interpreter.SubjectSchema!, "feiten");
                interpreted = Differential.ResultPrinter.Print(interpreter.Evaluate("A", facts!));
                generated = Differential.ResultPrinter.Print(compiled.Evaluate("A", facts!));
            },
            maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(interpreted);
        Assert.Equal(interpreted, generated);
    }

    [Fact]
    public void AOneMegabyteLineIsReadQuickly()
    {
        var text = "gegevens G als g { a: tekst }\neisen A { eis x \"" + new string('x', 1024 * 1024) + "\" g.a = \"" + new string('y', 1024 * 1024) + "\" }\n";

        var report = FrontEndHarness.Run(new FuzzInput("regel van 2 MB", "/fuzz/lang.zip", text), build: true);

        Assert.True(report.Checks);
        Assert.Empty(report.Problems);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
