using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// The outcome of one <c>eis</c> with why: its source sentence and location, the values that decided it
/// (<see cref="Evidence"/>, e.g. "fteHuisarts 0,8 &lt; normFte 1,0") and, when onbekend, the missing facts.
/// </summary>
public sealed record RequirementResult(
    string Path,
    string? Sentence,
    PolicyLocation Location,
    Outcome Outcome,
    Resolution Resolution,
    string? ExceptionDescription,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<RequirementResult> Children)
{
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The text of the <c>mag afwijken "…"</c> that made this failure for judgement; null otherwise.</summary>
    public string? DiscretionReason { get; init; }
}
