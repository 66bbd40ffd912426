using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Differential;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Each bug the fuzzers found, cut down to the smallest policy that showed it, so that it stays fixed even if the
/// campaigns' random inputs change. Listed with their fix commits in docs/reliability.md.
/// </summary>
public class FuzzFindingsTests
{
    /// <summary>
    /// A definite condition ('ja', 'x is bekend') in an uitzondering or an 'aantal … waarvoor' lowered to a plain
    /// bool, and the fast path tested it with 'is null': CS0037, so a policy that checked did not build.
    /// </summary>
    [Theory]
    [InlineData("eis x g.n > 1 uitzondering \"altijd\" als ja")]
    [InlineData("eis x g.n > 1 uitzondering als g.t is bekend")]
    [InlineData("eis x (aantal e in g.l waarvoor ja) >= 1")]
    [InlineData("eis x (aantal e in g.l waarvoor g.t is onbekend) >= 1")]
    public void ADefiniteConditionInAnExceptionOrCountBuildsAndAgrees(string requirement)
    {
        var source = $"gegevens G als g {{ n: aantal?; t: tekst?; l: lijst van aantal }}\neisen A {{ {requirement} }}\n";
        var policy = FrontEndHarness.Compile("/fuzz/bevinding.zip", source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));

        var build = PolicyBuilder.Build(policy);

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var compiled = PolicyBuilder.LoadEvaluator(build);
        var interpreter = new PolicyInterpreter(policy);
        foreach (var json in new[] { "{}", """{ "n": 0, "l": [1, 2] }""", """{ "n": 5, "t": "x", "l": [] }""" })
        {
            var (facts, errors) = FactReader.Parse(json, interpreter.SubjectSchema!, "feiten");
            Assert.Empty(errors);
            Assert.Equal(ResultPrinter.Print(interpreter.Evaluate("A", facts!)), ResultPrinter.Print(compiled.Evaluate("A", facts!)));
            Assert.Equal(interpreter.Evaluate("A", facts!).Outcome, compiled.Check("A", facts!));
        }
    }

    /// <summary>
    /// A set, record or keuze named like a member its generated class always has ('eisen Evaluate', 'gegevens
    /// Schema', 'keuze Members') gave a class with a member of its own name: CS0542, so the policy did not build.
    /// </summary>
    [Fact]
    public void NamesOfGeneratedMembersAreFreeForPolicyNames()
    {
        const string source = """
            keuze Members { A, Members }
            gegevens Schema { fromFacts: ja/nee }
            gegevens FromFacts { schema: ja/nee }
            gegevens Zorgaanbieder als aanbieder { zorgaanbieder: ja/nee; s: Schema?; soort: Members? }
            eisen Evaluate { eis evaluate aanbieder.zorgaanbieder }
            eisen Check { eis check aanbieder.s.fromFacts }
            eisen EvaluateCore { eis x aanbieder.soort = Members }
            eisen CheckCore { omvat Evaluate eis checkCore ja }
            eisen Location { eis location ja }
            eisen Title { omvat Check eis name ja }
            """;
        var policy = FrontEndHarness.Compile("/fuzz/namen.zip", source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));

        var build = PolicyBuilder.Build(policy);

        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var compiled = PolicyBuilder.LoadEvaluator(build);
        var interpreter = new PolicyInterpreter(policy);
        var (facts, errors) = FactReader.Parse("""{ "zorgaanbieder": true, "s": { "fromFacts": false }, "soort": "Members" }""", interpreter.SubjectSchema!, "feiten");
        Assert.Empty(errors);
        foreach (var set in interpreter.Info.RequirementSets)
        {
            Assert.Equal(ResultPrinter.Print(interpreter.Evaluate(set.Name, facts!)), ResultPrinter.Print(compiled.Evaluate(set.Name, facts!)));
        }
    }
}
