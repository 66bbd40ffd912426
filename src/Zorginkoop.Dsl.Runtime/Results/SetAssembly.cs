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
    /// A set that applies or may apply, none of whose included sets is <c>verplicht</c>: Kleene AND of its
    /// applicability, its included sets (a not-applicable one stands aside, counting as met) and its requirements.
    /// </summary>
    public static RequirementSetResult Set(
        string name, string? title, PolicyLocation location, bool discretion, bool? applies,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) applicability,
        IReadOnlyList<RequirementSetResult> included,
        IReadOnlyList<RequirementResult> requirements) =>
        Set(name, title, location, discretion, applies, applicability, included, requirements, NoneRequired);

    /// <summary>
    /// A set that applies or may apply: Kleene AND of its applicability, its included sets and its requirements.
    /// An included set marked in <paramref name="required"/> (<c>omvat X verplicht</c>, or a plain <c>omvat</c> in an
    /// addendum) that does not apply is not met, and named in <see cref="RequirementSetResult.NotApplicableParts"/>
    /// as "X is niet van toepassing: …"; any other not-applicable included set stands aside.
    /// </summary>
    public static RequirementSetResult Set(
        string name, string? title, PolicyLocation location, bool discretion, bool? applies,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) applicability,
        IReadOnlyList<RequirementSetResult> included,
        IReadOnlyList<RequirementResult> requirements,
        IReadOnlyList<bool> required)
    {
        var truth = applies;
        List<string>? notApplicable = null;
        for (var i = 0; i < included.Count; i++)
        {
            var set = included[i];
            var isRequired = i < required.Count && required[i];
            truth = Kleene.And(truth, isRequired ? OutcomeTruth.OfRequired(set.Outcome) : OutcomeTruth.Of(set.Outcome));
            if (isRequired && set.Outcome == Outcome.NotApplicable)
            {
                (notApplicable ??= []).Add(NotApplicableReason(set));
            }
        }

        foreach (var requirement in requirements)
        {
            truth = Kleene.And(truth, OutcomeTruth.Of(requirement.Outcome));
        }

        var outcome = OutcomeText.FromTruth(truth);
        var resolution = ResolutionRules.Combined(outcome, discretion, requirements, included, hardFailure: notApplicable is not null);
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

        return new RequirementSetResult(name, title, location, outcome, resolution, applicability.Evidence, requirements, included, missing)
        {
            NotApplicableParts = notApplicable is null ? FactNames.None : notApplicable,
        };
    }

    /// <summary>"Gli is niet van toepassing: biedtGli: nee": a set that does not apply, with its <c>geldt voor</c> evidence.</summary>
    public static string NotApplicableReason(RequirementSetResult set) =>
        set.ApplicabilityEvidence.Count == 0
            ? $"{set.Name} is niet van toepassing"
            : $"{set.Name} is niet van toepassing: {string.Join(", ", set.ApplicabilityEvidence)}";

    /// <summary>A failing set under <c>mag afwijken "reden" [als voorwaarde]</c>: the rule of <see cref="RequirementAssembly.Discretion"/>.</summary>
    public static RequirementSetResult Discretion(RequirementSetResult result, string? reason, bool? applies,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken, string? condition)
    {
        if (result.Outcome != Outcome.NotSatisfied)
        {
            return result;
        }

        var (judged, line) = RequirementAssembly.DiscretionRule(applies, taken, condition);
        IReadOnlyList<string> evidence = line is null ? FactNames.None : [line];
        return judged
            ? result with { Resolution = Resolution.ForJudgement, DiscretionEvidence = evidence, DiscretionReason = reason ?? string.Empty }
            : result with { DiscretionEvidence = evidence };
    }

    private static readonly bool[] NoneRequired = [];
}
