namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// What one evaluation has already computed: each definition's value and each included set's result (or, on the
/// fast path, its outcome), so that a definition used twice or a set included along two paths is evaluated once.
/// Without it a diamond of definitions or of <c>omvat</c> costs 2^depth. Both engines keep their values here,
/// keyed by an object that stands for the definition or set (the interpreter's symbol, a generated key field).
/// One memo lives as long as one evaluation: values never depend on anything but its facts and inputs.
/// </summary>
public sealed class EvaluationMemo
{
    private readonly Dictionary<object, object?> values = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many values were computed and remembered; tests count them to see each is computed once.</summary>
    public int Count => values.Count;

    public bool TryGet<T>(object key, out T value)
    {
        if (values.TryGetValue(key, out var known))
        {
            value = (T)known!;
            return true;
        }

        value = default!;
        return false;
    }

    public T Remember<T>(object key, T value)
    {
        values[key] = value;
        return value;
    }
}
