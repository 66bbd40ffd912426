using Xunit.Abstractions;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

/// <summary>
/// The compiled evaluator against the reference interpreter: same outcome, resolution, exception, evidence
/// (word for word) and missing facts, for every set, on random and hand-made facts; and the fast Check agrees
/// with the traced outcome.
/// </summary>
public class DifferentialTests(ITestOutputHelper output)
{
    private const int RandomCases = 300;

    [Theory]
    [InlineData(nameof(Policies.Huisarts))]
    [InlineData(nameof(Policies.Everything))]
    public void CompiledAgreesWithInterpreterOnRandomFacts(string name)
    {
        var source = (string)typeof(Policies).GetField(name)!.GetValue(null)!;
        var compiled = TestPolicy.From(source);
        var interpreter = new PolicyInterpreter(compiled.Policy);
        var random = new Random(20261123);
        for (var i = 0; i < RandomCases; i++)
        {
            var facts = RandomFacts.Create(interpreter.SubjectSchema!, random);
            var inputs = random.Next(4) == 0 ? EvaluationInputs.None : new EvaluationInputs(EvaluationDate: new DateOnly(2026, 1 + random.Next(12), 1));
            AssertSame(interpreter, compiled.Evaluator, facts, inputs, $"{name}, geval {i}");
        }
    }

    [Fact]
    public void CompiledAgreesWithInterpreterOnHandMadeFacts()
    {
        var compiled = TestPolicy.From(Policies.Everything);
        var interpreter = new PolicyInterpreter(compiled.Policy);
        string[] cases =
        [
            "{}",
            """{ "soort": "RHO", "patienten": 3000, "fte": 0.8, "omzet": 2000000, "kosten": 100, "mandaat": 80, "start": "2026-02-14", "vecozo": true, "nieuw": false, "leden": [], "codes": [3], "soorten": ["RHO"] }""",
            """{ "soort": "criminele organisatie", "naam": "", "leden": [ { "fte": 0.2, "rol": "RHO", "inzet": 3 }, null, { "fte": 0.9, "actief": true } ], "codes": [3, null], "termijn": "6 weken", "offerte": "2026-09-30T17:00" }""",
            """{ "soort": "GLI-aanbieder" }""",
            """{ "soort": "Huisartsenpraktijk", "patienten": 9223372036854775807, "fte": 2, "adres": { "plaats": "Utrecht" }, "nieuw": true }""",
        ];
        foreach (var json in cases)
        {
            var (facts, errors) = FactReader.Parse(json, interpreter.SubjectSchema!, "test");
            Assert.Empty(errors);
            AssertSame(interpreter, compiled.Evaluator, facts!, new EvaluationInputs(new DateOnly(2026, 3, 1)), json);
        }
    }

    /// <summary>The real policies of the repository, on their example facts and on random facts.</summary>
    [Fact]
    public void CompiledAgreesWithInterpreterOnTheRepositoryPolicies()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var examples = Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var compared = 0;
        foreach (var file in files)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var policy = PolicyCompilation.Compile(file);
            if (policy.HasErrors || policy.Subject is null)
            {
                output.WriteLine($"overgeslagen (fouten of geen onderwerp): {file}");
                continue;
            }

            var checkedAt = clock.Elapsed;
            var build = PolicyBuilder.Build(policy);
            Assert.True(build.Success, file + "\n" + string.Join("\n", build.Diagnostics));
            output.WriteLine($"{Path.GetFileName(file)}: gecontroleerd {checkedAt.TotalMilliseconds:0} ms, C# {build.GenerateTime.TotalMilliseconds:0} ms, Roslyn {build.CompileTime.TotalMilliseconds:0} ms");
            var compiled = PolicyBuilder.LoadEvaluator(build);
            var interpreter = new PolicyInterpreter(policy);
            foreach (var example in examples)
            {
                var (facts, errors) = FactReader.Parse(File.ReadAllText(example), interpreter.SubjectSchema!, example);
                if (facts is not null && errors.Count == 0)
                {
                    AssertSame(interpreter, compiled, facts, EvaluationInputs.None, $"{file} met {example}");
                }
            }

            var random = new Random(7);
            for (var i = 0; i < 100; i++)
            {
                AssertSame(interpreter, compiled, RandomFacts.Create(interpreter.SubjectSchema!, random), new EvaluationInputs(new DateOnly(2026, 6, 1)), $"{file}, geval {i}");
            }

            output.WriteLine($"  vergeleken in {clock.Elapsed.TotalMilliseconds:0} ms");
            compared++;
        }

        output.WriteLine($"{compared} van {files.Count} beleidsbestanden vergeleken");
    }

    private static void AssertSame(IPolicyEvaluator interpreter, IPolicyEvaluator compiled, FactRecord facts, EvaluationInputs inputs, string context)
    {
        foreach (var set in interpreter.Info.RequirementSets)
        {
            var expected = Run(() => ResultText.Print(interpreter.Evaluate(set.Name, facts, inputs)));
            var actual = Run(() => ResultText.Print(compiled.Evaluate(set.Name, facts, inputs)));
            Assert.True(expected == actual, $"{context}, eisen {set.Name}:\n--- interpreter\n{expected}\n--- gecompileerd\n{actual}");

            var traced = Run(() => compiled.Evaluate(set.Name, facts, inputs).Outcome.ToString());
            var fast = Run(() => compiled.Check(set.Name, facts, inputs).ToString());
            Assert.True(traced == fast, $"{context}, eisen {set.Name}: Evaluate {traced}, Check {fast}");
        }
    }

    /// <summary>An exception is part of the behaviour to compare: both evaluators must fail alike.</summary>
    private static string Run(Func<string> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (Exception e)
        {
            return "uitzondering " + e.GetType().Name;
        }
    }
}
