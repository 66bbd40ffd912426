using System.Text;
using System.Text.Json;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>
/// The smallest inputs that lost records or decided wrongly when facts were read (issue 15): a lone surrogate escape
/// that ended a whole batch in ZI9003, a stray quote in a CSV cell that swallowed the rows after it, numbers with a
/// dot read ten to a thousand times too large, a pipe that the progress bar asked for its length, Latin-1 bytes a
/// batch accepted and a single evaluation refused, and a field given twice of which the last silently won. Each is
/// a record-level error (record, field, code) with the other records evaluated, or the same Dutch error for
/// single evaluate and addendum. <see cref="Fuzzing.FactRecordFuzzTests"/> covers the classes.
/// </summary>
public class BadFactRecordsTests
{
    private const string GoodRecord = """{"naam":"De Linde","fte":1.5,"omzet":2000,"mandaat":80,"patienten":1500,"vecozo":true,"locaties":[{"eigen":true}]}""";

    [Theory]
    [InlineData("waarde", """{"naam":"De \ud800 Linde","fte":1.5}""", "naam", @"\ud800")]
    [InlineData("naam", """{"fte\udc00":1.5}""", @"fte\udc00", @"\udc00")]
    [InlineData("lijst", """{"locaties":[{"eigen":true},{"eigen":"\udbff"}]}""", "locaties[1].eigen", @"\udbff")]
    public void ALoneSurrogateEscapeIsAnErrorForItsRecordAndTheOthersAreEvaluated(string where, string bad, string field, string escape)
    {
        var lines = Enumerable.Repeat(GoodRecord, 9).ToList();
        lines.Insert(4, bad);

        var (exitCode, records, error) = FactBatch.Run("feiten.jsonl", string.Join("\n", lines) + "\n");

        Assert.True(exitCode == 1, $"{where}: {error}");
        Assert.Equal(10, records.Count);
        var problem = Assert.Single(FactBatch.Errors(records[4]));
        Assert.Equal(("ZI8011", field), (problem.Code, problem.Field));
        Assert.Contains(escape, problem.Message);
        Assert.All(records.Where((_, i) => i != 4), r => Assert.Equal("satisfied", FactBatch.Outcome(r, "Fte")));
        Assert.Contains("10 records geëvalueerd (1 met fouten)", error);
        FactBatch.AssertNoInternalError(error);
    }

    [Fact]
    public void ALoneSurrogateEscapeInAJsonCellOfACsvFileIsAnErrorForThatRow()
    {
        var csv = "naam,fte,locaties\n"
            + "A,1.5,\"[{\"\"eigen\"\":true}]\"\n"
            + "B,1.5,\"[{\"\"eigen\\ud800\"\":true}]\"\n"
            + "C,1.5,\"[{\"\"eigen\"\":true}]\"\n";

        var (exitCode, records, error) = FactBatch.Run("feiten.csv", csv);

        Assert.Equal(1, exitCode);
        Assert.Equal(3, records.Count);
        var problem = Assert.Single(FactBatch.Errors(records[1]));
        Assert.Equal(("ZI8011", @"locaties[0].eigen\ud800"), (problem.Code, problem.Field));
        Assert.Equal("satisfied", FactBatch.Outcome(records[2], "Locaties"));
        FactBatch.AssertNoInternalError(error);
    }

