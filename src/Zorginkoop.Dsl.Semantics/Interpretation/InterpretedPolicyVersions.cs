using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>The versions of a policy through the reference interpreter: the same contract a compiled assembly offers.</summary>
public sealed class InterpretedPolicyVersions : IPolicyVersions
{
    private readonly CheckedPolicy published;
    private readonly Dictionary<CheckedPolicy, IPolicyEvaluator> evaluators = [];

    public InterpretedPolicyVersions(CheckedPolicy policy)
    {
        published = policy.AsOf is null ? policy : policy.VersionOn(DateOnly.MinValue);
        Amendments = AmendmentListing.Describe(policy);
        Published = EvaluatorFor(published);
    }

    public IReadOnlyList<AmendmentInfo> Amendments { get; }

    public IPolicyEvaluator Published { get; }

    public IPolicyEvaluator AsOf(DateOnly date) => EvaluatorFor(published.VersionOn(date));

    private IPolicyEvaluator EvaluatorFor(CheckedPolicy version)
    {
        lock (evaluators)
        {
            if (!evaluators.TryGetValue(version, out var evaluator))
            {
                evaluators[version] = evaluator = new PolicyInterpreter(version);
            }

            return evaluator;
        }
    }
}
