using System.Buffers;
using System.Text.Unicode;

namespace Zorginkoop.Dsl.Runtime.Facts;

/// <summary>
/// Facts are UTF-8, always: a single facts file and every record of a batch are checked by this one rule, because a
/// lenient read turns a Latin-1 "ö" into "�" inside a fact without a word.
/// </summary>
public static class FactEncoding
{
    /// <summary>The 0-based position of the first byte that is not part of valid UTF-8, or -1 when all of it is.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return status == OperationStatus.Done ? -1 : offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    /// <summary>The ZI8001 error for bytes that are not UTF-8; <paramref name="unit"/> is "dit bestand" or "dit record".</summary>
    /// <remarks>
    /// The bytes are refused, not guessed at: a Windows-1252 reading of bytes that are something else (Latin-9, Mac
    /// Roman, half a UTF-8 file) would put wrong letters in facts without a word. When the byte is a letter in
    /// Windows-1252, the encoding of Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)", the message names
    /// that letter, so the author sees at once which file and which save option it was.
    /// </remarks>
    public static FactError NotUtf8(string label, string unit, ReadOnlySpan<byte> bytes, int offset) =>
        new(FactErrorCodes.InvalidJson, label, string.Empty,
            $"Dit is geen geldige UTF-8: byte {offset + 1} van {unit} (0x{bytes[offset]:X2}) hoort niet bij een UTF-8-teken."
            + (Windows1252(bytes[offset]) is { } letter
                ? $" Het bestand lijkt Windows-1252, zoals Excel 'CSV (gescheiden door lijstscheidingsteken)' opslaat; daarin is 0x{bytes[offset]:X2} '{letter}'."
                : string.Empty)
            + " Sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8 (door komma's gescheiden)').");

    /// <summary>The character a byte of 0x80 and up stands for in Windows-1252, or null when it stands for none there.</summary>
    public static char? Windows1252(byte value) => value switch
    {
        >= 0xA0 => (char)value,
        >= 0x80 => "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ"[value - 0x80] is var c && c != '\0' ? c : null,
        _ => null,
    };

    /// <summary>Decodes strictly; null with the error when the bytes are not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string label, string unit, out FactError? error)
    {
        var invalid = FirstInvalidByte(bytes);
        if (invalid >= 0)
        {
            error = NotUtf8(label, unit, bytes, invalid);
            return null;
        }

        error = null;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
