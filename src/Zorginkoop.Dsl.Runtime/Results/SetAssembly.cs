using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// Puts the result of a requirement set (<c>eisen</c>, or an addendum's own part) together from its applicability,
/// its included sets and its requirements. Both engines call it (docs/evaluation-semantics.md).
/// </summary>
public static class SetAssembly
{
    private static readonly RequirementResult[] NoRequirements = [];
    private static readonly RequirementSetResult[] NoSets = [];

    /// <summary>The evidence list of a set without <c>geldt voor</c>.</summary>
    public static IReadOnlyList<string> NoEvidence => FactNames.None;

    /// <summary>A set whose <c>geldt voor</c> is false: nothing else of it is evaluated.</summary>
    public static RequirementSetResult NotApplicable(string name, string? title, PolicyLocation location, IReadOnlyList<string> applicabilityEvidence) =>
        new(name, title, location, Outcome.NotApplicable, Resolution.Direct, applicabilityEvidence, NoRequirements, NoSets, FactNames.None);

    /// <summary>
    /// A set that applies or may apply: Kleene AND of its applicability, its included sets (a not-applicable one
    /// counts as met) and its requirements.
    /// </summary>
    public static RequirementSetResult Set(
        string name, string? title, PolicyLocation location, bool discretion, bool? applies,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) applicability,
        IReadOnlyList<RequirementSetResult> included,
        IReadOnlyList<RequirementResult> requirements)
    {
        var truth = applies;
        foreach (var set in included)
        {
            truth = Kleene.And(truth, OutcomeTruth.Of(set.Outcome));
        }

        foreach (var requirement in requirements)
        {
            truth = Kleene.And(truth, OutcomeTruth.Of(requirement.Outcome));
        }

        var outcome = OutcomeText.FromTruth(truth);
        var resolution = ResolutionRules.Combined(outcome, discretion, requirements, included);
        var missing = FactNames.None;
        if (outcome == Outcome.Unknown)
        {
            var collected = new List<string>(applicability.Missing);
            foreach (var set in included)
            {
                collected.AddRange(set.MissingFacts);
            }

            foreach (var requirement in requirements)
            {
                collected.AddRange(requirement.MissingFacts);
            }

            missing = FactNames.Distinct(collected);
        }

        return new RequirementSetResult(name, title, location, outcome, resolution, applicability.Evidence, requirements, included, missing);
    }
}
