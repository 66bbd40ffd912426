using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
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
            [.. policy.RequirementSets.Select(s => new RequirementSetInfo(s.Name, s.Title, [.. AllRequirements(s.Requirements).Select(r => new RequirementInfo(r.Path, r.Sentence, LocationOf(r.Location)))]))],
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

    public static PolicyLocation LocationOf(SourceLocation location) =>
        new(location.Path, location.Start.Line + 1, location.Start.Character + 1);

    private static IEnumerable<RequirementSymbol> AllRequirements(IEnumerable<RequirementSymbol> requirements) =>
        requirements.SelectMany(r => new[] { r }.Concat(AllRequirements(r.Children)));

    internal static RequirementSetResult EvaluateSet(RequirementSetSymbol set, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        IReadOnlyList<string> applicabilityEvidence = [];
        IReadOnlyList<string> applicabilityMissing = [];
        bool? applies = true;
        if (set.AppliesTo is not null)
        {
            applies = interpreter.Truth(set.AppliesTo);
            (applicabilityEvidence, applicabilityMissing) = trace.Take();
            if (applies == false)
            {
                return new RequirementSetResult(set.Name, set.Title, LocationOf(set.Location), Outcome.NotApplicable, Resolution.Direct, applicabilityEvidence, [], [], []);
            }
        }

        var included = set.Includes.Select(i => EvaluateSet(i, interpreter, trace)).ToList();
        var requirements = set.Requirements.Select(r => EvaluateRequirement(r, interpreter, trace)).ToList();

        var truth = applies;
        foreach (var outcome in included.Select(i => i.Outcome).Concat(requirements.Select(r => r.Outcome)))
        {
            truth = Kleene.And(truth, outcome switch
            {
                Outcome.Satisfied or Outcome.NotApplicable => true,
                Outcome.NotSatisfied => false,
                _ => null,
            });
        }

        var setOutcome = OutcomeText.FromTruth(truth);
        var failing = requirements.Where(r => r.Outcome == Outcome.NotSatisfied).Select(r => r.Resolution)
            .Concat(included.Where(i => i.Outcome == Outcome.NotSatisfied).Select(i => i.Resolution)).ToList();
        var resolution = setOutcome switch
        {
            Outcome.NotSatisfied when set.Discretion is not null || failing.All(r => r == Resolution.ForJudgement) => Resolution.ForJudgement,
            Outcome.Satisfied when requirements.Any(r => r.Resolution == Resolution.ByException) || included.Any(i => i.Resolution == Resolution.ByException) => Resolution.ByException,
            _ => Resolution.Direct,
        };
        IReadOnlyList<string> missing = setOutcome == Outcome.Unknown
            ? [.. applicabilityMissing.Concat(included.SelectMany(i => i.MissingFacts)).Concat(requirements.SelectMany(r => r.MissingFacts)).Distinct()]
            : [];
        return new RequirementSetResult(set.Name, set.Title, LocationOf(set.Location), setOutcome, resolution, applicabilityEvidence, requirements, included, missing);
    }

    private static RequirementResult EvaluateRequirement(RequirementSymbol requirement, ExpressionInterpreter interpreter, EvaluationTrace trace)
    {
        if (requirement.IsGroup)
        {
            var children = requirement.Children.Select(c => EvaluateRequirement(c, interpreter, trace)).ToList();
            bool? all = true;
            foreach (var child in children)
            {
                all = Kleene.And(all, child.Outcome switch { Outcome.Satisfied => true, Outcome.NotSatisfied => false, _ => null });
            }

            var groupOutcome = OutcomeText.FromTruth(all);
            var groupResolution = groupOutcome switch
            {
                Outcome.NotSatisfied when requirement.Discretion is not null || children.Where(c => c.Outcome == Outcome.NotSatisfied).All(c => c.Resolution == Resolution.ForJudgement) => Resolution.ForJudgement,
                Outcome.Satisfied when children.Any(c => c.Resolution == Resolution.ByException) => Resolution.ByException,
                _ => Resolution.Direct,
            };
            IReadOnlyList<string> groupMissing = groupOutcome == Outcome.Unknown ? [.. children.SelectMany(c => c.MissingFacts).Distinct()] : [];
            return new RequirementResult(requirement.Path, requirement.Sentence, LocationOf(requirement.Location), groupOutcome, groupResolution, null, [], groupMissing, children);
        }

        var truth = interpreter.Truth(requirement.Condition!);
        var (evidence, missing) = trace.Take();
        var allEvidence = evidence.ToList();
        var allMissing = missing.ToList();
        var resolution = Resolution.Direct;
        string? exceptionDescription = null;
        if (truth != true && requirement.Exceptions.Length > 0)
        {
            var someUnknown = false;
            foreach (var exception in requirement.Exceptions)
            {
                var applies = interpreter.Truth(exception.Condition);
                var (exceptionEvidence, exceptionMissing) = trace.Take();
                allEvidence.AddRange(exceptionEvidence);
                if (applies == true)
                {
                    truth = true;
                    resolution = Resolution.ByException;
                    exceptionDescription = exception.Description ?? string.Empty;
                    break;
                }

                if (applies is null)
                {
                    someUnknown = true;
                    allMissing.AddRange(exceptionMissing);
                }
            }

            if (resolution != Resolution.ByException && truth == false && someUnknown)
            {
                truth = null;
            }
        }

        var outcome = OutcomeText.FromTruth(truth);
        if (outcome == Outcome.NotSatisfied && requirement.Discretion is not null)
        {
            resolution = Resolution.ForJudgement;
        }

        IReadOnlyList<string> reportedMissing = outcome == Outcome.Unknown ? [.. allMissing.Distinct()] : [];
        return new RequirementResult(requirement.Path, requirement.Sentence, LocationOf(requirement.Location), outcome, resolution, exceptionDescription, allEvidence, reportedMissing, []);
    }
}
