namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// A policy that changed while in force: its amendments (<c>wijziging</c>) and an evaluator for the policy as it
/// stood on any date. A compiled assembly of a policy with amendments has a <c>PolicyVersions</c> class
/// implementing this beside its <c>Policy</c> class; the interpreter offers the same.
/// </summary>
public interface IPolicyVersions
{
    /// <summary>The amendments in order of their dates (same date: source order).</summary>
    IReadOnlyList<AmendmentInfo> Amendments { get; }

    /// <summary>The policy as published, without amendments.</summary>
    IPolicyEvaluator Published { get; }

    /// <summary>The policy as it stood on <paramref name="date"/>: every amendment dated on or before it applied.</summary>
    IPolicyEvaluator AsOf(DateOnly date);
}

/// <summary>
/// One amendment as the insurer published it: the date it takes effect, its title, "Waarom deze aanvulling?"
/// (<see cref="Reason"/>), "Wat betekent dit voor u?" (<see cref="Consequence"/>) and what it changes, in words
/// ("vervangt PlanningVerkennendGesprek.bekendmaking").
/// </summary>
public sealed record AmendmentInfo(DateOnly EffectiveDate, string Title, string? Reason, string? Consequence, IReadOnlyList<string> Changes);

/// <summary>Picks a version by date; shared by generated code and the interpreter so both choose alike.</summary>
public static class PolicyVersionSelector
{
    /// <summary>
    /// The index of the version in effect on <paramref name="date"/>, given the distinct version dates in
    /// ascending order: 0 is the policy as published, <c>i</c> the version from <c>versionDates[i - 1]</c>.
    /// </summary>
    public static int Index(IReadOnlyList<DateOnly> versionDates, DateOnly date)
    {
        var index = 0;
        while (index < versionDates.Count && versionDates[index] <= date)
        {
            index++;
        }

        return index;
    }
}
