using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Compilation;
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
            .. policy.Addenda.Select(a => new AddendumInfo(a.Name, a.Title, false, [.. a.RequiredContracts.Select(c => c.Name)], RuleText(a.StartDate), PolicyInterpreter.LocationOf(a.Location))),
            .. policy.RequirementSets.Where(s => s.StartDate is not null).Select(s => new AddendumInfo(s.Name, s.Title, true, [], RuleText(s.StartDate), PolicyInterpreter.LocationOf(s.Location))),
        ];
    }

    public IReadOnlyList<AddendumInfo> Addenda { get; }

    public AddendumResult EvaluateAddendum(string name, FactRecord? facts, DateOnly requestDate, EvaluationInputs? inputs = null)
    {
        var withRequest = (inputs ?? EvaluationInputs.None) with { RequestDate = requestDate };
        var subjectFacts = facts ?? (schemas.Subject is { } subject ? FactRecord.Empty(subject) : FactRecord.Empty(new RecordSchema("aanbieder")));

        if (policy.FindAddendum(name) is { } addendum)
        {
            // The addendum's own requirements and includes read as a requirement set of the same name.
            var own = new RequirementSetSymbol(addendum.Name, addendum.Location, addendum.Title)
            {
                AppliesTo = addendum.AppliesTo,
                Includes = addendum.Includes,
                Requirements = addendum.Requirements,
            };
            var contracts = facts is null ? [] : addendum.RequiredContracts.Select(c => Evaluate(c, facts, withRequest)).ToList();
            var ownResult = facts is null ? null : Evaluate(own, facts, withRequest);
            return Result(addendum.Name, addendum.Title, false, addendum.Location, contracts, ownResult, addendum.StartDate);
        }

        if (policy.FindRequirementSet(name) is { } set)
        {
            var result = facts is null ? null : Evaluate(set, facts, withRequest);
            return Result(set.Name, set.Title, true, set.Location, [], result, set.StartDate);
        }

        throw new ArgumentException($"Unknown addendum or requirement set '{name}'.", nameof(name));

        AddendumResult Result(string resultName, string? title, bool isContract, Syntax.Text.SourceLocation location, IReadOnlyList<RequirementSetResult> contracts, RequirementSetResult? ownResult, BoundExpression? rule)
        {
            var eligibility = Outcome.Unknown;
            if (ownResult is not null)
            {
                // A required contract that does not apply to this provider is one the provider cannot have.
                bool? truth = true;
                foreach (var contract in contracts)
                {
                    truth = Kleene.And(truth, contract.Outcome switch { Outcome.Satisfied => true, Outcome.Unknown => null, _ => false });
                }

                truth = Kleene.And(truth, ownResult.Outcome switch { Outcome.Satisfied or Outcome.NotApplicable => true, Outcome.Unknown => null, _ => false });
                eligibility = ownResult.Outcome == Outcome.NotApplicable ? Outcome.NotApplicable : OutcomeText.FromTruth(truth);
            }

            IReadOnlyList<string> missing = eligibility == Outcome.Unknown && ownResult is not null
                ? [.. contracts.SelectMany(c => c.MissingFacts).Concat(ownResult.MissingFacts).Distinct()]
                : [];
            DateOnly? start = null;
            if (rule is not null)
            {
                var interpreter = new ExpressionInterpreter(subjectFacts, policy.SubjectVariable, withRequest, new EvaluationTrace());
                start = interpreter.Evaluate(rule) switch
                {
                    DateOnly d => d,
                    DateTime t => DateOnly.FromDateTime(t),
                    _ => null,
                };
            }

            return new AddendumResult(resultName, title, isContract, PolicyInterpreter.LocationOf(location), requestDate, facts is not null, eligibility, contracts, ownResult, start, RuleText(rule), missing);
        }
    }

    private RequirementSetResult Evaluate(RequirementSetSymbol set, FactRecord facts, EvaluationInputs inputs)
    {
        var trace = new EvaluationTrace();
        return PolicyInterpreter.EvaluateSet(set, new ExpressionInterpreter(facts, policy.SubjectVariable, inputs, trace), trace);
    }

    /// <summary>The rule in the author's words, on one line.</summary>
    private static string? RuleText(BoundExpression? rule) =>
        rule?.Location is { } location ? WhiteSpace().Replace(location.Source.GetText(location.Span), " ").Trim() : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
