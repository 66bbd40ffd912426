using System.Text;
using Zorginkoop.Dsl.Cli.Batch;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>How the batch reader cuts records, and what it does with one too long to hold.</summary>
public class RecordSplitterTests
{
    [Fact]
    public void ARecordLongerThanTheLimitIsSkippedWithoutBeingHeldAndTheRestGoOn()
    {
        var input = "{\"a\":1}\n" + new string('x', 5000) + "\n\n{\"b\":2}\n" + new string('y', 3000);

        var records = Split(input, quoted: false, maxRecordBytes: 1000);

        Assert.Equal([(1L, "{\"a\":1}"), (2L, null), (4L, "{\"b\":2}"), (5L, null)], records);
    }

    [Fact]
    public void InCsvALineBreakInsideQuotesDoesNotEndTheLongRecordAndStillCountsAsALine()
    {
        var input = "soort\n\"" + new string('x', 2000) + "\n" + new string('x', 2000) + "\"\nRHO\n";

        var records = Split(input, quoted: true, maxRecordBytes: 1000);

        Assert.Equal([(1L, "soort"), (2L, null), (4L, "RHO")], records);
    }

    /// <summary>Longer than the reader's buffer: the record is read past, never held, to the line break that ends it.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARecordLongerThanTheBufferIsReadPastToItsEnd(bool quoted)
    {
        // In CSV the first line break is inside quotes and does not end the record; in JSONL it does.
        var input = "\"" + new string('x', 200_000) + "\n" + new string('x', 200_000) + "\"\n{\"b\":2}\n";

        var records = Split(input, quoted, maxRecordBytes: 1000);

        Assert.Equal(quoted ? [(1L, null), (3L, "{\"b\":2}")] : [(1L, null), (2L, null), (3L, "{\"b\":2}")], records);
    }

    [Fact]
    public void BelowTheLimitARecordIsWholeHoweverLong()
    {
        var longRecord = "{\"naam\":\"" + new string('z', 900_000) + "\"}";

        var records = Split("{\"a\":1}\n" + longRecord + "\n", quoted: false, maxRecordBytes: 1_000_000);

        Assert.Equal([(1L, "{\"a\":1}"), (2L, longRecord)], records);
    }

    /// <summary>RFC 4180: a quote opens a quoted cell only at the start of a cell; anywhere else it is text and ends nothing.</summary>
    [Fact]
    public void OnlyAQuoteAtTheStartOfACellOpensAQuotedCell()
    {
        var input = "h1,h2\nDe \"Linde,1\n\"a \"\"b\"\"\nc\",2\n12\" scherm,\"\"\nx,3\n";

        var records = Split(input, quoted: true, maxRecordBytes: 1000);

        Assert.Equal([(1L, "h1,h2"), (2L, "De \"Linde,1"), (3L, "\"a \"\"b\"\"\nc\",2"), (5L, "12\" scherm,\"\""), (6L, "x,3")], records);
    }

    /// <summary>Once the header is read, only its delimiter starts a cell: in a semicolon file a quote after a comma is text.</summary>
    [Fact]
    public void TheHeadersDelimiterDecidesWhereACellStarts()
    {
        var records = Split("a;b\nx,\"y;1\n\"z;\nw\";2\n", quoted: true, maxRecordBytes: 1000);

        Assert.Equal([(1L, "a;b"), (2L, "x,\"y;1"), (3L, "\"z;\nw\";2")], records);
    }

    [Fact]
    public void AStrayQuoteInARecordTooLongToHoldDoesNotSwallowTheRowsAfterIt()
    {
        var input = "h\n" + new string('x', 300_000) + "\"x\nvolgende\n\"" + new string('y', 300_000) + "\"\"\n\"\nlaatste\n";

        var records = Split(input, quoted: true, maxRecordBytes: 1000);

        Assert.Equal([(1L, "h"), (2L, null), (3L, "volgende"), (4L, null), (6L, "laatste")], records);
    }

    /// <summary>Line and text of every record in order; null text for one skipped as too long.</summary>
    private static List<(long Line, string? Text)> Split(string input, bool quoted, int maxRecordBytes)
    {
        var splitter = new RecordSplitter(new MemoryStream(Encoding.UTF8.GetBytes(input)), quoted, maxRecordBytes);
        var chunk = new RecordChunk(1024);
        var records = new List<(long, string?)>();
        while (true)
        {
            chunk.Reset();
            if (!splitter.Fill(chunk, maxRecords: 2, targetBytes: 512))
            {
                return records;
            }

            for (var i = 0; i < chunk.Count; i++)
            {
                records.Add((chunk.Line(i), chunk.IsTooLong(i) ? null : Encoding.UTF8.GetString(chunk.Record(i))));
            }
        }
    }
}
