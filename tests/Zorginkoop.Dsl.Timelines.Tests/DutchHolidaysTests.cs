using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class DutchHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2038, "2038-04-25")] // the latest date Easter can fall on
    [InlineData(2285, "2285-03-22")] // the earliest
    [InlineData(1818, "1818-03-22")]
    public void EasterFollowsTheGregorianComputus(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DutchHolidays.EasterSunday(year));

    [Theory]
    [InlineData(2025, "2025-04-26")] // 27 april 2025 is a Sunday: celebrated on Saturday the 26th
    [InlineData(2026, "2026-04-27")]
    [InlineData(2014, "2014-04-26")] // the first Koningsdag fell on a Sunday too
    [InlineData(2031, "2031-04-26")]
    public void KingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday(int year, string expected)
    {
        var kingsDay = DutchHolidays.KingsDay(year);
        Assert.Equal(DateOnly.Parse(expected), kingsDay.Date);
        Assert.Equal("Koningsdag", kingsDay.Name);
        Assert.Equal(kingsDay.Name, DutchHolidays.Find(kingsDay.Date)?.Name);
    }

    [Fact]
    public void BeforeTwentyFourteenItWasQueensDayOnTheThirtieth()
    {
        Assert.Equal(new Holiday(new DateOnly(2013, 4, 30), "Koninginnedag"), DutchHolidays.KingsDay(2013));
        Assert.Equal(new DateOnly(2006, 4, 29), DutchHolidays.KingsDay(2006).Date); // 30 april 2006 was a Sunday
    }

    [Fact]
    public void TheHolidaysOf2026AreThoseOfTheAlgemeneTermijnenwet()
    {
        var holidays = DutchHolidays.InYear(2026).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}").ToList();

        Assert.Equal(
        [
            "2026-01-01 Nieuwjaarsdag",
            "2026-04-05 Eerste Paasdag",
            "2026-04-06 Tweede Paasdag",
            "2026-04-27 Koningsdag",
            "2026-05-05 Bevrijdingsdag",
            "2026-05-14 Hemelvaartsdag",
            "2026-05-24 Eerste Pinksterdag",
            "2026-05-25 Tweede Pinksterdag",
            "2026-12-25 Eerste Kerstdag",
            "2026-12-26 Tweede Kerstdag",
        ], holidays);
    }

    [Fact]
    public void GoodFridayIsNotAHolidayAndLiberationDayIsOneEveryYear()
    {
        Assert.False(DutchHolidays.IsHoliday(new DateOnly(2026, 4, 3)));
        Assert.True(DutchHolidays.IsWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2026, 5, 5))); // not a lustrum year
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2025, 5, 5)));
    }

    [Theory]
    [InlineData("2026-01-31", "een zaterdag", "2026-02-02")]
    [InlineData("2025-06-01", "een zondag", "2025-06-02")]
    [InlineData("2024-04-01", "Tweede Paasdag (maandag)", "2024-04-02")]
    [InlineData("2025-05-29", "Hemelvaartsdag (donderdag)", "2025-05-30")]
    [InlineData("2025-12-25", "Eerste Kerstdag (donderdag)", "2025-12-29")] // Kerstdagen, then a weekend
    public void NamesWhyADayIsNotAWorkingDayAndWhereADeadlineMovesTo(string date, string reason, string next)
    {
        var day = DateOnly.Parse(date);
        Assert.Equal(reason, DutchHolidays.NonWorkingReason(day));
        Assert.Equal(DateOnly.Parse(next), DutchHolidays.NextWorkingDay(day));
    }

    [Fact]
    public void AWorkingDayHasNoReasonAndIsItsOwnNextWorkingDay()
    {
        var wednesday = new DateOnly(2026, 9, 30);
        Assert.Null(DutchHolidays.NonWorkingReason(wednesday));
        Assert.Equal(wednesday, DutchHolidays.NextWorkingDay(wednesday));
    }
}
