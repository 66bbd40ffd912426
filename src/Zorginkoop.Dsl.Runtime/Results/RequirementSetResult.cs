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
    /// <summary>Every requirement result in this set, its groups and its included sets, depth first.</summary>
    public IEnumerable<RequirementResult> AllRequirements()
    {
        foreach (var included in Included)
        {
            foreach (var requirement in included.AllRequirements())
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
