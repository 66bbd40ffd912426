using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

public static partial class Operations
{
    public static int? IntegerOrder(long? a, long? b) => Comparison.Order(a, b);

    public static int? DecimalOrder(decimal? a, decimal? b) => Comparison.Order(a, b);

    public static int? DateOrder(DateOnly? a, DateOnly? b) => Comparison.Order(a, b);

    public static int? DateTimeOrder(DateTime? a, DateTime? b) => Comparison.Order(a, b);

    public static int? DurationOrder(Duration? a, Duration? b) => Comparison.Order(a, b);

    /// <summary>
    /// Two members of a <c>keuze … op volgorde</c> by their position in <paramref name="members"/> (lowest first):
    /// <c>ggr >= MatigVerhoogd</c> is "matig verhoogd of hoger". Unknown when either is unknown or not a member.
    /// </summary>
    public static int? ChoiceOrder(string? a, string? b, IReadOnlyList<string> members)
    {
        if (a is null || b is null)
        {
            return null;
        }

        var (left, right) = (-1, -1);
        for (var i = 0; i < members.Count; i++)
        {
            left = members[i] == a ? i : left;
            right = members[i] == b ? i : right;
        }

        return left < 0 || right < 0 ? null : left.CompareTo(right);
    }

    public static bool? OrderEqual(int? order) => Comparison.EqualOrder(order);

    public static bool? OrderNotEqual(int? order) => Comparison.NotEqualOrder(order);

    public static bool? OrderLess(int? order) => Comparison.Less(order);

    public static bool? OrderLessOrEqual(int? order) => Comparison.LessOrEqual(order);

    public static bool? OrderGreater(int? order) => Comparison.Greater(order);

    public static bool? OrderGreaterOrEqual(int? order) => Comparison.GreaterOrEqual(order);

    public static bool? TextEqual(string? a, string? b) => Comparison.Equal(a, b);

    public static bool? ChoiceEqual(string? a, string? b) => Comparison.Equal(a, b);

    public static bool? BooleanEqual(bool? a, bool? b) => Comparison.Equal(a, b);

    /// <summary>Records and lists: equal by the runtime's value equality; unknown when either is.</summary>
    public static bool? ValueEqual(object? a, object? b) => a is null || b is null ? null : Comparison.ValuesEqual(a, b);

    public static bool? And(bool? a, bool? b) => Kleene.And(a, b);

    public static bool? Or(bool? a, bool? b) => Kleene.Or(a, b);

    public static bool? Not(bool? a) => Kleene.Not(a);

    public static bool? Implies(bool? condition, bool? consequence) => Kleene.Implies(condition, consequence);

    /// <summary><c>is bekend</c>: definite, never onbekend. Generic so that a nullable value type is not boxed.</summary>
    public static bool IsKnown<T>(T value) => value is not null;
}
