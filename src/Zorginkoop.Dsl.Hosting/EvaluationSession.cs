using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>
/// One way in for every host that evaluates a policy (the command line, the Testing library, the benchmarks):
/// translates a policy path and a date into a checked policy with its diagnostics and an evaluator of the chosen
/// engine, and answers the questions a host asks before evaluating (is there a subject to read facts into, do the
/// requirement sets and addenda asked for exist — with a "Bedoelde u …?" suggestion) as catalogue diagnostics.
/// The engine is chosen here and nowhere else.
/// <para>
/// It lives in its own project, Zorginkoop.Dsl.Hosting, above Emit, because choosing an engine means seeing both:
/// the compiled engine is in Emit and the interpreter in Semantics/Interpretation, Emit must not reach the
/// interpreter, and Semantics must not reach Emit. So the arrows stay one way: Semantics ← Emit ← Hosting ← Cli
/// and Testing. The language server does not evaluate and must not load Roslyn (it references Syntax and
/// Semantics only); it needs the checked model for every feature and takes it, with exactly the diagnostics of
/// <see cref="Diagnostics"/>, from <see cref="PolicyCompilation"/>, the front end this session also calls.
/// </para>
/// </summary>
public sealed class EvaluationSession
{
    private readonly Lazy<(IPolicyEvaluator Evaluator, Assembly? Assembly)> engine;
    private readonly Lazy<RecordSchema?> subject;
    private readonly Lazy<IPolicyAddenda> addenda;
    private readonly Lazy<IPolicyTimelines> timelines;
    private readonly ConcurrentDictionary<CheckedPolicy, Lazy<IPolicyEvaluator>> versions = new(ReferenceEqualityComparer.Instance);
    private readonly EngineOptions options;
    private Engine? resolved;

    private EvaluationSession(CheckedPolicy policy, Engine kind, EngineOptions? options)
    {
        Policy = policy;
        Engine = kind;
        this.options = options ?? EngineOptions.Default;
        engine = new(Start);
        subject = new(() => new FactSchemas(policy).Subject);
        addenda = new(() => Evaluator as IPolicyAddenda ?? new AddendumEvaluator(policy));
        timelines = new(() => Evaluator as IPolicyTimelines ?? new TimelineInterpreter(policy));
    }

    /// <param name="asOf">
    /// The policy as it stood on this date (the amendments then in force); null for the policy as published, every
    /// version in one.
    /// </param>
    /// <param name="options">Where compiled assemblies come from and who hears about compiling; <see cref="EngineOptions.Default"/> when null.</param>
    public static EvaluationSession Open(string policyPath, Engine engine, DateOnly? asOf = null, ISourceProvider? sources = null, EngineOptions? options = null) =>
        new(PolicyCompilation.Compile(policyPath, sources, asOf), engine, options);

    /// <summary>A session over a policy already checked, such as the version of a policy a scenario runs against.</summary>
    public static EvaluationSession Open(CheckedPolicy policy, Engine engine, EngineOptions? options = null) => new(policy, engine, options);

    public CheckedPolicy Policy { get; }

    /// <summary>The engine asked for; may be <see cref="Engine.Auto"/>.</summary>
    public Engine Engine { get; }

    /// <summary>
    /// The engine that answers: <see cref="Engine"/>, or for <see cref="Engine.Auto"/> the compiled engine when the
    /// policy's assembly is already compiled (in this process or in the cache) and the interpreter otherwise. Decided
    /// once, on first use.
    /// </summary>
    public Engine ResolvedEngine => resolved ??= Engine != Engine.Auto ? Engine
        : options.Assemblies.IsAvailable(PolicyCacheKey.Of(Policy)) ? Engine.Compiled : Engine.Interpreter;

    public ImmutableArray<Diagnostic> Diagnostics => Policy.Diagnostics;

    public bool HasErrors => Policy.HasErrors;

    /// <summary>The schema facts are read into (<c>gegevens … als aanbieder</c>); null when the policy declares none.</summary>
    public RecordSchema? Subject => subject.Value;

    /// <summary>
    /// The evaluator, made on first use, so a host can report every mistake in its request before the compiled engine
    /// spends a second in Roslyn. Throws <see cref="PolicyBuildException"/> when a clean policy does not compile.
    /// </summary>
    public IPolicyEvaluator Evaluator => engine.Value.Evaluator;

    /// <summary>The compiled policy's assembly, for its typed API; null with the interpreter.</summary>
    public Assembly? CompiledAssembly => engine.Value.Assembly;

    /// <summary>Addenda and contract start dates, through the same engine when it offers them.</summary>
    public IPolicyAddenda Addenda => addenda.Value;

