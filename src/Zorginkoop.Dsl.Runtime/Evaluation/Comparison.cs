using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>Orders and equalities over possibly unknown values; null means onbekend.</summary>
public static class Comparison
{
    public static int? Order(long? a, long? b) => a is { } x && b is { } y ? x.CompareTo(y) : null;

    public static int? Order(decimal? a, decimal? b) => a is { } x && b is { } y ? x.CompareTo(y) : null;

    public static int? Order(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? x.CompareTo(y) : null;

    public static int? Order(DateTime? a, DateTime? b) => a is { } x && b is { } y ? x.CompareTo(y) : null;

    public static int? Order(Duration? a, Duration? b) => a is { } x && b is { } y ? x.CompareTo(y) : null;

    public static bool? Equal(string? a, string? b) => a is null || b is null ? null : string.Equals(a, b, StringComparison.Ordinal);

    public static bool? Equal(bool? a, bool? b) => a is { } x && b is { } y ? x == y : null;

    public static bool? Less(int? order) => order is { } o ? o < 0 : null;

    public static bool? LessOrEqual(int? order) => order is { } o ? o <= 0 : null;

    public static bool? Greater(int? order) => order is { } o ? o > 0 : null;

    public static bool? GreaterOrEqual(int? order) => order is { } o ? o >= 0 : null;

    public static bool? EqualOrder(int? order) => order is { } o ? o == 0 : null;

    public static bool? NotEqualOrder(int? order) => order is { } o ? o != 0 : null;

    /// <summary>
    /// Membership of an item in a list by <see cref="ValuesEqual"/>; unknown when either is unknown, or when no
    /// element is equal and some element could be (an unknown element, or an equality that is unknown).
    /// </summary>
    public static bool? Contains(IReadOnlyList<object?>? list, object? item)
    {
        if (list is null || item is null)
        {
            return null;
        }

        var sawUnknown = false;
        for (var i = 0; i < list.Count; i++)
        {
            // By index: enumerating through the interface would allocate on every membership test.
            switch (ValuesEqual(list[i], item))
            {
                case true:
                    return true;
                case null:
                    sawUnknown = true;
                    break;
            }
        }

        return sawUnknown ? null : false;
    }

    /// <summary>
    /// Equality by value, the one rule for <c>=</c> on records and lists, <c>in</c> and <c>als … anders</c>:
    /// whole numbers widen to decimal; durations are equal when they are as long (<c>7 dagen</c> = <c>1 week</c>);
    /// lists are equal when they have the same length and equal elements in order; records when they are of the
    /// same kind and every field is equal. Kleene throughout: unknown when either is unknown, or when no part
    /// differs and some part is unknown.
    /// </summary>
    public static bool? ValuesEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return (a, b) switch
        {
            (long x, decimal y) => x == y,
            (decimal x, long y) => x == y,
            (Duration x, Duration y) => x.CompareTo(y) == 0,
            (IRecordValue x, _) => ValuesEqual(x.ToFacts(), b),
            (_, IRecordValue y) => ValuesEqual(a, y.ToFacts()),
            (FactRecord x, FactRecord y) => RecordsEqual(x, y),
            (string, _) or (_, string) => a.Equals(b),
            (System.Collections.IEnumerable x, System.Collections.IEnumerable y) => ListsEqual(x, y),
            _ => a.Equals(b),
        };
    }

    // No shortcut for the same instance: a record with an unknown field is not known to equal itself, and the
    // compiled engine, whose records become new FactRecords, must decide it the same way.
    private static bool? RecordsEqual(FactRecord a, FactRecord b)
    {
        if (a.Schema.Name != b.Schema.Name || a.Schema.Fields.Count != b.Schema.Fields.Count)
        {
            return false;
        }

        bool? all = true;
        for (var i = 0; i < a.Schema.Fields.Count && all != false; i++)
        {
            all = Kleene.And(all, ValuesEqual(a[i], b[i]));
        }

        return all;
    }

    private static bool? ListsEqual(System.Collections.IEnumerable a, System.Collections.IEnumerable b)
    {
        var left = a.Cast<object?>().ToList();
        var right = b.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            return false;
        }

        bool? all = true;
        for (var i = 0; i < left.Count && all != false; i++)
        {
            all = Kleene.And(all, ValuesEqual(left[i], right[i]));
        }

        return all;
    }
}
