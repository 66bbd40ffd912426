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

    /// <summary>
    /// How an included set counts that must apply (<c>omvat X verplicht</c>, or <c>omvat</c> in an addendum): one
    /// that does not apply is not met, as the provider is outside the care it asks for.
    /// </summary>
    public static bool? OfRequired(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => true,
        Outcome.NotSatisfied or Outcome.NotApplicable => false,
        _ => null,
    };
}
