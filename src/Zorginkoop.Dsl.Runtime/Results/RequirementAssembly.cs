using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// Puts the result of one requirement or requirement group together from what its rule decided and what the
/// trace gathered. Both engines call these methods: the interpreter while it walks the checked model, compiled
/// policies from generated code; the semantics live here once (docs/evaluation-semantics.md).
/// </summary>
public static class RequirementAssembly
{
    private static readonly RequirementResult[] NoChildren = [];

    /// <summary>A requirement without exceptions: its rule's truth, <c>mag afwijken</c> making a failure for judgement.</summary>
    public static RequirementResult Requirement(
        string path, string? sentence, PolicyLocation location, bool discretion, bool? truth,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken)
    {
        var outcome = OutcomeText.FromTruth(truth);
        var resolution = outcome == Outcome.NotSatisfied && discretion ? Resolution.ForJudgement : Resolution.Direct;
        var missing = outcome == Outcome.Unknown ? FactNames.Distinct(taken.Missing) : FactNames.None;
        return new RequirementResult(path, sentence, location, outcome, resolution, null, taken.Evidence, missing, NoChildren);
    }

    /// <summary>
    /// The truth of a requirement after its exceptions were tried and none applied: a failure becomes onbekend when
    /// an exception could not be decided, since it might have applied. The fast path of compiled policies calls it too.
    /// </summary>
    public static bool? AfterExceptions(bool? truth, bool someExceptionUnknown) =>
        truth == false && someExceptionUnknown ? null : truth;

    /// <summary>A group (<c>eis … { eis … }</c>): Kleene AND of its children, resolved as a set is.</summary>
    public static RequirementResult Group(string path, string? sentence, PolicyLocation location, bool discretion, IReadOnlyList<RequirementResult> children)
    {
        bool? all = true;
        foreach (var child in children)
        {
            all = Kleene.And(all, OutcomeTruth.Of(child.Outcome));
        }

        var outcome = OutcomeText.FromTruth(all);
        var resolution = ResolutionRules.Combined(outcome, discretion, children, []);
        var missing = FactNames.None;
        if (outcome == Outcome.Unknown)
        {
            var collected = new List<string>();
            foreach (var child in children)
            {
                collected.AddRange(child.MissingFacts);
            }

            missing = FactNames.Distinct(collected);
        }

        return new RequirementResult(path, sentence, location, outcome, resolution, null, FactNames.None, missing, children);
    }
}
