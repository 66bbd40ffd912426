using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>
/// The reference evaluation of addenda and contract start dates: whether a provider qualifies for an
/// <c>addendum</c> (its <c>geldt voor</c>, the contracts it requires, its own requirements and <c>omvat</c> sets)
/// and from when (its <c>ingangsdatum</c> applied to the request date). An <c>eisen</c> set with an
/// <c>ingangsdatum</c> is a contract and answers the same question about itself.
/// </summary>
public sealed partial class AddendumEvaluator : IPolicyAddenda
{
    private readonly CheckedPolicy policy;
    private readonly FactSchemas schemas;

    public AddendumEvaluator(CheckedPolicy policy)
    {
        this.policy = policy;
        schemas = new FactSchemas(policy);
        Addenda =
        [
            .. policy.Addenda.Select(a => new AddendumInfo(a.Name, a.Title, false, [.. a.RequiredContracts.Select(c => c.Name)], RuleText(a.StartDate), PolicyLocations.Of(a.Location),
                Alternatives(a), a.Terms.IsEmpty ? null : a.Terms)),
            .. policy.RequirementSets.Where(s => s.StartDate is not null).Select(s => new AddendumInfo(s.Name, s.Title, true, [], RuleText(s.StartDate), PolicyLocations.Of(s.Location))),
        ];
    }

    public IReadOnlyList<AddendumInfo> Addenda { get; }

    public AddendumResult EvaluateAddendum(string name, FactRecord? facts, DateOnly requestDate, EvaluationInputs? inputs = null)
    {
        var withRequest = (inputs ?? EvaluationInputs.None) with { RequestDate = requestDate };
        var subjectFacts = facts ?? (schemas.Subject is { } subject ? FactRecord.Empty(subject) : FactRecord.Empty(new RecordSchema("aanbieder")));

        if (policy.FindAddendum(name) is { } addendum)
        {
            var contracts = facts is null ? [] : addendum.RequiredContracts.Select(c => Evaluate(c, facts, withRequest)).ToList();
            var ownResult = facts is null ? null : Evaluate(AddendumPart.Of(addendum), facts, withRequest);
            return AddendumOutcome.Combine(addendum.Name, addendum.Title, false, PolicyLocations.Of(addendum.Location), requestDate, contracts, ownResult,
                StartDate(addendum.StartDate), RuleText(addendum.StartDate), Alternatives(addendum), addendum.Terms.IsEmpty ? null : addendum.Terms);
        }

        if (policy.FindRequirementSet(name) is { } set)
        {
            var result = facts is null ? null : Evaluate(set, facts, withRequest);
            return AddendumOutcome.Combine(set.Name, set.Title, true, PolicyLocations.Of(set.Location), requestDate, [], result,
                StartDate(set.StartDate), RuleText(set.StartDate));
        }

        throw new ArgumentException($"Unknown addendum or requirement set '{name}'.", nameof(name));

        DateOnly? StartDate(BoundExpression? rule) =>
            rule is null ? null
            : new ExpressionInterpreter(subjectFacts, policy.SubjectVariable, withRequest, new EvaluationTrace()).EvaluateDate(rule);
    }

    private RequirementSetResult Evaluate(RequirementSetSymbol set, FactRecord facts, EvaluationInputs inputs)
    {
        var trace = new EvaluationTrace();
        return PolicyInterpreter.EvaluateSet(set, new ExpressionInterpreter(facts, policy.SubjectVariable, inputs, trace), trace);
    }

    private static string? RuleText(BoundExpression? rule) => Bound.RuleText.Of(rule);

    private static IReadOnlyList<int>? Alternatives(AddendumSymbol addendum) => addendum.ContractAlternatives.IsDefault ? null : addendum.ContractAlternatives;
}
