using System.Globalization;

namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>Writes values the way the policies do: 1,0 · 100.000 · € 250.000 · 80% · 1 april 2026 · 13.00 uur · 6 weken.</summary>
public static class DutchFormat
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly NumberFormatInfo Dutch = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Integer(long value) => value.ToString("#,0", Dutch);

    /// <summary>At least one decimal, as authors write "1,0"; trailing zeros beyond that are dropped.</summary>
    public static string Decimal(decimal value)
    {
        var text = value.ToString("#,0.0###########", Dutch);
        return text;
    }

    public static string Money(decimal value) =>
        value == decimal.Truncate(value) ? "€ " + value.ToString("#,0", Dutch) : "€ " + value.ToString("#,0.00", Dutch);

    /// <summary>Percentages are held as percent points: 80 means 80%.</summary>
    public static string Percentage(decimal points) => points.ToString("#,0.##", Dutch) + "%";

    public static string Date(DateOnly date) => $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}";

    public static string DateTime(DateTime moment) =>
        moment.TimeOfDay == TimeSpan.Zero ? Date(DateOnly.FromDateTime(moment)) : $"{Date(DateOnly.FromDateTime(moment))} {Time(TimeOnly.FromDateTime(moment))}";

    public static string Time(TimeOnly time) => $"{time.Hour:00}.{time.Minute:00} uur";

    public static string Weekday(DateOnly date) => DayNames[(int)date.DayOfWeek];

    public static string Boolean(bool value) => value ? "ja" : "nee";

    public static string Duration(Duration duration)
    {
        var plural = duration.Amount != 1;
        var unit = duration.Unit switch
        {
            DurationUnit.Minute => plural ? "minuten" : "minuut",
            DurationUnit.Hour => plural ? "uren" : "uur",
            DurationUnit.Day => plural ? "dagen" : "dag",
            DurationUnit.Week => plural ? "weken" : "week",
            DurationUnit.Month => plural ? "maanden" : "maand",
            DurationUnit.Quarter => plural ? "kwartalen" : "kwartaal",
            _ => "jaar",
        };
        return $"{Integer(duration.Amount)} {unit}";
    }

    public static string MonthName(int month) => MonthNames[month - 1];
}
