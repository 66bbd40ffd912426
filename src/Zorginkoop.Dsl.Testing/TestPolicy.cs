using System.Reflection;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Testing;

/// <summary>
/// A policy under test: an evaluator, and — when loaded from source — its checked model, so that its
/// <c>voorbeeld</c>en and scenarios can be used too. Load it once per test class; it is immutable.
/// <para>
/// A policy with amendments is tested as it stood on the date asked for, as <c>zorginkoop test</c> does: from
/// source through the one <see cref="EvaluationSession"/> (which chooses the engine and runs scenarios), from an
/// assembly through its generated <c>PolicyVersions</c>.
/// </para>
/// </summary>
public sealed class TestPolicy
{
    private readonly EvaluationSession? session;
    private readonly IPolicyVersions? versions;

    private TestPolicy(IPolicyEvaluator evaluator, EvaluationSession? session, IPolicyVersions? versions, string name)
    {
        Evaluator = evaluator;
        this.session = session;
        this.versions = versions;
        Checked = session?.Policy;
        Name = name;
        Subject = evaluator.SubjectSchema ?? throw new PolicyAssertionException($"{name} declareert geen gegevens als onderwerp ('gegevens … als aanbieder'); er valt niets te evalueren.");
    }

    /// <summary>The policy as published (no amendments applied); <see cref="EvaluatorOn"/> gives the version of a date.</summary>
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
    public static TestPolicy FromAssembly(string dllPath)
    {
        var loaded = PolicyBuilder.LoadFromFile(dllPath);
        return new(loaded.Evaluator, null, VersionsIn(loaded.Assembly), Path.GetFileName(dllPath));
    }

    /// <summary>
    /// Wraps any evaluator, such as one a test obtained through a generated policy's typed API. It is used for every
    /// date as it is; for a policy with amendments pass its <c>PolicyVersions.Instance</c> to <see cref="FromVersions"/>.
    /// </summary>
    public static TestPolicy FromEvaluator(IPolicyEvaluator evaluator, string? name = null) =>
        new(evaluator, null, null, name ?? evaluator.Info.Title ?? "beleid");

    /// <summary>Wraps the versions of a policy with amendments (a generated <c>PolicyVersions.Instance</c>): each date picks its version.</summary>
    public static TestPolicy FromVersions(IPolicyVersions versions, string? name = null) =>
        new(versions.Published, null, versions, name ?? versions.Published.Info.Title ?? "beleid");

    /// <summary>The evaluator of the policy as it stood on <paramref name="date"/>: the amendments in force then applied.</summary>
    public IPolicyEvaluator EvaluatorOn(DateOnly date) => session?.EvaluatorOn(date) ?? versions?.AsOf(date) ?? Evaluator;

    /// <summary>
    /// Evaluates a requirement set as the policy stood on <paramref name="on"/> (today when null); assert on the
    /// result with <see cref="SetAssertions"/>.
    /// </summary>
    public SetAssertions Evaluate(string requirementSet, FactsBuilder facts, DateOnly? on = null, DateOnly? requestDate = null)
    {
        var date = on ?? DateOnly.FromDateTime(DateTime.Today);
        var evaluator = EvaluatorOn(date);
        if (evaluator.Info.RequirementSets.All(s => s.Name != requirementSet))
        {
            var suggestion = Runtime.Values.NameSuggester.Suggest(requirementSet, evaluator.Info.RequirementSets.Select(s => s.Name));
            throw new PolicyAssertionException($"{Name} heeft op {Runtime.Values.DutchFormat.Date(date)} geen eisen '{requirementSet}'.{(suggestion is null ? string.Empty : $" Bedoelde u '{suggestion}'?")}");
        }

        var result = evaluator.Evaluate(requirementSet, facts.Build(), new EvaluationInputs(date, requestDate));
        return new SetAssertions(result);
    }

    /// <summary>
    /// Runs the scenarios written in the policy's own file, each against the version its date selects (exactly as
    /// <c>zorginkoop test</c>: the same runner), and fails with every failing one.
    /// </summary>
    public void ScenariosShouldPass(DateOnly? on = null)
    {
        var policy = Checked ?? throw new PolicyAssertionException("Scenario's zijn alleen beschikbaar voor een beleid dat uit broncode is geladen.");
        var runner = session!.ScenarioRunner();
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

        var session = EvaluationSession.Open(policy, engine);
        try
        {
            return new TestPolicy(session.Evaluator, session, null, name);
        }
        catch (PolicyBuildException e)
        {
            throw new PolicyAssertionException($"{name} kon niet worden gecompileerd:\n" + string.Join("\n", e.Diagnostics));
        }
    }

    /// <summary>The generated <c>PolicyVersions.Instance</c> of an assembly of a policy with amendments; null without amendments.</summary>
    private static IPolicyVersions? VersionsIn(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => typeof(IPolicyVersions).IsAssignableFrom(t))
            .Select(t => t.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IPolicyVersions)
            .FirstOrDefault(v => v is not null);

    private sealed class InMemorySource(string fullPath, string displayPath, string source) : ISourceProvider
    {
        public SourceLoadResult Load(string path, string display) =>
            path == fullPath ? SourceLoadResult.Success(new SourceText(displayPath, source)) : SourceLoadResult.Failure("het bestand bestaat niet.");
    }
}
