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

    /// <summary>Membership of an item in a list; unknown when either is unknown, or when an unknown element could match.</summary>
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
            var element = list[i];
            if (element is null)
            {
                sawUnknown = true;
            }
            else if (ValuesEqual(element, item))
            {
                return true;
            }
        }

        return sawUnknown ? null : false;
    }

    /// <summary>Equality across the runtime representations, widening long to decimal.</summary>
    public static bool ValuesEqual(object a, object b) => (a, b) switch
    {
        (long x, decimal y) => x == y,
        (decimal x, long y) => x == y,
        _ => a.Equals(b),
    };
}
