namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>Three-valued (Kleene) logic over <c>bool?</c>, where null is "onbekend".</summary>
public static class Kleene
{
    public static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false : left == true && right == true ? true : null;

    public static bool? Or(bool? left, bool? right) =>
        left == true || right == true ? true : left == false && right == false ? false : null;

    public static bool? Not(bool? value) => value is null ? null : !value.Value;

    /// <summary><c>als A dan B</c> without <c>anders</c>: material implication, so a provider the condition does not concern passes.</summary>
    public static bool? Implies(bool? condition, bool? consequence) => Or(Not(condition), consequence);
}
