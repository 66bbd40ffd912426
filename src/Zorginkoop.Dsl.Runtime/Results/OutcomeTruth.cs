using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// How a part's outcome counts where parts are combined by Kleene AND (docs/evaluation-semantics.md, "Combining
/// results"): a part that does not apply stands aside, so it counts as met.
/// </summary>
public static class OutcomeTruth
{
    public static bool? Of(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied or Outcome.NotApplicable => true,
        Outcome.NotSatisfied => false,
        _ => null,
    };
}
