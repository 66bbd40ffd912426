using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// The compiled evaluator against the reference interpreter, on generated facts, for every policy in policies/:
/// for every requirement set (and addendum) the full result must be the same text — outcome, resolution,
/// evidence word for word, missing facts, exception descriptions and locations, recursively — and the fast
/// Check must agree with the traced outcome. Facts are drawn by CsCheck from the subject record's schema, with
/// unknown values and the policy's own thresholds and their neighbours. Each policy is built once.
/// </summary>
public class DifferentialTests(ITestOutputHelper output)
{
    /// <summary>Per policy in CI; ZORGINKOOP_DIFF_CASES runs more.</summary>
    private const int CiCases = 10_000;

    public static TheoryData<string> Policies() => [.. RepositoryPolicies.Policies.Select(RepositoryPolicies.Relative)];

    [Theory]
    [MemberData(nameof(Policies))]
    public void CompiledEvaluatorAgreesWithTheInterpreter(string policyFile)
    {
        var clock = Stopwatch.StartNew();
        var policy = PolicyCompilation.Compile(Path.Combine(RepositoryPolicies.Folder, policyFile));
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var compiled = PolicyBuilder.LoadEvaluator(build);
        var interpreter = new PolicyInterpreter(policy);
        var built = clock.Elapsed;

        Assert.Equal(Describe(interpreter.Info), Describe(compiled.Info));
        if (interpreter.SubjectSchema is not { } schema)
        {
            output.WriteLine($"{policyFile}: geen gegevens-record met 'als', niets te evalueren");
            return;
        }

        var (compared, thresholds) = Compare(policy, interpreter, compiled, Settings.DifferentialCases(CiCases), SeedText(policyFile));

        output.WriteLine(
            $"{policyFile}: {Settings.DifferentialCases(CiCases)} feitensets × {interpreter.Info.RequirementSets.Count} eisensets" +
            $" ({compared} vergelijkingen, {thresholds} drempelwaarden) in {clock.Elapsed.TotalSeconds:0.0} s, waarvan bouwen {built.TotalSeconds:0.0} s; seed {SeedText(policyFile)}");
    }

    /// <summary>
    /// The harness itself must catch a difference and show it: an evaluator that gets one threshold wrong is
    /// found, and the message holds the facts as JSON and both results.
    /// </summary>
    [Fact]
    public void ADifferenceIsFoundAndShownWithTheFactsAndBothResults()
    {
        var policy = Fuzzing.FrontEndHarness.Compile("/fuzz/drempel.zip", "gegevens G als g { a: aantal; b: ja/nee? }\neisen A { eis x g.a >= 7 en g.b }\n");
        var interpreter = new PolicyInterpreter(policy);
        var wrong = new OffByOneAtSeven(PolicyBuilder.LoadEvaluator(PolicyBuilder.Build(policy)));

        var failure = Assert.ThrowsAny<Exception>(() => Compare(policy, interpreter, wrong, 2_000, SeedText("drempel")));

        var message = failure.ToString();
        output.WriteLine(message);
        Assert.Contains("feiten:", message);
        Assert.Contains("\"a\": 7", message);
        Assert.Contains("--- interpreter", message);
        Assert.Contains("--- gecompileerd", message);
        Assert.Contains("NotSatisfied", message);
    }

    /// <summary>Compares both engines on <paramref name="iterations"/> generated fact sets; throws with the facts and both results at the first difference.</summary>
    internal static (long Compared, int Thresholds) Compare(CheckedPolicy policy, PolicyInterpreter interpreter, IPolicyEvaluator compiled, int iterations, string seed)
    {
        var thresholds = Thresholds.Of(policy);
        var generator = new FactGenerator(thresholds);
        // Addenda evaluate whole contracts again; one per case, chosen by the case, keeps 10,000 cases affordable.
        var cases = Gen.Select(generator.For(interpreter.SubjectSchema!), generator.Inputs(), Gen.Int[0, 1 << 20]);
        var pair = new EvaluatorPair(interpreter, new AddendumEvaluator(policy), compiled);

        Check.Sample(
            cases,
            (facts, inputs, addendum) => pair.AssertSame(facts, inputs, addendum),
            seed: seed,
            iter: iterations,
            threads: Environment.ProcessorCount,
            print: c => pair.Explain(c.Item1, c.Item2, c.Item3));
        return (pair.Compared, thresholds.Count);
    }

