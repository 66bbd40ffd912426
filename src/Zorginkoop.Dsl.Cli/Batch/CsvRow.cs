namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Splits one CSV row (RFC 4180: cells between delimiters, double quotes around cells that hold delimiters,
/// quotes or line breaks, a quote inside written twice) into its cells, unquoted into a scratch buffer.
/// </summary>
internal sealed class CsvRow
{
    private readonly List<(int Start, int Length)> cells = [];
    private byte[] scratch = new byte[4096];

    public int Count => cells.Count;

    public ReadOnlySpan<byte> this[int index] => scratch.AsSpan(cells[index].Start, cells[index].Length);

    /// <summary>The delimiter a header row uses: a semicolon (Dutch spreadsheets) when it has more of those than commas.</summary>
    public static byte DetectDelimiter(ReadOnlySpan<byte> header) =>
        header.Count((byte)';') > header.Count((byte)',') ? (byte)';' : (byte)',';

    /// <summary>False when the quotes are not well formed (text after a closing quote, or a quote never closed).</summary>
    public bool TryParse(ReadOnlySpan<byte> row, byte delimiter)
    {
        cells.Clear();
        if (scratch.Length < row.Length)
        {
            scratch = new byte[Math.Max(row.Length, scratch.Length * 2)];
        }

        var written = 0;
        var position = 0;
        while (true)
        {
            var start = written;
            if (position < row.Length && row[position] == (byte)'"')
            {
                position++;
                while (true)
                {
                    var quote = row[position..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return false;
                    }

                    row.Slice(position, quote).CopyTo(scratch.AsSpan(written));
                    written += quote;
                    position += quote + 1;
                    if (position < row.Length && row[position] == (byte)'"')
                    {
                        scratch[written++] = (byte)'"';
                        position++;
                        continue;
                    }

                    break;
                }

                cells.Add((start, written - start));
                if (position == row.Length)
                {
                    return true;
                }

                if (row[position] != delimiter)
                {
                    return false;
                }

                position++;
                continue;
            }

            var end = row[position..].IndexOf(delimiter);
            var length = end < 0 ? row.Length - position : end;
            var cell = row.Slice(position, length);
            if (cell.Contains((byte)'"'))
            {
                return false;
            }

            cell.CopyTo(scratch.AsSpan(written));
            written += length;
            cells.Add((start, length));
            if (end < 0)
            {
                return true;
            }

            position += length + 1;
        }
    }
}
