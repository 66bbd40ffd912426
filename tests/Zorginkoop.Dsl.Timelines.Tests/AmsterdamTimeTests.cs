using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class AmsterdamTimeTests
{
    [Theory]
    [InlineData("2026-07-01T12:00", "2026-07-01T10:00")] // CEST, UTC+2
    [InlineData("2026-12-01T12:00", "2026-12-01T11:00")] // CET, UTC+1
    [InlineData("2026-03-29T01:59", "2026-03-29T00:59")] // just before summer time starts
    [InlineData("2026-03-29T03:00", "2026-03-29T01:00")] // just after
    [InlineData("2026-10-25T01:30", "2026-10-24T23:30")]
    [InlineData("2026-10-25T03:30", "2026-10-25T02:30")]
    public void ConvertsWallClockTimeToUtcByTheEuRule(string local, string utc) =>
        Assert.Equal(DateTime.Parse(utc), AmsterdamTime.ToUtc(DateTime.Parse(local)));

    [Fact]
    public void AgreesWithTheTimeZoneDatabaseWhereThereIsOne()
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return; // nothing to compare with on this machine
        }

        for (var utc = new DateTime(2024, 1, 1, 0, 30, 0, DateTimeKind.Utc); utc < new DateTime(2028, 1, 1, 0, 0, 0, DateTimeKind.Utc); utc = utc.AddHours(7))
        {
            Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), AmsterdamTime.FromUtc(utc));
        }
    }
}
