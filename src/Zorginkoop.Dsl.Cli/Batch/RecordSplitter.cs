namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Cuts an input stream into records, a chunk at a time, without ever holding more than a chunk (plus one
/// unfinished record) in memory: a record is a line (JSONL) or a row whose line breaks inside a quoted cell do
/// not count (CSV, RFC 4180: a double quote opens a quoted cell only at the start of a cell, "" inside it is a
/// quote, and a quote anywhere else is text, which <see cref="CsvRow"/> then reports for that row alone; were every
/// quote to toggle, one stray quote would swallow the rows after it). Blank lines are not records, but are counted, so every record knows the line it starts on.
/// A record longer than <see cref="MaxRecordBytes"/> is skipped to its end without being held, and handed out as
/// too long, so that one file without line breaks cannot exhaust memory.
/// </summary>
internal sealed class RecordSplitter
{
    /// <summary>Far above one provider's facts (a few kB); what a record may be before it is skipped as too long.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream stream;
    private readonly bool quoted;
    private readonly int maxRecordBytes;
    private long skippedBytes;
    private byte[] carry = new byte[16 * 1024];
    private int carryLength;
    private long nextLine = 1;
    private long nextRecord = 1;
    private bool started;
    private bool endOfInput;

    /// <summary>The CSV delimiter, taken from the header row by the rule <see cref="CsvLayout"/> uses; 0 until then, when either may start a cell.</summary>
    private byte delimiter;

    public RecordSplitter(Stream stream, bool quoted, int maxRecordBytes = MaxRecordBytes)
    {
        this.stream = stream;
        this.quoted = quoted;
        this.maxRecordBytes = maxRecordBytes;
    }

    /// <summary>Records handed out so far.</summary>
    public long Records => nextRecord - 1;

    /// <summary>After a CSV header: the next row is record 1 (its line number still counts the header).</summary>
    public void RestartNumbering() => nextRecord = 1;

    /// <summary>
    /// Fills <paramref name="chunk"/> (after <see cref="RecordChunk.Reset"/>) with up to <paramref name="maxRecords"/>
    /// records or about <paramref name="targetBytes"/> bytes. False when the input is exhausted.
    /// </summary>
    public bool Fill(RecordChunk chunk, int maxRecords, int targetBytes)
    {
        if (endOfInput && carryLength == 0)
        {
            return false;
        }

        chunk.FirstRecord = nextRecord;
        var buffer = chunk.Input;
        if (buffer.Length < Math.Max(targetBytes + 64 * 1024, carryLength * 2))
        {
            buffer = chunk.Input = new byte[Math.Max(targetBytes + 64 * 1024, carryLength * 2)];
        }

        carry.AsSpan(0, carryLength).CopyTo(buffer);
        var filled = carryLength;
        carryLength = 0;
        var rowStart = 0;
        var scan = 0;
        var quotes = QuoteState.RowStart;
        var newlinesInRow = 0;
        long bom = 0;
        while (true)
        {
            while (scan < filled)
            {
                var rest = buffer.AsSpan(scan, filled - scan);
                var found = quoted ? rest.IndexOfAny((byte)'\n', (byte)'"') : rest.IndexOf((byte)'\n');
                if (found < 0)
                {
                    scan = filled;
                    break;
                }

                var position = scan + found;
                scan = position + 1;
                if (buffer[position] == (byte)'"')
                {
                    quotes.Quote(position, position == rowStart || IsDelimiter(buffer[position - 1]));
                    continue;
                }

                if (quotes.InQuotes)
                {
                    newlinesInRow++;
                    continue;
                }

                AddRow(chunk, buffer, rowStart, position, newlinesInRow);
                newlinesInRow = 0;
                quotes = QuoteState.RowStart;
                rowStart = scan;
                if (chunk.Count >= maxRecords || rowStart >= targetBytes)
                {
                    return Stop(chunk, buffer, rowStart, filled, bom);
                }
            }

            if (endOfInput)
            {
                if (rowStart < filled)
                {
                    // The last record need not end with a line break.
                    AddRow(chunk, buffer, rowStart, filled, newlinesInRow);
                }

                chunk.ConsumedBytes = filled + bom + TakeSkipped();
                return chunk.Count > 0 || filled > 0;
            }

            if (filled == buffer.Length)
            {
                if (rowStart > 0)
                {
                    return Stop(chunk, buffer, rowStart, filled, bom);
                }

                if (buffer.Length >= maxRecordBytes)
                {
                    // Nothing in this chunk yet (rowStart is 0), so the buffer may be reused while skipping.
                    SkipRestOfRecord(buffer, ref filled, ref quotes, ref newlinesInRow);
                    AddTooLongRow(chunk, newlinesInRow);
                    (newlinesInRow, quotes, scan, rowStart) = (0, QuoteState.RowStart, 0, 0);
                    if (chunk.Count >= maxRecords)
                    {
                        return Stop(chunk, buffer, 0, filled, bom);
                    }

                    continue;
                }

                // One record longer than the buffer: grow, since a record has to be whole to be read.
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxRecordBytes));
                chunk.Input = buffer;
            }

            // Reading little past the target keeps the tail that moves to the next chunk short.
            var wanted = Math.Min(buffer.Length - filled, Math.Max(targetBytes - filled, 0) + 64 * 1024);
            var read = stream.Read(buffer, filled, wanted);
            if (read == 0)
            {
                endOfInput = true;
                continue;
            }

            if (!started)
            {
                started = true;
                if (read >= Bom.Length && buffer.AsSpan(filled, Bom.Length).SequenceEqual(Bom))
                {
                    buffer.AsSpan(filled + Bom.Length, read - Bom.Length).CopyTo(buffer.AsSpan(filled));
                    read -= Bom.Length;
                    bom = Bom.Length;
                }
            }

            filled += read;
        }
    }

    private bool Stop(RecordChunk chunk, byte[] buffer, int rowStart, int filled, long bom)
    {
        carryLength = filled - rowStart;
        if (carry.Length < carryLength)
        {
            carry = new byte[Math.Max(carryLength, carry.Length * 2)];
        }

        buffer.AsSpan(rowStart, carryLength).CopyTo(carry);
        chunk.ConsumedBytes = rowStart + bom + TakeSkipped();
        return true;
    }

    private long TakeSkipped()
    {
        var skipped = skippedBytes;
        skippedBytes = 0;
        return skipped;
    }

    /// <summary>
    /// Drops the too-long record that fills <paramref name="buffer"/>, reading on to its end (a line break outside
    /// quotes, or the end of the input); what the input holds after it is left at the start of the buffer.
    /// </summary>
    private void SkipRestOfRecord(byte[] buffer, ref int filled, ref QuoteState quotes, ref int newlinesInRow)
    {
        skippedBytes += filled;
        var previous = buffer[filled - 1];
        quotes.Shift(filled);
        filled = 0;
        while (true)
        {
            var read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                endOfInput = true;
                return;
            }

            var scan = 0;
            while (scan < read)
            {
                var rest = buffer.AsSpan(scan, read - scan);
                var found = quoted ? rest.IndexOfAny((byte)'\n', (byte)'"') : rest.IndexOf((byte)'\n');
                if (found < 0)
                {
                    break;
                }

                var position = scan + found;
                scan = position + 1;
                if (buffer[position] == (byte)'"')
                {
                    quotes.Quote(position, IsDelimiter(position == 0 ? previous : buffer[position - 1]));
                }
                else if (quotes.InQuotes)
                {
                    newlinesInRow++;
                }
                else
                {
                    buffer.AsSpan(scan, read - scan).CopyTo(buffer);
                    filled = read - scan;
                    skippedBytes += scan;
                    return;
                }
            }

            skippedBytes += read;
            previous = buffer[read - 1];
            quotes.Shift(read);
        }
    }

    private bool IsDelimiter(byte b) => delimiter == 0 ? b is (byte)',' or (byte)';' : b == delimiter;

    private void AddTooLongRow(RecordChunk chunk, int newlinesInRow)
    {
        chunk.AddTooLong(nextLine);
        nextLine += 1 + newlinesInRow;
        nextRecord++;
    }

    private void AddRow(RecordChunk chunk, byte[] buffer, int start, int end, int newlinesInRow)
    {
        var line = nextLine;
        nextLine += 1 + newlinesInRow;
        if (end > start && buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        var row = buffer.AsSpan(start, end - start);
        if (row.IsEmpty || row.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0)
        {
            return;
        }

        // The same limit as for one that did not fit the buffer, so whether a record is too long never depends on
        // how the input happened to fall into chunks.
        if (row.Length > maxRecordBytes)
        {
            chunk.AddTooLong(line);
        }
        else
        {
            chunk.Add(start, end - start, line);
            if (quoted && delimiter == 0)
            {
                // The first row is the header: from here on only its delimiter starts a cell.
                delimiter = CsvRow.DetectDelimiter(row);
            }
        }

        nextRecord++;
    }

    /// <summary>Where a CSV row stands with its quotes, as far as finding its end needs.</summary>
    private struct QuoteState
    {
        public static readonly QuoteState RowStart = new() { InQuotes = false, lastClose = NoClose };

        private const int NoClose = -2;

        /// <summary>Position of the quote that last closed a quoted cell: a quote right after it is the second half of "".</summary>
        private int lastClose;

        public bool InQuotes { get; private set; }

        public void Quote(int position, bool atCellStart)
        {
            if (InQuotes)
            {
                InQuotes = false;
                lastClose = position;
            }
            else if (atCellStart || position == lastClose + 1)
            {
                InQuotes = true;
            }
        }

        /// <summary>The buffer was emptied of <paramref name="bytes"/> bytes: positions now count from what comes after them.</summary>
        public void Shift(int bytes) => lastClose = Math.Max(lastClose - bytes, NoClose);
    }
}
