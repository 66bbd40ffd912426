using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>
/// What one requirement with <c>uitzondering … als …</c> gathers while its exceptions are tried in order: the
/// evidence of each, the missing facts of those that could not be decided, and the first that applied.
/// </summary>
public sealed class ExceptionTrail((IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) rule, string? elementException = null)
{
    private static readonly RequirementResult[] NoChildren = [];
    private readonly List<string> evidence = [.. rule.Evidence];
    private readonly List<string> missing = [.. rule.Missing];
    private bool someUnknown;
    private string? appliedDescription;

    /// <summary>Records one tried exception; true when it applies, and then no further one is tried.</summary>
    public bool Exception(bool? applies, (IReadOnlyList<string> Evidence, IReadOnlyList<string> Missing) taken, string description)
    {
        evidence.AddRange(taken.Evidence);
        if (applies == true)
        {
            appliedDescription = description;
            return true;
        }

        if (applies is null)
        {
            someUnknown = true;
            missing.AddRange(taken.Missing);
        }

        return false;
    }

    /// <summary>The requirement's result: met by exception when one applied, else its rule's truth.</summary>
    public RequirementResult Complete(string path, string? sentence, PolicyLocation location, bool discretion, bool? truth)
    {
        var resolution = Resolution.Direct;
        if (appliedDescription is null && truth == true && elementException is not null)
        {
            // Met through an element's exception of its voor elke (RequirementAssembly.Requirement).
            appliedDescription = elementException;
        }

        if (appliedDescription is not null)
        {
            truth = true;
            resolution = Resolution.ByException;
        }
        else
        {
            truth = RequirementAssembly.AfterExceptions(truth, someUnknown);
        }

        var outcome = OutcomeText.FromTruth(truth);
        if (outcome == Outcome.NotSatisfied && discretion)
        {
            resolution = Resolution.ForJudgement;
        }

        var reported = outcome == Outcome.Unknown ? FactNames.Distinct(missing) : FactNames.None;
        return new RequirementResult(path, sentence, location, outcome, resolution, appliedDescription, evidence, reported, NoChildren);
    }
}
