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

    /// <summary>
    /// A requirement without exceptions of its own: its rule's truth, <c>mag afwijken</c> making a failure for judgement.
    /// Met while an element exception of its <c>voor elke</c> applied (<paramref name="elementException"/>), it is met by
    /// exception, with that description.
    /// </summary>
    public static RequirementResult Requirement(
        string path, string? sentence, PolicyLocation location, bool discretion, bool? truth,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken, string? elementException = null)
    {
        var outcome = OutcomeText.FromTruth(truth);
        var byElement = outcome == Outcome.Satisfied ? elementException : null;
        var resolution = outcome == Outcome.NotSatisfied && discretion ? Resolution.ForJudgement
            : byElement is not null ? Resolution.ByException : Resolution.Direct;
        var missing = outcome == Outcome.Unknown ? FactNames.Distinct(taken.Missing) : FactNames.None;
        return new RequirementResult(path, sentence, location, outcome, resolution, byElement, taken.Evidence, missing, NoChildren);
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

    /// <summary>
    /// A failing requirement under <c>mag afwijken "reden" [als voorwaarde]</c> (docs/evaluation-semantics.md,
    /// "Discretion"). Without a condition (<paramref name="condition"/> null) the failure is for judgement. With one,
    /// evaluated only for a failure: true → for judgement, false → a hard failure, unknown → for judgement with an
    /// evidence line that says the condition could not be decided. Anything but a failure is returned unchanged.
    /// </summary>
    public static RequirementResult Discretion(RequirementResult result, string? reason, bool? applies,
        (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken, string? condition)
    {
        if (result.Outcome != Outcome.NotSatisfied)
        {
            return result;
        }

        var (judged, line) = DiscretionRule(applies, taken, condition);
        var evidence = line is null ? result.Evidence : [.. result.Evidence, line];
        return judged
            ? result with { Resolution = Resolution.ForJudgement, Evidence = evidence, DiscretionReason = reason ?? string.Empty }
            : result with { Evidence = evidence };
    }

    /// <summary>Whether a failure is for judgement under a discretion, and the evidence line that says why.</summary>
    internal static (bool Judged, string? Line) DiscretionRule(bool? applies, (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken, string? condition)
    {
        if (condition is null)
        {
            return (true, null);
        }

        var values = taken.Evidence.Count > 0 ? string.Join("; ", taken.Evidence) : condition;
        return applies switch
        {
            true => (true, $"mag afwijken, want {values}"),
            false => (false, $"mag niet afwijken, want {values}"),
            null => (true, $"mag afwijken als {condition}: onbekend"
                + (taken.Missing.Count > 0 ? $" (ontbreekt: {string.Join(", ", FactNames.Distinct(taken.Missing))})" : string.Empty)),
        };
    }
}
