using System.Linq.Expressions;
using System.Text.Json;
using RulesEngine.Models;
using Zorginkoop.Dsl.Benchmarks.Facts;
using Zorginkoop.Dsl.Benchmarks.RulesEngine;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.Evaluation;

/// <summary>
/// Everything the in-memory comparison needs for one requirement set, prepared once: the same generated providers
/// as each contender's native input (typed records for the compiled API, fact records for the evaluators, plain
/// objects for RulesEngine), and a check that every contender gives every provider the same outcome.
/// </summary>
public sealed class Contenders
{
    public const string PolicyFile = "policies/vgz/huisartsenzorg-2026-2027.zip";
    public const string WorkflowFile = "benchmarks/Zorginkoop.Dsl.Benchmarks/RulesEngine/vgz-huisartsenzorg.json";
    public static readonly DateOnly PolicyDate = new(2026, 6, 1);

    private Contenders(string set)
    {
        Set = set;
    }

    public string Set { get; }

    public IPolicyEvaluator Compiled { get; private set; } = null!;

    public IPolicyEvaluator Interpreter { get; private set; } = null!;

    /// <summary>The generated <c>&lt;Set&gt;.Check(Zorgaanbieder, inputs)</c>, called through a compiled delegate.</summary>
    public Func<object, Outcome> TypedCheck { get; private set; } = null!;

    public global::RulesEngine.RulesEngine Engine { get; private set; } = null!;

    public FactRecord[] CompiledFacts { get; private set; } = [];

    public FactRecord[] InterpreterFacts { get; private set; } = [];

    public object[] TypedFacts { get; private set; } = [];

    public RuleParameter[][] EngineInputs { get; private set; } = [];

    /// <summary>The same providers as plain objects, for RulesEngine and the hand-written rules.</summary>
    public Aanbieder[] PlainFacts { get; private set; } = [];

    private Func<Aanbieder, Outcome> handWritten = null!;

    public static Contenders Create(string repositoryRoot, string set, int count, int seed = 2026)
    {
        var policy = PolicyCompilation.Compile(Path.Combine(repositoryRoot, PolicyFile), asOf: PolicyDate);
        if (policy.HasErrors)
        {
            throw new InvalidOperationException("The policy has errors: " + string.Join("; ", policy.Diagnostics.Where(d => d.IsError)));
        }

        // Both engines come from the one place that chooses engines, over the same checked policy.
        var compiled = EvaluationSession.Open(policy, Hosting.Engine.Compiled);
        var contenders = new Contenders(set)
        {
            Compiled = compiled.Evaluator,
            Interpreter = EvaluationSession.Open(policy, Hosting.Engine.Interpreter).Evaluator,
        };

        var generator = new ProviderGenerator(seed);
        var lines = Enumerable.Range(0, count).Select(_ => (set == "ZorgverleningRho" ? generator.Rho() : generator.Practice()).ToJsonString()).ToList();
        contenders.CompiledFacts = [.. lines.Select(l => Read(l, contenders.Compiled.SubjectSchema!))];
        contenders.InterpreterFacts = [.. lines.Select(l => Read(l, contenders.Interpreter.SubjectSchema!))];

        var setType = compiled.CompiledAssembly!.GetTypes().Single(t => t.Name == set && t.GetField("Name")?.GetRawConstantValue() as string == set);
        var check = setType.GetMethods().Single(m => m.Name == "Check" && m.IsStatic && m.IsPublic);
        var subjectType = check.GetParameters()[0].ParameterType;
        var fromFacts = subjectType.GetMethod("FromFacts")!;
        contenders.TypedFacts = [.. contenders.CompiledFacts.Select(f => fromFacts.Invoke(null, [f])!)];
        var subject = Expression.Parameter(typeof(object));
        contenders.TypedCheck = Expression.Lambda<Func<object, Outcome>>(
            Expression.Call(check, Expression.Convert(subject, subjectType), Expression.Constant(null, typeof(EvaluationInputs))), subject).Compile();

        var workflows = JsonSerializer.Deserialize<Workflow[]>(File.ReadAllText(Path.Combine(repositoryRoot, WorkflowFile)))!;
        contenders.Engine = new global::RulesEngine.RulesEngine(workflows, new ReSettings());
        contenders.PlainFacts = [.. contenders.InterpreterFacts.Select(FactMapper.Map<Aanbieder>)];
        contenders.EngineInputs = [.. contenders.PlainFacts.Select(a => new[] { new RuleParameter("aanbieder", a) })];
        contenders.handWritten = set == "ZorgverleningRho" ? HandWritten.ZorgverleningRho : HandWritten.Huisartsgeneeskundig;
        return contenders;
    }

    public Outcome RunCompiled(int i) => Compiled.Check(Set, CompiledFacts[i]);

    public Outcome RunTyped(int i) => TypedCheck(TypedFacts[i]);

    public Outcome RunInterpreter(int i) => Interpreter.Check(Set, InterpreterFacts[i]);

    public Outcome RunHandWritten(int i) => handWritten(PlainFacts[i]);

    /// <summary>
    /// RulesEngine evaluates every rule of the workflow; the set's outcome follows the policy: the applicability rule
    /// failing is niet van toepassing, otherwise every other rule must succeed.
    /// </summary>
    public Outcome RunRulesEngine(int i)
    {
        var results = Engine.ExecuteAllRulesAsync(Set, EngineInputs[i]).GetAwaiter().GetResult();
        var applies = true;
        var all = true;
        foreach (var result in results)
        {
            if (result.Rule.RuleName == "geldtVoor")
            {
                applies = result.IsSuccess;
            }
            else
            {
                all &= result.IsSuccess;
            }
        }

        return !applies ? Outcome.NotApplicable : all ? Outcome.Satisfied : Outcome.NotSatisfied;
    }

    /// <summary>Throws unless all five contenders agree on every provider; returns how many of each outcome there were.</summary>
    public IReadOnlyDictionary<Outcome, int> AssertSameOutcomes()
    {
        var counts = new Dictionary<Outcome, int>();
        for (var i = 0; i < CompiledFacts.Length; i++)
        {
            var outcomes = new[] { RunCompiled(i), RunTyped(i), RunInterpreter(i), RunRulesEngine(i), RunHandWritten(i) };
            if (outcomes.Distinct().Count() != 1)
            {
                throw new InvalidOperationException($"{Set}, provider {i}: compiled {outcomes[0]}, typed {outcomes[1]}, interpreter {outcomes[2]}, RulesEngine {outcomes[3]}, hand-written {outcomes[4]}.");
            }

            counts[outcomes[0]] = counts.GetValueOrDefault(outcomes[0]) + 1;
        }

        if (counts.Count < 2)
        {
            throw new InvalidOperationException($"{Set}: every provider had the same outcome ({string.Join(", ", counts)}); the comparison would not exercise failing paths.");
        }

        return counts;
    }

    private static FactRecord Read(string json, RecordSchema schema)
    {
        var (facts, errors) = FactReader.Parse(json, schema, "generated");
        return errors.Count == 0 ? facts! : throw new InvalidOperationException("Generated facts do not fit the policy: " + string.Join("; ", errors));
    }
}
