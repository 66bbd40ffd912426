using System.Text;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>
/// Issue 17.5: files as Dutch Excel writes and reads them. Windows-1252 ("CSV (gescheiden door
/// lijstscheidingsteken)") is refused, naming the letter the byte is in that encoding, never silently turned into
/// U+FFFD; d-m-jjjj dates are read; a CSV file written for Excel starts with a byte order mark.
/// </summary>
public class DutchExcelTests
{
    private static readonly byte[] Windows1252Csv =
        [.. "soort;naam;fteHuisarts;ingeschrevenPatienten;vecozo\r\nHuisartsenpraktijk;Praktijk Ko"u8, 0xEB, .. "rts;1,5;3.000;ja\r\nHuisartsenpraktijk;De Linde;1,5;3.000;ja\r\n"u8];

    [Fact]
    public void AWindows1252CsvRowIsAnErrorRecordThatNamesTheLetterAndTheExcelOption()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.WriteBytes("feiten.csv", Windows1252Csv);

        var (exitCode, output, error) = Cli.Run("evaluate", policy, "--facts", facts, "--format", "jsonl");

        Assert.Equal(ExitCodes.Failure, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal("ZI8001", records[0].GetProperty("errors")[0].GetProperty("code").GetString());
        var message = records[0].GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("(0xEB)", message);
        Assert.Contains("lijkt Windows-1252", message);
        Assert.Contains("daarin is 0xEB 'ë'", message);
        Assert.Contains("CSV UTF-8", message);
        Assert.DoesNotContain("\uFFFD", output + error);
        // The next row, which is plain ASCII, is evaluated as usual.
        Assert.Equal("satisfied", BatchCli.Outcome(records[1], "Huisarts"));
    }

    [Fact]
    public void AWindows1252JsonlRecordAndASingleFileAreRefusedAlike()
    {
        byte[] euro = [.. "{\"naam\":\"Praktijk "u8, 0x80, .. " 5\",\"soort\":\"RHO\"}"u8];
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var batch = Cli.Run("evaluate", policy, "--facts", folder.WriteBytes("feiten.jsonl", [.. euro, (byte)'\n']));
        var single = Cli.Run("evaluate", policy, "--facts", folder.WriteBytes("feiten.json", euro));

        Assert.Contains("daarin is 0x80 '€'", BatchCli.Records(batch.Output)[0].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(ExitCodes.Failure, single.ExitCode);
        Assert.Contains("error ZI8001", single.Error);
        Assert.Contains("daarin is 0x80 '€'", single.Error);
    }

    [Fact]
    public void AByteThatIsNoLetterInWindows1252GetsNoGuess()
    {
        var error = FactEncoding.NotUtf8("x", "dit record", [0x81], 0);

        Assert.DoesNotContain("Windows-1252", error.Message);
        Assert.Contains("CSV UTF-8", error.Message);
    }

    [Theory]
    [InlineData("10-3-2026", 2026, 3, 10)]
    [InlineData("01-04-2026", 2026, 4, 1)]
    [InlineData("2026-03-10", 2026, 3, 10)]
    public void DatesAreReadAsIsoOrAsDayMonthYear(string text, int year, int month, int day)
    {
        var schema = new RecordSchema("A");
        schema.WithFields([new FieldSchema("start", TypeSchema.Date, false), new FieldSchema("moment", TypeSchema.DateTime, false)]);
        var json = $$"""{"start":"{{text}}","moment":"{{text}} 17:05"}""".Replace("2026-03-10 17:05", "2026-03-10T17:05");

        var (facts, errors) = FactReader.Parse(json, schema, "x");

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(year, month, day), facts!["start"]);
        Assert.Equal(new DateTime(year, month, day, 17, 5, 0), facts["moment"]);
        // The batch reader takes the same dates to the same values.
        Assert.True(new Utf8FactReader(schema).TryRead(Encoding.UTF8.GetBytes(json), out var fast));
        Assert.Equal(facts["start"], fast!["start"]);
        Assert.Equal(facts["moment"], fast["moment"]);
    }

    [Theory]
    [InlineData("31-2-2026")]
    [InlineData("3/10/2026")]
    [InlineData("10-3-26")]
    public void OtherDatesAreRefusedNamingBothForms(string text)
    {
        var schema = new RecordSchema("A");
        schema.WithFields([new FieldSchema("start", TypeSchema.Date, false)]);

        var (_, errors) = FactReader.Parse($$"""{"start":"{{text}}"}""", schema, "x");

        var error = Assert.Single(errors);
        Assert.Equal("ZI8005", error.Code);
        Assert.Contains("JJJJ-MM-DD of D-M-JJJJ", error.Message);
        Assert.False(new Utf8FactReader(schema).TryRead(Encoding.UTF8.GetBytes($$"""{"start":"{{text}}"}"""), out _));
    }

    [Fact]
    public void CsvWrittenToAFileStartsWithAByteOrderMarkAndStandardOutputGetsNone()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.csv", "soort;fteHuisarts;ingeschrevenPatienten;vecozo\nHuisartsenpraktijk;1,5;3.000;ja\n");
        var written = Path.Combine(folder.Path, "uitkomsten.csv");

        var toFile = Cli.Run("evaluate", policy, "--facts", facts, "--output", written);
        var toStdout = Cli.Run("evaluate", policy, "--facts", facts);

        Assert.True(toFile.ExitCode == 0, toFile.Error);
        var bytes = File.ReadAllBytes(written);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("record;line;Huisarts;Rho;errors\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.StartsWith("record;line;", toStdout.Output);
    }
}
