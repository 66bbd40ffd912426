using System.Globalization;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Adds a written duration ("6 weken", "1 maand") to a date, for hover examples.</summary>
public static class Durations
{
    public static bool TryAdd(DateOnly date, string duration, out DateOnly result)
    {
        result = date;
        var parts = duration.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        DateOnly? added = parts[1] switch
        {
            "dag" or "dagen" => date.AddDays(amount),
            "week" or "weken" => date.AddDays(7 * amount),
            "maand" or "maanden" => date.AddMonths(amount),
            "kwartaal" or "kwartalen" => date.AddMonths(3 * amount),
            "jaar" or "jaren" => date.AddYears(amount),
            _ => null,
        };
        result = added ?? date;
        return added is not null;
    }
}
