using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

public static partial class Operations
{
    /// <summary><c>x in L</c> and <c>L bevat x</c>: the list is seen as objects (generated code boxes lists of values).</summary>
    public static bool? ListContains(IReadOnlyList<object?>? list, object? item) => Comparison.Contains(list, item);

    /// <summary>
    /// One step of <c>aantal x in L waarvoor p</c>, folded from 0 over the elements in order: an element whose
    /// condition holds adds one; one whose condition is onbekend makes the count onbekend, and it stays so.
    /// </summary>
    public static long? CountWhere(long? count, bool? holds) => count is { } n && holds is { } h ? (h ? n + 1 : n) : null;

    /// <summary>
    /// A list element's truth after one of its <c>uitzondering … als …</c> (tried in order while the element is not
    /// met): an exception that applies makes it met; one that is onbekend makes a failure onbekend, since it might have
    /// applied (as for a requirement, <c>RequirementAssembly.AfterExceptions</c>); otherwise it is unchanged.
    /// </summary>
    public static bool? ElementAfterException(bool? holds, bool? exception) => holds switch
    {
        true => true,
        _ when exception == true => true,
        false when exception is null => null,
        _ => holds,
    };

    public static long? ListCount<T>(IReadOnlyList<T>? list) => list is null ? null : list.Count;

    public static bool? ListIsEmpty<T>(IReadOnlyList<T>? list) => list is null ? null : list.Count == 0;

    public static bool? TextIsEmpty(string? text) => text is null ? null : text.Length == 0;

    public static DateOnly? EarliestDate(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x <= y ? x : y) : null;

    public static DateOnly? LatestDate(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x >= y ? x : y) : null;

    public static DateTime? EarliestDateTime(DateTime? a, DateTime? b) => a is { } x && b is { } y ? (x <= y ? x : y) : null;

    public static DateTime? LatestDateTime(DateTime? a, DateTime? b) => a is { } x && b is { } y ? (x >= y ? x : y) : null;

    public static DateOnly? FirstDayOfNextWeek(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfNextWeek(d) : null;

    public static DateOnly? FirstDayOfNextMonth(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfNextMonth(d) : null;

    public static DateOnly? FirstDayOfNextQuarter(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfNextQuarter(d) : null;

    public static DateOnly? FirstDayOfNextYear(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfNextYear(d) : null;

    public static DateOnly? FirstDayOfWeek(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfWeek(d) : null;

    public static DateOnly? FirstDayOfMonth(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfMonth(d) : null;

    public static DateOnly? FirstDayOfQuarter(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfQuarter(d) : null;

    public static DateOnly? FirstDayOfYear(DateOnly? date) => date is { } d ? DutchCalendar.FirstDayOfYear(d) : null;

    public static long? WeekOf(DateOnly? date) => date is { } d ? DutchCalendar.Week(d) : null;

    public static long? MonthOf(DateOnly? date) => date is { } d ? d.Month : null;

    public static long? QuarterOf(DateOnly? date) => date is { } d ? DutchCalendar.Quarter(d) : null;

    public static long? YearOf(DateOnly? date) => date is { } d ? d.Year : null;
}