    [Theory]
    [InlineData("evaluate", """{ "a": true, "start": "\ud800" }""", "start")]
    [InlineData("addendum", """{ "a": true, "start": "\ud800" }""", "start")]
    [InlineData("evaluate", """{ "a": true, "\udfff": 1 }""", @"\udfff")]
    [InlineData("addendum", """{ "a": true, "\udfff": 1 }""", @"\udfff")]
    public void ALoneSurrogateEscapeInASingleFactsFileIsADutchErrorNamingTheField(string command, string facts, string field)
    {
        var (exitCode, stdout, stderr) = SingleFacts.Run(command, facts);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"veld '{field}': error ZI8011: ", stderr);
        Assert.Contains("UTF-16-tekenpaar", stderr);
        FactBatch.AssertNoInternalError(stderr);
    }

    /// <summary>Twenty rows in, twenty records out: before, the stray quote opened a "quoted cell" that took the next fifteen rows with it.</summary>
    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void AStrayQuoteInAnUnquotedCellIsAnErrorForItsRowOnly(char delimiter)
    {
        var rows = Enumerable.Range(1, 20).Select(i => string.Join(delimiter, $"Praktijk {i}", "2", "2000")).ToList();
        rows[4] = string.Join(delimiter, "Praktijk \"De Linde", "2", "2000");
        var csv = string.Join(delimiter, "naam", "fte", "omzet") + "\n" + string.Join("\n", rows) + "\n";

        var (exitCode, records, error) = FactBatch.Run("feiten.csv", csv);

        Assert.Equal(1, exitCode);
        Assert.Equal(20, records.Count);
        Assert.Equal(Enumerable.Range(1, 20), records.Select(r => r.GetProperty("record").GetInt32()));
        Assert.Equal(Enumerable.Range(2, 20), records.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("ZI8008", Assert.Single(FactBatch.Errors(records[4])).Code);
        Assert.All(records.Where((_, i) => i != 4), r => Assert.Equal("satisfied", FactBatch.Outcome(r, "Omzet")));
        Assert.Contains("20 records geëvalueerd (1 met fouten)", error);
    }

    [Fact]
    public void AQuoteThatOpensACellAndIsNeverClosedSaysHowManyLinesItTook()
    {
        var csv = "naam,fte\nA,2\n\"B,2\nC,2\nD,2\n";

        var (exitCode, records, _) = FactBatch.Run("feiten.csv", csv);

        Assert.Equal(1, exitCode);
        Assert.Equal(2, records.Count);
        var problem = Assert.Single(FactBatch.Errors(records[1]));
        Assert.Equal("ZI8008", problem.Code);
        Assert.Contains("Deze rij beslaat 3 regels", problem.Message);
    }

    /// <summary>Numbers as text: a dot separates thousands only between groups of three; any other dot is refused with what to write.</summary>
    [Theory]
    [InlineData("fte", "0.8", "\"0,8\"")]
    [InlineData("omzet", "12.50", "\"12,50\"")]
    [InlineData("omzet", "€ 12.50", "\"€ 12,50\"")]
    [InlineData("mandaat", "5.5%", "\"5,5%\"")]
    [InlineData("fte", "1.2.3", "\"1.234.567\"")]
    [InlineData("fte", "1.23,5", "\"1.234,5\"")]
    public void ANumberWithADotThatIsNoThousandsSeparatorIsRefusedInJsonAndInDutchCsv(string field, string text, string instead)
    {
        foreach (var (name, facts) in new[]
        {
            ("feiten.jsonl", $"{{\"{field}\":{JsonSerializer.Serialize(text)}}}\n"),
            ("feiten.csv", $"naam;{field}\nDe Linde;{text}\n"),
        })
        {
            var (exitCode, records, error) = FactBatch.Run(name, facts);

            Assert.True(exitCode == 1, $"{name}: {error}");
            var problem = Assert.Single(FactBatch.Errors(Assert.Single(records)));
            Assert.Equal(("ZI8012", field), (problem.Code, problem.Field));
            Assert.Contains(instead, problem.Message);
        }
    }

    [Theory]
    [InlineData("fte", "0,8", "Fte", "notSatisfied")]
    [InlineData("fte", "1.000", "Fte", "satisfied")]
    [InlineData("omzet", "€ 999,99", "Omzet", "notSatisfied")]
    [InlineData("omzet", "1.234.567,89", "Omzet", "satisfied")]
    [InlineData("omzet", "€ 1.000,-", "Omzet", "satisfied")]
    [InlineData("mandaat", "5,5%", "Mandaat", "notSatisfied")]
    [InlineData("mandaat", "50 %", "Mandaat", "satisfied")]
    [InlineData("patienten", "1.200", "Patienten", "satisfied")]
    public void DutchNumbersAreReadAsWritten(string field, string text, string set, string outcome)
    {
        foreach (var (name, facts) in new[]
        {
            ("feiten.jsonl", $"{{\"{field}\":{(field == "patienten" ? text.Replace(".", string.Empty) : JsonSerializer.Serialize(text))}}}\n"),
            ("feiten.csv", $"naam;{field}\nDe Linde;{text}\n"),
        })
        {
            var (exitCode, records, error) = FactBatch.Run(name, facts);

            Assert.True(exitCode == 0, $"{name}: {error}");
            Assert.Equal(outcome, FactBatch.Outcome(Assert.Single(records), set));
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("addendum")]
    public void ASingleFactsFileRefusesADotThatIsNoThousandsSeparator(string command)
    {
        var (exitCode, _, stderr) = SingleFacts.Run(command, """{ "a": true, "d": "0.8" }""");

        Assert.Equal(1, exitCode);
        Assert.Contains("veld 'd': error ZI8012: ", stderr);
        Assert.Contains("\"0,8\"", stderr);
    }

    /// <summary>Under a pseudo-terminal the progress bar is drawn; facts from a pipe have no length to show a share of.</summary>
    [Fact]
    public void ABatchInATerminalReadsFactsFromAPipe()
    {
        Assert.True(File.Exists("/usr/bin/script"), "util-linux 'script' is needed to give the command a terminal");
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", FactsPolicy.Text);
        var facts = folder.Write("feiten.jsonl", string.Concat(Enumerable.Repeat(GoodRecord + "\n", 3000)));
        var output = Path.Combine(folder.Path, "uit.jsonl");
        var command = $"cat '{facts}' | dotnet '{ChildProcess.ZorginkoopDll}' evaluate '{policy}' --facts /dev/stdin --format jsonl --output '{output}'";

        var (exitCode, terminal, _) = ChildProcess.Run("script", ["-qec", command, "/dev/null"], folder.Path);

        Assert.True(exitCode == 0, terminal);
        Assert.Contains("3.000 records geëvalueerd (0 met fouten)", terminal);
        FactBatch.AssertNoInternalError(terminal);
        Assert.Equal(3000, File.ReadAllLines(output).Length);
    }

    /// <summary>One rule for a single facts file and for every record of a batch: bytes that are not UTF-8 are refused, with where they are.</summary>
    [Fact]
    public void Latin1BytesAreRefusedInABatchRecordAsInASingleFactsFile()
    {
        var bad = Encoding.Latin1.GetBytes("""{"naam":"Coöperatie","fte":1.5}""");
        var jsonl = Encoding.UTF8.GetBytes(GoodRecord + "\n").Concat(bad).Concat(Encoding.UTF8.GetBytes("\n" + GoodRecord + "\n")).ToArray();
        var csv = Encoding.UTF8.GetBytes("fte;naam\n1,5;A\n").Concat(Encoding.Latin1.GetBytes("1,5;Coöperatie\n")).Concat(Encoding.UTF8.GetBytes("1,5;C\n")).ToArray();

        foreach (var (name, bytes, offset) in new[] { ("feiten.jsonl", jsonl, 12), ("feiten.csv", csv, 7) })
        {
            var (exitCode, records, error) = FactBatch.Run(name, bytes);

            Assert.True(exitCode == 1, $"{name}: {error}");
            Assert.Equal(3, records.Count);
            var problem = Assert.Single(FactBatch.Errors(records[1]));
            Assert.Equal("ZI8001", problem.Code);
            Assert.Contains($"geen geldige UTF-8: byte {offset} van dit record (0xF6)", problem.Message);
            Assert.Equal("satisfied", FactBatch.Outcome(records[2], "Fte"));
        }

        var (singleExit, _, single) = SingleFacts.Run("evaluate", Encoding.Latin1.GetBytes("""{ "a": true, "naam": "Coöperatie" }"""));
        Assert.Equal(1, singleExit);
        Assert.Contains("error ZI8001: Dit is geen geldige UTF-8: byte 25 van dit bestand (0xF6)", single);
    }

    [Fact]
    public void AFieldGivenTwiceIsAnErrorNamingItNotLastOneWins()
    {
        var (exitCode, records, _) = FactBatch.Run("feiten.jsonl", GoodRecord + "\n" + """{"fte":0.5,"naam":"A","fte":1.5}""" + "\n" + """{"locaties":[{"eigen":true,"eigen":false}]}""" + "\n");

        Assert.Equal(1, exitCode);
        Assert.Equal(3, records.Count);
        Assert.Equal(("ZI8013", "fte"), FactBatch.Errors(records[1]).Select(e => (e.Code, e.Field)).Single());
        Assert.Equal(("ZI8013", "locaties[0].eigen"), FactBatch.Errors(records[2]).Select(e => (e.Code, e.Field)).Single());

        foreach (var command in new[] { "evaluate", "addendum" })
        {
            var (singleExit, _, single) = SingleFacts.Run(command, """{ "a": false, "a": true }""");
            Assert.Equal(1, singleExit);
            Assert.Contains("veld 'a': error ZI8013: Het veld 'a' staat meer dan eens", single);
        }
    }

    /// <summary>A folder given as a batch file was reported with the framework's English message inside the Dutch one.</summary>
    [Fact]
    public void AFolderAsBatchFileIsADutchError()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", FactsPolicy.Text);
        var facts = Directory.CreateDirectory(Path.Combine(folder.Path, "feiten.jsonl")).FullName;

        var (exitCode, _, error) = CommandLine.Run("evaluate", policy, "--facts", facts);

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9001: ", error);
        Assert.Contains("dit is een map, geen bestand.", error);
        FactBatch.AssertNoInternalError(error);
    }
}
