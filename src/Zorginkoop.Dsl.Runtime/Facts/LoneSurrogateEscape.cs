using System.Globalization;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// JSON may write half of a UTF-16 surrogate pair as an escape (<c>"\ud800"</c>) although it is no character; .NET then
/// refuses to make a string of it. This finds the escape, so that the error can quote exactly what to change.
/// </summary>
internal static class LoneSurrogateEscape
{
    /// <summary>The first <c>\uXXXX</c> in the raw JSON text of a string that is half a pair without its other half, or null.</summary>
    public static string? Find(ReadOnlySpan<char> raw)
    {
        for (var i = 0; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }

            if (!TryEscape(raw, i, out var unit))
            {
                // Another escape (\" or \\): skip its second character, so "\\ud800" is not read as an escape.
                i++;
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryEscape(raw, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 11;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                return raw.Slice(i, 6).ToString();
            }

            i += 5;
        }

        return null;
    }

    private static bool TryEscape(ReadOnlySpan<char> raw, int at, out char unit)
    {
        unit = default;
        if (at + 6 > raw.Length || raw[at] != '\\' || raw[at + 1] != 'u'
            || !ushort.TryParse(raw.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        unit = (char)code;
        return true;
    }
}
