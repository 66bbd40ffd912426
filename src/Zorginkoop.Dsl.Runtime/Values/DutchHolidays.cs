namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>A Dutch public holiday on a given date.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>
/// Dutch public holidays as the Algemene termijnenwet (art. 3) counts them, because that law decides what
/// happens to a deadline that falls on one: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag
/// (5 mei, every year — the law does not limit it to lustrum years), Hemelvaartsdag, Eerste en Tweede Pinksterdag,
/// Eerste en Tweede Kerstdag. Goede Vrijdag is not in the law and is not counted. Easter Sunday and Whit Sunday
/// are Sundays anyway; they are listed so that messages can name them.
/// </summary>
public static class DutchHolidays
{
    /// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>
    /// The King's (or, before 2014, the Queen's) birthday as celebrated: moved to the Saturday before when it
    /// falls on a Sunday, as the law has it since 1980.
    /// </summary>
    public static Holiday KingsDay(int year)
    {
        var (day, name) = year >= 2014 ? (27, "Koningsdag") : (30, "Koninginnedag");
        var date = new DateOnly(year, 4, day);
        return new Holiday(date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(-1) : date, name);
    }

    /// <summary>All holidays of a year (1583–9999, the Gregorian years DateOnly can hold), in date order.</summary>
    public static IReadOnlyList<Holiday> InYear(int year)
    {
        var easter = EasterSunday(year);
        Holiday[] holidays =
        [
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter, "Eerste Paasdag"),
            new(easter.AddDays(1), "Tweede Paasdag"),
            KingsDay(year),
            new(new DateOnly(year, 5, 5), "Bevrijdingsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(49), "Eerste Pinksterdag"),
            new(easter.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        ];
        return [.. holidays.OrderBy(h => h.Date)];
    }

    public static Holiday? Find(DateOnly date) =>
        date.Year < 1583 ? null : InYear(date.Year).FirstOrDefault(h => h.Date == date);

    public static bool IsHoliday(DateOnly date) => Find(date) is not null;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !IsHoliday(date);

    /// <summary>
    /// Why a date is not a working day, as words that follow "valt op" ("een zondag", "Tweede Paasdag (maandag)"),
    /// or null when it is one.
    /// </summary>
    public static string? NonWorkingReason(DateOnly date) => Find(date) switch
    {
        { } holiday => $"{holiday.Name} ({DutchFormat.Weekday(date)})",
        null when IsWeekend(date) => "een " + DutchFormat.Weekday(date),
        _ => null,
    };

    /// <summary>
    /// The first working day on or after a date: where the Algemene termijnenwet moves a statutory deadline that
    /// ends on a weekend day or holiday.
    /// </summary>
    public static DateOnly NextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
