using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Hosting.Output;

/// <summary>Stable machine codes for outcomes in JSON, next to the Dutch words people read.</summary>
public static class OutcomeCodes
{
    public static string Code(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => "satisfied",
        Outcome.NotSatisfied => "notSatisfied",
        Outcome.Unknown => "unknown",
        _ => "notApplicable",
    };

    public static string Code(Resolution resolution) => resolution switch
    {
        Resolution.ByException => "byException",
        Resolution.ForJudgement => "forJudgement",
        _ => "direct",
    };

    /// <summary>"voldaan bij uitzondering", "niet voldaan (ter beoordeling)".</summary>
    public static string Dutch(Outcome outcome, Resolution resolution) => (outcome, resolution) switch
    {
        (Outcome.Satisfied, Resolution.ByException) => "voldaan bij uitzondering",
        (Outcome.NotSatisfied, Resolution.ForJudgement) => "niet voldaan (ter beoordeling)",
        _ => outcome.ToDutch(),
    };
}
