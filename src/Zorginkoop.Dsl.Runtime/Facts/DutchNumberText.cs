using System.Globalization;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>How a number written as text was read.</summary>
internal enum DutchNumberReading
{
    Number,

    /// <summary>A dot that is not a thousands separator between groups of three ("0.8", "12.50", "1.2.3"): it cannot be read without guessing.</summary>
    MisplacedDot,

    /// <summary>Well formed, but larger than a decimal holds.</summary>
    OutOfRange,

    NotANumber,
}

/// <summary>
/// Reads a number the way a Dutch spreadsheet writes it: "1,5", "1.234.567,89", "85%", "€ 250.000,-". The comma is the
/// decimal separator; a dot only separates thousands, so every dot must stand between groups of exactly three digits.
/// Anything else with a dot ("0.8", "12.50", "5.5%") is refused rather than read: taken as Dutch it would be ten to a
/// thousand times too large, taken as English it would misread "1.200", so no reading is safe.
/// </summary>
internal static class DutchNumberText
{
    public static DutchNumberReading Read(string text, ValueKind kind, out decimal value)
    {
        value = 0;
        var body = Unit(text.AsSpan().Trim(), kind);
        var negative = body.Length > 0 && body[0] == '-';
        if (body.Length > 0 && body[0] is '-' or '+')
        {
            body = body[1..];
        }

        var comma = body.IndexOf(',');
        var whole = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? [] : body[(comma + 1)..];
        if (whole.IsEmpty || whole.ContainsAnyExcept("0123456789.") || (comma >= 0 && fraction.IsEmpty) || fraction.ContainsAnyExcept("0123456789."))
        {
            return DutchNumberReading.NotANumber;
        }

        if (fraction.Contains('.') || !AreThousandsGroups(whole))
        {
            return DutchNumberReading.MisplacedDot;
        }

        Span<char> digits = stackalloc char[whole.Length + fraction.Length + 2];
        var length = 0;
        if (negative)
        {
            digits[length++] = '-';
        }

        foreach (var c in whole)
        {
            if (c != '.')
            {
                digits[length++] = c;
            }
        }

        if (!fraction.IsEmpty)
        {
            digits[length++] = '.';
            fraction.CopyTo(digits[length..]);
            length += fraction.Length;
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? DutchNumberReading.Number
            : DutchNumberReading.OutOfRange;
    }

    /// <summary>
    /// What to write instead of a number with a misplaced dot, for the message: the same text with a decimal comma
    /// when it has one dot and that reading is a number ("0.8" → "0,8"), otherwise null.
    /// </summary>
    public static string? WithDecimalComma(string text, ValueKind kind)
    {
        var trimmed = text.Trim();
        var dot = trimmed.IndexOf('.');
        if (dot < 0 || trimmed.IndexOf('.', dot + 1) >= 0 || trimmed.Contains(','))
        {
            return null;
        }

        var suggestion = string.Concat(trimmed.AsSpan(0, dot), ",", trimmed.AsSpan(dot + 1));
        return Read(suggestion, kind, out _) == DutchNumberReading.Number ? suggestion : null;
    }

    /// <summary>The number without its unit: a trailing "%" for a percentage, a leading "€" and a trailing ",-" for an amount.</summary>
    private static ReadOnlySpan<char> Unit(ReadOnlySpan<char> text, ValueKind kind)
    {
        if (kind == ValueKind.Percentage && text.EndsWith('%'))
        {
            return text[..^1].TrimEnd();
        }

        if (kind == ValueKind.Money)
        {
            if (text.StartsWith('€'))
            {
                text = text[1..].TrimStart();
            }

            if (text.EndsWith(",-"))
            {
                text = text[..^2];
            }
        }

        return text;
    }

    /// <summary>"1200", or "1.200" and "12.345.678": one to three digits, then groups of a dot and three digits.</summary>
    private static bool AreThousandsGroups(ReadOnlySpan<char> whole)
    {
        var firstDot = whole.IndexOf('.');
        if (firstDot < 0)
        {
            return true;
        }

        if (firstDot is 0 or > 3 || (whole.Length - firstDot) % 4 != 0)
        {
            return false;
        }

        for (var i = firstDot; i < whole.Length; i += 4)
        {
            if (whole[i] != '.' || whole.Slice(i + 1, 3).Contains('.'))
            {
                return false;
            }
        }

        return true;
    }
}
