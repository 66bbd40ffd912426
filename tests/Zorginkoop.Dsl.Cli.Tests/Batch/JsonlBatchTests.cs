using System.Text;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

public class JsonlBatchTests
{
    [Fact]
    public void HundredThousandRecordsWithOneBadRecordGiveOneOutputEachInInputOrder()
    {
        const int count = 100_000;
        const int bad = 50_001;
        var facts = new StringBuilder();
        for (var record = 1; record <= count; record++)
        {
            // Patients vary with the record number, so each output can be matched to its input.
            facts.Append(record == bad ? """{"soort":"Huisartsenpraktijk","fteHuisarts":"veel"}""" : BatchPolicy.Practice(patients: record % 9000)).Append('\n');
        }

        var (exitCode, output, error) = BatchCli.Evaluate("feiten.jsonl", facts.ToString(), "--workers", "4");

        Assert.Equal(ExitCodes.Failure, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal(count, records.Count);
        for (var i = 0; i < count; i++)
        {
            var record = i + 1;
            Assert.Equal(record, records[i].GetProperty("record").GetInt64());
            Assert.Equal(record, records[i].GetProperty("line").GetInt64());
            if (record == bad)
            {
                continue;
            }

            // 1,5 fte carries 4.500 patients.
            Assert.Equal(record % 9000 <= 4500 ? "satisfied" : "notSatisfied", BatchCli.Outcome(records[i], "Huisarts"));
            Assert.Equal("notApplicable", BatchCli.Outcome(records[i], "Rho"));
        }

        var failed = records[bad - 1].GetProperty("errors")[0];
        Assert.Equal("ZI8003", failed.GetProperty("code").GetString());
        Assert.Equal("fteHuisarts", failed.GetProperty("field").GetString());
        Assert.False(records[bad - 1].TryGetProperty("outcomes", out _));
        Assert.Contains($"record {bad} (regel {bad}), veld 'fteHuisarts': error ZI8003", error);
        Assert.Contains("100.000 records geëvalueerd (1 met fouten)", error);
    }

    /// <summary>A file without line breaks must not fill memory: the over-long record is an error record, the rest go on.</summary>
    [Fact]
    public void ARecordOverSixteenMegabytesIsAnErrorRecordAndTheOthersAreEvaluated()
    {
        var tooLong = "{\"naam\":\"" + new string('x', 17 * 1024 * 1024) + "\"}";
        var facts = BatchPolicy.Practice(3000) + "\n" + tooLong + "\n" + BatchPolicy.Practice(9000) + "\n";

        var (exitCode, output, error) = BatchCli.Evaluate("feiten.jsonl", facts);

        Assert.Equal(ExitCodes.Failure, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.GetProperty("record").GetInt64()));
        Assert.Equal("satisfied", BatchCli.Outcome(records[0], "Huisarts"));
        Assert.Equal("ZI8010", records[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("notSatisfied", BatchCli.Outcome(records[2], "Huisarts"));
        Assert.Contains("record 2 (regel 2): error ZI8010: Dit record is langer dan 16 MB", error);
    }

    [Fact]
    public void BlankLinesAreNotRecordsButLinesAreStillCounted()
    {
        var facts = "\uFEFF" + BatchPolicy.Practice(3000) + "\r\n\r\n   \r\n" + BatchPolicy.Rho + "\r\n" + BatchPolicy.Practice(9000);

        var (exitCode, output, _) = BatchCli.Evaluate("feiten.jsonl", facts);

        Assert.Equal(ExitCodes.Success, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.GetProperty("record").GetInt64()));
        Assert.Equal([1L, 4L, 5L], records.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal(["satisfied", "notApplicable", "notSatisfied"], records.Select(r => BatchCli.Outcome(r, "Huisarts")));
        Assert.Equal("satisfied", BatchCli.Outcome(records[1], "Rho"));
    }

    [Fact]
    public void EmptyInputGivesNoRecordsAndSucceeds()
    {
        var (exitCode, output, error) = BatchCli.Evaluate("leeg.jsonl", string.Empty);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("0 records geëvalueerd", error);
    }

    [Theory]
    [InlineData("""{ "fteHuisarts": 1,2 }""", "ZI8001", "")]
    [InlineData("""{ "fteHuisart": 1.2 }""", "ZI8002", "fteHuisart")]
    [InlineData("""{ "soort": "Huisartspraktijk" }""", "ZI8004", "soort")]
    [InlineData("""{ "start": "2026-02-30" }""", "ZI8005", "start")]
    [InlineData("""{ "ingeschrevenPatienten": 1e30 }""", "ZI8006", "ingeschrevenPatienten")]
    [InlineData("""[ 1, 2 ]""", "ZI8007", "")]
    [InlineData("""{ "ketens": [ { "zorgketen": "DMII", "kaderarts": "ja" } ] }""", "ZI8003", "ketens[0].kaderarts")]
    public void EveryKindOfBadRecordBecomesAnErrorRecordAndTheRestGoOn(string badRecord, string code, string field)
    {
        var facts = string.Join('\n', BatchPolicy.Practice(1000), badRecord, BatchPolicy.Rho);

        var (exitCode, output, error) = BatchCli.Evaluate("feiten.jsonl", facts);

        Assert.Equal(ExitCodes.Failure, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal(3, records.Count);
        Assert.Equal("satisfied", BatchCli.Outcome(records[0], "Huisarts"));
        var problem = records[1].GetProperty("errors")[0];
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal("satisfied", BatchCli.Outcome(records[2], "Rho"));
        Assert.Contains($"record 2 (regel 2)", error);
        Assert.Contains(code, error);
    }

    [Fact]
    public void SetSelectsAndOrdersTheOutcomes()
    {
        var (_, output, _) = BatchCli.Evaluate("feiten.jsonl", BatchPolicy.Rho, "--set", "Rho", "--set", "Huisarts");

        var outcomes = BatchCli.Records(output).Single().GetProperty("outcomes");
        Assert.Equal(["Rho", "Huisarts"], outcomes.EnumerateObject().Select(p => p.Name));
        Assert.Equal("satisfied", outcomes.GetProperty("Rho").GetString());
    }

    [Fact]
    public void ExplainAddsEvidenceAndMissingFacts()
    {
        var facts = BatchPolicy.Practice(9000) + "\n" + """{"soort":"Huisartsenpraktijk","fteHuisarts":2.0,"vecozo":true}""";

        var (exitCode, output, _) = BatchCli.Evaluate("feiten.jsonl", facts, "--explain", "--set", "Huisarts");

        Assert.Equal(ExitCodes.Success, exitCode);
        var records = BatchCli.Records(output);
        var failing = records[0].GetProperty("explanations").GetProperty("Huisarts").GetProperty("requirements")[0];
        Assert.Equal("Huisarts.bezetting", failing.GetProperty("path").GetString());
        Assert.Equal("notSatisfied", failing.GetProperty("outcome").GetString());
        Assert.Equal("fteHuisarts 1,5 < normFte 3,0", failing.GetProperty("evidence")[0].GetString());
        var unknown = records[1].GetProperty("explanations").GetProperty("Huisarts");
        Assert.Equal("unknown", BatchCli.Outcome(records[1], "Huisarts"));
        Assert.Equal("ingeschrevenPatienten", unknown.GetProperty("missingFacts")[0].GetString());
    }

    [Fact]
    public void CompiledAndInterpretedBatchesAgreeRecordForRecord()
    {
        var random = new Random(7);
        var facts = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            facts.Append(random.Next(4) switch
            {
                0 => BatchPolicy.Practice(random.Next(10_000), random.Next(4) / 2m),
                1 => BatchPolicy.Rho.Replace("120000", random.Next(200_000).ToString()).Replace(":85", ":" + random.Next(100)),
                2 => BatchPolicy.Rho.Replace("\"kaderarts\":true", random.Next(2) == 0 ? "\"kaderarts\":false" : "\"kaderarts\":null"),
                _ => """{"soort":"RHO","mandaat":"85%","omzet":"€ 250.000","ketens":[]}""",
            }).Append('\n');
        }

        var (compiledExit, compiled, _) = BatchCli.Evaluate("feiten.jsonl", facts.ToString());
        var (interpretedExit, interpreted, _) = BatchCli.Evaluate("feiten.jsonl", facts.ToString(), "--engine", "interpreter");

        Assert.Equal(ExitCodes.Success, compiledExit);
        Assert.Equal(compiledExit, interpretedExit);
        Assert.Equal(2000, BatchCli.Records(compiled).Count);
        Assert.Contains("\"unknown\"", compiled);
        Assert.Contains("\"notSatisfied\"", compiled);
        Assert.Equal(interpreted, compiled);
    }

    [Fact]
    public void OutputFileIsWrittenWholeAndNoTemporaryFileRemains()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        var facts = folder.Write("feiten.jsonl", BatchPolicy.Practice(10) + "\n" + BatchPolicy.Rho + "\n");
        var target = folder.Write("uit/uitkomsten.jsonl", "oude inhoud\n");

        var (exitCode, output, error) = Cli.Run("evaluate", policy, "--facts", facts, "--output", target);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal(string.Empty, output);
        Assert.Equal(2, BatchCli.Records(File.ReadAllText(target)).Count);
        Assert.Equal(["uitkomsten.jsonl"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void TextFormatIsRefusedForABatchAndBatchOptionsForASingleFile()
    {
        var (batchExit, _, batchError) = BatchCli.Evaluate("feiten.jsonl", BatchPolicy.Rho, "--format", "text");
        var (singleExit, _, singleError) = BatchCli.Evaluate("feiten.json", BatchPolicy.Rho, "--explain");

        Assert.Equal(ExitCodes.Usage, batchExit);
        Assert.Contains("kies jsonl of csv", batchError);
        Assert.Equal(ExitCodes.Usage, singleExit);
        Assert.Contains("zorginkoop: error ZI9402: --output en --explain zijn er voor een batch", singleError);
    }

    [Fact]
    public void FormatJsonlMakesABatchOfAnyFacts()
    {
        var (exitCode, output, _) = BatchCli.Evaluate("feiten.txt", BatchPolicy.Rho + "\n" + BatchPolicy.Practice(1), "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(2, BatchCli.Records(output).Count);
    }

    [Fact]
    public void MissingFactsFileIsReportedWithItsCode()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);

        var (exitCode, _, error) = Cli.Run("evaluate", policy, "--facts", Path.Combine(folder.Path, "bestaat-niet.jsonl"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("ZI9001", error);
    }

    [Fact]
    public void FactErrorCodesAreTheCataloguedOnes()
    {
        var runtime = typeof(FactErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToList();
        var catalogue = DiagnosticCatalog.All.Where(d => d.Code.StartsWith("ZI8", StringComparison.Ordinal)).Select(d => d.Code).Order().ToList();

        Assert.Equal(catalogue, runtime);
    }
}
