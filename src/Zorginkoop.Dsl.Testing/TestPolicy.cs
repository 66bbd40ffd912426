using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Testing;

/// <summary>How a policy loaded from source is evaluated.</summary>
public enum Engine
{
    /// <summary>Generated C#, compiled by Roslyn in memory: what production uses.</summary>
    Compiled,

    /// <summary>The reference interpreter over the checked model: no Roslyn, fastest to start.</summary>
    Interpreter,
}

/// <summary>
/// A policy under test: an evaluator, and — when loaded from source — its checked model, so that its
/// <c>voorbeeld</c>en and scenarios can be used too. Load it once per test class; it is immutable.
/// </summary>
public sealed class TestPolicy
{
    private TestPolicy(IPolicyEvaluator evaluator, CheckedPolicy? checkedPolicy, string name)
    {
        Evaluator = evaluator;
        Checked = checkedPolicy;
        Name = name;
        Subject = evaluator.SubjectSchema ?? throw new PolicyAssertionException($"{name} declareert geen gegevens als onderwerp ('gegevens … als aanbieder'); er valt niets te evalueren.");
    }

    public IPolicyEvaluator Evaluator { get; }

    /// <summary>The checked model, when the policy was loaded from source; null for a compiled assembly.</summary>
    public CheckedPolicy? Checked { get; }

    public string Name { get; }

    public RecordSchema Subject { get; }

    /// <summary>Compiles a policy file (and what it imports); its errors fail the test with their positions.</summary>
    public static TestPolicy FromFile(string path, Engine engine = Engine.Compiled) =>
        FromChecked(PolicyCompilation.Compile(path), engine, Path.GetFileName(path));

    /// <summary>Compiles a policy written in the test itself.</summary>
    public static TestPolicy FromSource(string source, Engine engine = Engine.Compiled, string fileName = "beleid.zip") =>
        FromChecked(PolicyCompilation.Compile("/" + fileName, new InMemorySource("/" + fileName, fileName, source)), engine, fileName);

    /// <summary>Loads an assembly built by <c>zorginkoop build</c> or the MSBuild integration.</summary>
    public static TestPolicy FromAssembly(string dllPath) =>
        new(PolicyBuilder.LoadFromFile(dllPath).Evaluator, null, Path.GetFileName(dllPath));

    /// <summary>Wraps any evaluator, such as one a test obtained through a generated policy's typed API.</summary>
    public static TestPolicy FromEvaluator(IPolicyEvaluator evaluator, string? name = null) =>
        new(evaluator, null, name ?? evaluator.Info.Title ?? "beleid");

    /// <summary>Evaluates a requirement set; assert on the result with <see cref="SetAssertions"/>.</summary>
    public SetAssertions Evaluate(string requirementSet, FactsBuilder facts, DateOnly? on = null, DateOnly? requestDate = null)
    {
        if (Evaluator.Info.RequirementSets.All(s => s.Name != requirementSet))
        {
            var suggestion = Runtime.Values.NameSuggester.Suggest(requirementSet, Evaluator.Info.RequirementSets.Select(s => s.Name));
            throw new PolicyAssertionException($"{Name} heeft geen eisen '{requirementSet}'.{(suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")}");
        }

        var result = Evaluator.Evaluate(requirementSet, facts.Build(), new EvaluationInputs(on ?? DateOnly.FromDateTime(DateTime.Today), requestDate));
        return new SetAssertions(result);
    }

    /// <summary>Runs the scenarios written in the policy's own file and fails with every failing one.</summary>
    public void ScenariosShouldPass(DateOnly? on = null)
    {
        var policy = Checked ?? throw new PolicyAssertionException("Scenario's zijn alleen beschikbaar voor een beleid dat uit broncode is geladen.");
        var runner = new ScenarioRunner(policy, _ => Evaluator);
        var failures = policy.EntryScenarios.Select(s => runner.Run(s, on)).Where(r => !r.Passed).ToList();
        if (failures.Count > 0)
        {
            throw new PolicyAssertionException(string.Join("\n", failures.Select(f =>
                $"✗ {f.Scenario.Title} ({f.Scenario.Location.ToDisplayString()})\n" + string.Join("\n", f.Expectations.Where(e => !e.Passed).Select(e =>
                    $"    {e.Expectation.Text}\n      - verwacht:  {e.Expected}\n      + werkelijk: {e.Actual}\n" + string.Join("\n", e.Explanation.Select(l => "        " + l)))))));
        }
    }

    private static TestPolicy FromChecked(CheckedPolicy policy, Engine engine, string name)
    {
        if (policy.HasErrors)
        {
            throw new PolicyAssertionException($"{name} bevat fouten:\n" + string.Join("\n", policy.Diagnostics.Where(d => d.IsError)));
        }

        if (engine == Engine.Interpreter)
        {
            return new TestPolicy(new PolicyInterpreter(policy), policy, name);
        }

        var build = PolicyBuilder.Build(policy);
        if (!build.Success)
        {
            throw new PolicyAssertionException($"{name} kon niet worden gecompileerd:\n" + string.Join("\n", build.Diagnostics.Where(d => d.IsError)));
        }

        return new TestPolicy(PolicyBuilder.LoadEvaluator(build), policy, name);
    }

    private sealed class InMemorySource(string fullPath, string displayPath, string source) : ISourceProvider
    {
        public SourceLoadResult Load(string path, string display) =>
            path == fullPath ? SourceLoadResult.Success(new SourceText(displayPath, source)) : SourceLoadResult.Failure("het bestand bestaat niet.");
    }
}
