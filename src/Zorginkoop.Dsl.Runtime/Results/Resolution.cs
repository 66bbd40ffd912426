namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>How an outcome was reached, beyond the plain verdict.</summary>
public enum Resolution
{
    /// <summary>The condition itself decided.</summary>
    Direct,

    /// <summary>The condition failed but an <c>uitzondering</c> applied: voldaan bij uitzondering.</summary>
    ByException,

    /// <summary>The condition failed on a clause the insurer <c>mag afwijken</c> from: for human judgement.</summary>
    ForJudgement,
}
