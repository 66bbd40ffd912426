using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// The outcome of an <c>eisen</c> set: the Kleene conjunction of its requirements and included sets, or
/// <see cref="Outcome.NotApplicable"/> when its <c>geldt voor</c> does not hold.
/// </summary>
public sealed record RequirementSetResult(
    string Name,
    string? Title,
    PolicyLocation Location,
    Outcome Outcome,
    Resolution Resolution,
    IReadOnlyList<string> ApplicabilityEvidence,
    IReadOnlyList<RequirementResult> Requirements,
    IReadOnlyList<RequirementSetResult> Included,
    IReadOnlyList<string> MissingFacts)
{
    /// <summary>
    /// The included sets marked <c>verplicht</c> (or included by an addendum) that do not apply and so made this set
    /// not met, each as "Gli is niet van toepassing: biedtGli: nee". Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> NotApplicableParts { get; init; } = [];

    /// <summary>The text of the set's <c>mag afwijken "…"</c> that made this failure for judgement; null otherwise.</summary>
    public string? DiscretionReason { get; init; }

    /// <summary>Why a conditional <c>mag afwijken … als …</c> did or did not make this failure for judgement.</summary>
    public IReadOnlyList<string> DiscretionEvidence { get; init; } = [];

    /// <summary>
    /// Every requirement result in this set, its groups and its included sets, depth first. A set included along
    /// several paths (a diamond of <c>omvat</c>, evaluated once and shared) is listed once, so the walk stays
    /// linear in the policy rather than in the number of paths.
    /// </summary>
    public IEnumerable<RequirementResult> AllRequirements() => AllRequirements(new HashSet<RequirementSetResult>(ReferenceEqualityComparer.Instance));

    private IEnumerable<RequirementResult> AllRequirements(HashSet<RequirementSetResult> seen)
    {
        foreach (var included in Included)
        {
            if (!seen.Add(included))
            {
                continue;
            }

            foreach (var requirement in included.AllRequirements(seen))
            {
                yield return requirement;
            }
        }

        foreach (var requirement in Requirements)
        {
            foreach (var nested in Flatten(requirement))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<RequirementResult> Flatten(RequirementResult result)
    {
        yield return result;
        foreach (var child in result.Children.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
