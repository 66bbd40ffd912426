namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// How a quantifier or sum folds its elements, which decides which elements its explanation names
/// (<see cref="EvaluationTrace.EndElements"/>): only the elements that decided the outcome speak for it.
/// </summary>
public enum ElementFold
{
    /// <summary><c>voor elke</c>: when not met, the elements that fail (or, when onbekend, the undecided ones); when met, all.</summary>
    All,

    /// <summary><c>er is een</c>, <c>geen</c>: when one holds, the elements that hold (or the undecided ones); when none holds, all.</summary>
    Any,

    /// <summary><c>aantal … waarvoor</c>, <c>som van</c>: every element counts, so every element is named.</summary>
    Each,
}