    /// <summary>The plannings of the policy (as of the session's date), through the same engine when it offers them.</summary>
    public IPolicyTimelines Timelines => timelines.Value;

    /// <summary>
    /// The evaluator of another version of this policy (as of another date) with the same engine, made once per
    /// version, so the compiled engine compiles each version once however often it is asked for.
    /// </summary>
    public IPolicyEvaluator EvaluatorFor(CheckedPolicy version) =>
        ReferenceEquals(version, Policy) ? Evaluator : versions.GetOrAdd(version, v => new(() => Open(v, Engine, options).Evaluator)).Value;

    /// <summary>The evaluator of the policy as it stood on <paramref name="date"/>: exactly the amendments then in force.</summary>
    public IPolicyEvaluator EvaluatorOn(DateOnly date) => EvaluatorFor(Policy.VersionOn(date));

    /// <summary>
    /// The one scenario runner of every host (<c>zorginkoop test</c>, the Testing library): each scenario runs against
    /// the version its date selects, through this session's engine.
    /// </summary>
    public ScenarioRunner ScenarioRunner() => new(Policy, EvaluatorFor);

    /// <summary>ZI2012 when there is no subject for requirements to be about, pointing at the policy's entry file.</summary>
    public Diagnostic? MissingSubject() => Subject is null ? DiagnosticCatalog.NothingToEvaluate(EntryLocation()) : null;

    /// <summary>ZI2012 when facts are given (for an addendum) but there is no subject to read them into.</summary>
    public Diagnostic? MissingSubjectForFacts() => Subject is null ? DiagnosticCatalog.NoSubjectForFacts(EntryLocation()) : null;

    /// <summary>ZI9010 when the policy has no timelines to plan, pointing at the policy's entry file.</summary>
    public Diagnostic? MissingTimelines() => Policy.BoundTimelines.IsEmpty ? DiagnosticCatalog.NoTimelines(EntryLocation()) : null;

    /// <summary>ZI2001 for each requirement set asked for that the policy does not have, with the nearest name.</summary>
    public ImmutableArray<Diagnostic> UnknownRequirementSets(IEnumerable<string> names) =>
        UnknownRequirementSets([.. Policy.RequirementSets.Select(s => s.Name)], names);

    /// <summary>The same check against the names an evaluator lists, for a policy loaded from an assembly.</summary>
    public static ImmutableArray<Diagnostic> UnknownRequirementSets(IReadOnlyCollection<string> known, IEnumerable<string> names) =>
    [
        .. names.Where(name => !known.Contains(name))
            .Select(name => DiagnosticCatalog.UnknownRequirementSet(name, NameSuggester.Suggest(name, known))),
    ];

    /// <summary>ZI2001 when neither an addendum nor a requirement set has this name; lists those with a start date.</summary>
    public Diagnostic? UnknownAddendum(string name)
    {
        if (Policy.FindAddendum(name) is not null || Policy.FindRequirementSet(name) is not null)
        {
            return null;
        }

        var candidates = Addenda.Addenda.Select(a => a.Name).ToList();
        var suggestion = NameSuggester.Suggest(name, candidates.Concat(Policy.RequirementSets.Select(s => s.Name)));
        return DiagnosticCatalog.UnknownAddendum(name, suggestion, candidates);
    }

    /// <summary>Evaluates the requirement sets named (all of them when none is), in that order.</summary>
    public IReadOnlyList<RequirementSetResult> Evaluate(IReadOnlyList<string> setNames, FactRecord facts, EvaluationInputs inputs)
    {
        var selected = setNames.Count > 0 ? setNames : [.. Policy.RequirementSets.Select(s => s.Name)];
        return [.. selected.Select(name => Evaluator.Evaluate(name, facts, inputs))];
    }

    private (IPolicyEvaluator, Assembly?) Start()
    {
        if (HasErrors)
        {
            throw new InvalidOperationException("A policy with errors has no evaluator; report Diagnostics instead.");
        }

        var engine = ResolvedEngine;
        options.Observe?.Invoke(new EngineChosen(Policy, Engine, engine));
        if (engine == Engine.Interpreter)
        {
            return (new PolicyInterpreter(Policy), null);
        }

        // Compiled at most once per process and key, and read from the assembly cache when another process compiled it.
        var loaded = options.Assemblies.Load(Policy, options.ObserveCompile);
        return (loaded.Evaluator, loaded.Assembly);
    }

    /// <summary>The start of the entry file (imports come first in <see cref="CheckedPolicy.Files"/>): where a policy-wide finding points.</summary>
    private SourceLocation? EntryLocation() =>
        Policy.Files.IsEmpty ? null : new SourceLocation(Policy.Files[^1].Text, new TextSpan(0, 0));
}
