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
        string? startDateRule,
        IReadOnlyList<int>? contractAlternatives = null,
        AddendumTerms? terms = null)
    {
        var eligibility = Outcome.Unknown;
        var notApplicable = new List<string>();
        if (own is not null)
        {
            // A required contract that does not apply to this provider is one the provider cannot have. Contracts of
            // one `vereist overeenkomst A of B` line are alternatives (Kleene OR); the lines are all required (AND).
            bool? truth = true;
            foreach (var line in ContractLines(contracts, contractAlternatives))
            {
                bool? any = false;
                foreach (var contract in line)
                {
                    any = Kleene.Or(any, OutcomeTruth.OfRequired(contract.Outcome));
                }

                truth = Kleene.And(truth, any);
                if (any == true)
                {
                    continue;   // a contract the provider has: the alternatives it lacks are no reason
                }

                foreach (var contract in line)
                {
                    if (contract.Outcome == Outcome.NotApplicable)
                    {
                        notApplicable.Add(SetAssembly.NotApplicableReason(contract));
                    }

                    notApplicable.AddRange(contract.NotApplicableParts);
                }
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
            Terms = terms ?? AddendumTerms.None,
            ContractAlternatives = contractAlternatives is not null && contractAlternatives.Count == contracts.Count ? contractAlternatives : null,
        };
    }

    /// <summary>
    /// The contracts per <c>vereist overeenkomst</c> line: <paramref name="alternatives"/> gives each contract's line
    /// number (contracts of one line are adjacent); without it every contract is a line of its own.
    /// </summary>
    private static IEnumerable<IReadOnlyList<RequirementSetResult>> ContractLines(IReadOnlyList<RequirementSetResult> contracts, IReadOnlyList<int>? alternatives)
    {
        if (alternatives is null || alternatives.Count != contracts.Count)
        {
            return contracts.Select(c => (IReadOnlyList<RequirementSetResult>)[c]);
        }

        return contracts.Select((c, i) => (Contract: c, Line: alternatives[i])).GroupBy(p => p.Line).Select(g => (IReadOnlyList<RequirementSetResult>)[.. g.Select(p => p.Contract)]);
    }
}
