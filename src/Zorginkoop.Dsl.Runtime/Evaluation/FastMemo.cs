namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// The fast path's memo works on typed slots of a struct the generated code declares per policy (<c>PolicyMemo</c>:
/// a value and a "known" flag per definition and per included set), held on the stack of <c>Check</c> and passed
/// by reference: nothing is boxed or allocated, and a diamond of definitions or of <c>omvat</c> is still evaluated
/// once per evaluation. The traced path and the interpreter keep <see cref="EvaluationMemo"/>.
/// </summary>
public static class FastMemo
{
    /// <summary>Stores <paramref name="value"/> in its slot, marks it known and gives it back.</summary>
    public static T Remember<T>(ref bool known, ref T slot, T value)
    {
        slot = value;
        known = true;
        return value;
    }
}
