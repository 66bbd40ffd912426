using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

public static partial class Operations
{
    /// <summary>
    /// <c>Huisartsgeneeskundig is voldaan</c>: a set's outcome as ja/nee. Voldaan → ja; niet voldaan → nee; onbekend →
    /// onbekend; niet van toepassing → nee (a set the provider is outside of is not met, as a required include).
    /// </summary>
    public static bool? SetSatisfied(Outcome outcome) => OutcomeTruth.OfRequired(outcome);
}
