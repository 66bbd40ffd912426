using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>
/// The reference evaluator: walks the checked model directly. It is the oracle the compiled evaluator is
/// tested against and the baseline it is measured against; the language server can use it without Roslyn.
/// </summary>
public sealed class PolicyInterpreter : IPolicyEvaluator
{
    private readonly CheckedPolicy policy;
    private readonly FactSchemas schemas;

    public PolicyInterpreter(CheckedPolicy policy)
    {
        this.policy = policy;
        schemas = new FactSchemas(policy);
        Info = new PolicyInfo(
            policy.Header?.Title,
            policy.Header?.Insurer,
            [.. policy.RequirementSets.Select(s => new RequirementSetInfo(s.Name, s.Title, [.. AllRequirements(s.Requirements).Select(r => new RequirementInfo(r.Path, r.Sentence, PolicyLocations.Of(r.Location)))]))],
            schemas.All);
    }

    public PolicyInfo Info { get; }

    public RecordSchema? SubjectSchema => schemas.Subject;

    public FactSchemas Schemas => schemas;

    public RequirementSetResult Evaluate(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null)
    {
        var set = policy.FindRequirementSet(requirementSet) ?? throw new ArgumentException($"Unknown requirement set '{requirementSet}'.", nameof(requirementSet));
        var trace = new EvaluationTrace();
        var interpreter = new ExpressionInterpreter(facts, policy.SubjectVariable, inputs ?? EvaluationInputs.None, trace);
        return EvaluateSet(set, interpreter, trace);
    }

    public Outcome Check(string requirementSet, FactRecord facts, EvaluationInputs? inputs = null) =>
        Evaluate(requirementSet, facts, inputs).Outcome;

    private static IEnumerable<RequirementSymbol> AllRequirements(IEnumerable<RequirementSymbol> requirements) =>
        requirements.SelectMany(r => new[] { r }.Concat(AllRequirements(r.Children)));

    /// <summary>Evaluates the set's rules; the result is put together by the runtime, as compiled policies do.</summary>
    internal static RequirementSetResult EvaluateSet(RequirementSetSymbol set, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        var location = PolicyLocations.Of(set.Location);
        bool? applies = true;
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) applicability = (SetAssembly.NoEvidence, SetAssembly.NoEvidence);
        if (set.AppliesTo is not null)
        {
            applies = interpreter.Truth(set.AppliesTo);
            applicability = trace.Take();
            if (applies == false)
            {
                return SetAssembly.NotApplicable(set.Name, set.Title, location, applicability.Evidence);
            }
        }

        var included = set.Includes.Select(i => Included(i, interpreter, trace)).ToArray();
        var requirements = set.Requirements.Select(r => EvaluateRequirement(r, interpreter, trace)).ToArray();
        var required = set.Includes.Select(set.RequiredIncludes.Contains).ToArray();
        var result = SetAssembly.Set(set.Name, set.Title, location, set.Discretion is { Condition: null }, applies, applicability, included, requirements, required);
        if (set.Discretion is { } discretion && (discretion.Condition is not null || discretion.Reason is not null) && result.Outcome == Outcome.NotSatisfied)
        {
            var (judged, taken) = Judge(discretion, interpreter, trace);
            result = SetAssembly.Discretion(result, discretion.Reason, judged, taken, discretion.ConditionText);
        }

        return result;
    }

    /// <summary>A discretion's condition, evaluated only for a failure (true without one), with its own trace.</summary>
    private static (bool? Applies, (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) Taken) Judge(Discretion discretion, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        if (discretion.Condition is null)
        {
            return (true, (SetAssembly.NoEvidence, SetAssembly.NoEvidence));
        }

        var applies = interpreter.Truth(discretion.Condition);
        return (applies, trace.Take());
    }

    private static RequirementResult Judged(RequirementSymbol requirement, RequirementResult result, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        if (requirement.Discretion is not { } discretion || (discretion.Condition is null && discretion.Reason is null) || result.Outcome != Outcome.NotSatisfied)
        {
            return result;
        }

        var (applies, taken) = Judge(discretion, interpreter, trace);
        return RequirementAssembly.Discretion(result, discretion.Reason, applies, taken, discretion.ConditionText);
    }

    /// <summary>A set included along several paths (a diamond of <c>omvat</c>) is evaluated once per evaluation; its result is shared.</summary>
    private static RequirementSetResult Included(RequirementSetSymbol set, ExpressionInterpreter interpreter, EvaluationTrace trace) =>
        trace.Memo.TryGet<RequirementSetResult>(set, out var known) ? known : trace.Memo.Remember(set, EvaluateSet(set, interpreter, trace));

    private static RequirementResult EvaluateRequirement(RequirementSymbol requirement, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        var location = PolicyLocations.Of(requirement.Location);
        var discretion = requirement.Discretion is { Condition: null };
        if (requirement.IsGroup)
        {
            var children = requirement.Children.Select(c => EvaluateRequirement(c, interpreter, trace)).ToArray();
            return Judged(requirement, RequirementAssembly.Group(requirement.Path, requirement.Sentence, location, discretion, children), interpreter, trace);
        }

        var truth = interpreter.Truth(requirement.Condition!);
        if (requirement.Exceptions.IsEmpty)
        {
            var taken = trace.Take();
            var elementException = BoundQuantified.AnyElementExceptions(requirement.Condition) ? trace.TakenElementException : null;
            return Judged(requirement, RequirementAssembly.Requirement(requirement.Path, requirement.Sentence, location, discretion, truth, taken, elementException), interpreter, trace);
        }

        // Exceptions are tried in order until one applies, each with its own trace.
        var rule = trace.Take();
        var trail = new ExceptionTrail(rule, BoundQuantified.AnyElementExceptions(requirement.Condition) ? trace.TakenElementException : null);
        if (truth != true)
        {
            foreach (var exception in requirement.Exceptions)
            {
                if (trail.Exception(interpreter.Truth(exception.Condition), trace.Take(), exception.Description ?? string.Empty))
                {
                    break;
                }
            }
        }

        return Judged(requirement, trail.Complete(requirement.Path, requirement.Sentence, location, discretion, truth), interpreter, trace);
    }
}
