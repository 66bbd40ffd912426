using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// Combines the parts of an addendum evaluation into its result, the same way for the interpreter and for
/// compiled policies: eligibility is the Kleene AND of the required contracts and the addendum's own part, where a
/// required contract or an included set that does not apply to the provider is not met.
/// </summary>
public static class AddendumOutcome
{
    /// <summary>
    /// <paramref name="own"/> is the addendum's own part evaluated as a requirement set (or, for a contract, the
    /// set itself); null when no facts were given, which leaves the eligibility onbekend.
    /// </summary>
    public static AddendumResult Combine(
        string name,
        string? title,
        bool isContract,
        PolicyLocation location,
        DateOnly requestDate,
        IReadOnlyList<RequirementSetResult> contracts,
        RequirementSetResult? own,
        DateOnly? startDate,
        string? startDateRule)
    {
        var eligibility = Outcome.Unknown;
        var notApplicable = new List<string>();
        if (own is not null)
        {
            // A required contract that does not apply to this provider is one the provider cannot have.
            bool? truth = true;
            foreach (var contract in contracts)
            {
                truth = Kleene.And(truth, OutcomeTruth.OfRequired(contract.Outcome));
                if (contract.Outcome == Outcome.NotApplicable)
                {
                    notApplicable.Add(SetAssembly.NotApplicableReason(contract));
                }

                notApplicable.AddRange(contract.NotApplicableParts);
            }

            // An included set the provider is outside of (`omvat Gli` for a RHO without GLI) made the own part not
            // met already (SetAssembly.Set, where an addendum's `omvat` is required); here it is named as the reason.
            notApplicable.AddRange(own.NotApplicableParts);
            truth = Kleene.And(truth, OutcomeTruth.Of(own.Outcome));
            eligibility = own.Outcome == Outcome.NotApplicable ? Outcome.NotApplicable : OutcomeText.FromTruth(truth);
        }

        IReadOnlyList<string> missing = eligibility == Outcome.Unknown && own is not null
            ? [.. contracts.SelectMany(c => c.MissingFacts).Concat(own.MissingFacts).Distinct()]
            : [];
        return new AddendumResult(name, title, isContract, location, requestDate, own is not null, eligibility, contracts, own, startDate, startDateRule, missing)
        {
            NotApplicableParts = eligibility == Outcome.NotSatisfied ? notApplicable : [],
        };
    }
}
