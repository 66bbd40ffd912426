using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

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
