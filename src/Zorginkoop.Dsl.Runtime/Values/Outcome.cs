namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>The verdict on a requirement or requirement set.</summary>
public enum Outcome
{
    /// <summary>voldaan</summary>
    Satisfied,

    /// <summary>niet voldaan</summary>
    NotSatisfied,

    /// <summary>onbekend: facts it needs are missing</summary>
    Unknown,

    /// <summary>niet van toepassing: the set's <c>geldt voor</c> does not hold for this provider</summary>
    NotApplicable,
}

public static class OutcomeText
{
    public static string ToDutch(this Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => "voldaan",
        Outcome.NotSatisfied => "niet voldaan",
        Outcome.Unknown => "onbekend",
        _ => "niet van toepassing",
    };

    public static Outcome FromTruth(bool? truth) => truth switch
    {
        true => Outcome.Satisfied,
        false => Outcome.NotSatisfied,
        null => Outcome.Unknown,
    };
}
