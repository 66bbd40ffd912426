using System.Globalization;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Reads the date literals of the language ("30 september 2025", "2025-09-30", "30-09-2025") for hovers and hints.</summary>
public static class DutchDates
{
    private static readonly string[] ShortDayNames = ["zo", "ma", "di", "wo", "do", "vr", "za"];

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && Enumerable.Range(1, 12).FirstOrDefault(m => DutchFormat.MonthName(m) == parts[1]) is var month and > 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return TryCreate(year, month, day, out date);
        }

        return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>"di" for a Tuesday: the inlay hint after a date.</summary>
    public static string ShortWeekday(DateOnly date) => ShortDayNames[(int)date.DayOfWeek];

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
