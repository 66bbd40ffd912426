namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// Between the untyped values of a <see cref="Facts.FactRecord"/> and the typed fields of a compiled policy's
/// records; a value of another type than expected reads as onbekend.
/// </summary>
public static class FactConversion
{
    public static T? ValueFromFact<T>(object? value)
        where T : struct => value is T typed ? typed : null;

    /// <summary>A decimaal, bedrag or percentage fact; a whole number given for it is widened.</summary>
    public static decimal? AsDecimal(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        _ => null,
    };

    public static IReadOnlyList<T>? ListFromFacts<T>(object? value, Func<object?, T> convert)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            return null;
        }

        var list = new T[items.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = convert(items[i]);
        }

        return list;
    }

    public static IReadOnlyList<object?>? ListToFacts<T>(IReadOnlyList<T>? list, Func<T, object?> convert)
    {
        if (list is null)
        {
            return null;
        }

        var items = new List<object?>(list.Count);
        foreach (var item in list)
        {
            items.Add(convert(item));
        }

        return items;
    }

    /// <summary>A list of values seen as objects, for membership; lists of references need no copy.</summary>
    public static IReadOnlyList<object?>? Boxed<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return null;
        }

        var boxed = new object?[list.Count];
        for (var i = 0; i < boxed.Length; i++)
        {
            boxed[i] = list[i];
        }

        return boxed;
    }
}
