using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// How a combined result (a group or a set) is resolved from its parts (docs/evaluation-semantics.md,
/// "Resolution"): a failure is for judgement when the whole carries <c>mag afwijken</c> or every failing part is
/// for judgement; a success is by exception when any part passed by exception.
/// </summary>
internal static class ResolutionRules
{
    /// <summary><paramref name="hardFailure"/>: a part failed that no <c>mag afwijken</c> inside covers (a required set that does not apply).</summary>
    public static Resolution Combined(Outcome outcome, bool discretion, IReadOnlyList<RequirementResult> requirements, IReadOnlyList<RequirementSetResult> included, bool hardFailure = false)
    {
        if (outcome == Outcome.NotSatisfied && (discretion || (!hardFailure && AllFailingForJudgement(requirements, included))))
        {
            return Resolution.ForJudgement;
        }

        return outcome == Outcome.Satisfied && AnyByException(requirements, included) ? Resolution.ByException : Resolution.Direct;
    }

    private static bool AllFailingForJudgement(IReadOnlyList<RequirementResult> requirements, IReadOnlyList<RequirementSetResult> included)
    {
        foreach (var requirement in requirements)
        {
            if (requirement.Outcome == Outcome.NotSatisfied && requirement.Resolution != Resolution.ForJudgement)
            {
                return false;
            }
        }

        foreach (var set in included)
        {
            if (set.Outcome == Outcome.NotSatisfied && set.Resolution != Resolution.ForJudgement)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyByException(IReadOnlyList<RequirementResult> requirements, IReadOnlyList<RequirementSetResult> included)
    {
        foreach (var requirement in requirements)
        {
            if (requirement.Resolution == Resolution.ByException)
            {
                return true;
            }
        }

        foreach (var set in included)
        {
            if (set.Resolution == Resolution.ByException)
            {
                return true;
            }
        }

        return false;
    }
}
