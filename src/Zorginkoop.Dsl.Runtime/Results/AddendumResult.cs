using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// Whether a provider qualifies for an <c>addendum</c> (or a contract: an <c>eisen</c> set with an
/// <c>ingangsdatum</c>) requested on <see cref="RequestDate"/>, and from which date it would start.
/// <see cref="Eligibility"/> is the Kleene conjunction of the addendum's <c>geldt voor</c>, the required
/// contracts (<see cref="RequiredContracts"/>) and its own requirements (<see cref="OwnRequirements"/>, which
/// also holds its <c>omvat</c> sets); it is onbekend when no facts were given. <see cref="StartDate"/> is the
/// <c>ingangsdatum</c> rule applied to the request date, null when there is no rule or it needs unknown facts.
/// </summary>
public sealed record AddendumResult(
    string Name,
    string? Title,
    bool IsContract,
    PolicyLocation Location,
    DateOnly RequestDate,
    bool FactsGiven,
    Outcome Eligibility,
    IReadOnlyList<RequirementSetResult> RequiredContracts,
    RequirementSetResult? OwnRequirements,
    DateOnly? StartDate,
    string? StartDateRule,
    IReadOnlyList<string> MissingFacts)
{
    /// <summary>
    /// Why the provider does not qualify where that is not a failed requirement: a required contract or an included
    /// set that does not apply, as "Gli is niet van toepassing: biedtGli: nee".
    /// </summary>
    public IReadOnlyList<string> NotApplicableParts { get; init; } = [];

    /// <summary>The addendum's <c>looptijd</c>, <c>aanbod</c> and <c>onderhandelbaar</c>, as the policy states them.</summary>
    public AddendumTerms Terms { get; init; } = AddendumTerms.None;

    /// <summary>
    /// The <c>vereist overeenkomst</c> line of each of <see cref="RequiredContracts"/> (<c>A of B</c>: one number, either
    /// will do); null when every line names one contract.
    /// </summary>
    public IReadOnlyList<int>? ContractAlternatives { get; init; }
}