    /// <summary>
    /// CsCheck seeds are its own 16-character form; this derives one from ZORGINKOOP_FUZZ_SEED and the policy, so a
    /// reported failure reproduces with the same variable set.
    /// </summary>
    internal static string SeedText(string policyFile)
    {
        var hash = (ulong)Settings.Seed;
        foreach (var c in policyFile)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return CsCheck.PCG.Parse(hash.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    private static string Describe(PolicyInfo info) =>
        string.Join("\n", info.RequirementSets.SelectMany(s => new[] { $"eisen {s.Name} [{s.Title}]" }.Concat(s.Requirements.Select(r => $"  {r.Path} [{r.Sentence}] @{r.Location}"))))
        + "\ngegevens: " + string.Join(", ", info.Records.Select(r => r.Name + "(" + string.Join(", ", r.Fields.Select(f => $"{f.Name}: {f.Type.DisplayName}{(f.IsOptional ? "?" : string.Empty)}")) + ")"));

    private sealed class EvaluatorPair(PolicyInterpreter interpreter, IPolicyAddenda interpretedAddenda, IPolicyEvaluator compiled)
    {
        private long compared;

        public long Compared => Interlocked.Read(ref compared);

        public void AssertSame(FactRecord facts, EvaluationInputs inputs, int addendum)
        {
            foreach (var (what, expected, actual) in Compare(facts, inputs, addendum))
            {
                Interlocked.Increment(ref compared);
                if (expected != actual)
                {
                    throw new DifferenceException(
                        $"Het gecompileerde beleid wijkt af van de interpreter bij {what}.\nfeiten:\n{FactJson.Write(facts)}\ninvoer: {inputs}\n--- interpreter\n{expected}\n--- gecompileerd\n{actual}");
                }
            }
        }

        public string Explain(FactRecord facts, EvaluationInputs inputs, int addendum)
        {
            var differences = Compare(facts, inputs, addendum).Where(c => c.Expected != c.Actual).ToList();
            var text = $"feiten:\n{FactJson.Write(facts)}\ninvoer: {inputs}";
            return differences.Count == 0
                ? text
                : text + string.Concat(differences.Select(d => $"\nverschil bij {d.What}:\n--- interpreter\n{d.Expected}\n--- gecompileerd\n{d.Actual}"));
        }

        private IEnumerable<(string What, string Expected, string Actual)> Compare(FactRecord facts, EvaluationInputs inputs, int addendum)
        {
            foreach (var set in interpreter.Info.RequirementSets)
            {
                var expected = Run(() => ResultPrinter.Print(interpreter.Evaluate(set.Name, facts, inputs)));
                var tracedOutcome = "-";
                var actual = Run(() =>
                {
                    var result = compiled.Evaluate(set.Name, facts, inputs);
                    tracedOutcome = result.Outcome.ToString();
                    return ResultPrinter.Print(result);
                });
                yield return ($"eisen {set.Name}", expected, actual);

                var fast = Run(() => compiled.Check(set.Name, facts, inputs).ToString());
                yield return ($"Check van eisen {set.Name} (snelle weg tegen uitgebreide weg)", tracedOutcome, fast);
            }

            if (compiled is IPolicyAddenda compiledAddenda && interpretedAddenda.Addenda.Count > 0)
            {
                var name = interpretedAddenda.Addenda[addendum % interpretedAddenda.Addenda.Count].Name;
                var requestDate = inputs.RequestDate ?? new DateOnly(2026, 2, 14);
                var expected = Run(() => ResultPrinter.Print(interpretedAddenda.EvaluateAddendum(name, facts, requestDate, inputs)));
                var actual = Run(() => ResultPrinter.Print(compiledAddenda.EvaluateAddendum(name, facts, requestDate, inputs)));
                yield return ($"addendum {name}", expected, actual);
            }
        }

        /// <summary>An exception is behaviour too: both evaluators must fail alike, and the message says which threw.</summary>
        private static string Run(Func<string> evaluate)
        {
            try
            {
                return evaluate();
            }
            catch (Exception e)
            {
                return $"uitzondering {e.GetType().Name}: {e.Message}";
            }
        }
    }

    private sealed class DifferenceException(string message) : Exception(message);

    /// <summary>A deliberately wrong evaluator: at a = 7 exactly it reports the opposite outcome.</summary>
    private sealed class OffByOneAtSeven(IPolicyEvaluator inner) : IPolicyEvaluator
    {
        public PolicyInfo Info => inner.Info;

        public RecordSchema? SubjectSchema => inner.SubjectSchema;

        public Runtime.Results.RequirementSetResult Evaluate(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null)
        {
            var result = inner.Evaluate(requirementSet, facts, inputs);
            return facts["a"] is 7L && result.Outcome == Runtime.Values.Outcome.Satisfied ? result with { Outcome = Runtime.Values.Outcome.NotSatisfied } : result;
        }

        public Runtime.Values.Outcome Check(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null) => Evaluate(requirementSet, facts, inputs).Outcome;
    }
}
