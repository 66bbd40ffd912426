using System.Text;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>
/// Issue 17.5: 0,42 in a percentage column is what Dutch Excel stores for 42%, or it is really 0,42%. It is read as
/// written and warned about (ZI8014) with the record and the field, in CSV, JSONL and a single JSON file alike; the
/// evaluation goes on. A value with its % sign, 0, or a whole number is clear and gets no warning.
/// </summary>
public class PercentageFractionTests
{
    private const string RhoWithout = """{"soort":"RHO","ingeschrevenPatienten":120000,"omzet":300000,"ketens":[],"kis":{"inzage":true,"signalering":true}""";

    [Fact]
    public void AFractionInACsvPercentageColumnIsWarnedAboutWithRecordAndField()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        folder.Write("aanbieders.csv", "soort;ingeschrevenPatienten;mandaat\nRHO;120.000;85\nRHO;120.000;0,42\n");

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", "aanbieders.csv", "--format", "jsonl");

        Assert.True(exitCode == 0, error);
        Assert.Contains("aanbieders.csv, record 2 (regel 3), veld 'mandaat': warning ZI8014: \"0,42\" is gelezen als 0,42%, maar lijkt een breuk (42%)", error);
        Assert.Contains("Bedoelt u 42%, schrijf dan 42; bedoelt u echt 0,42%, schrijf dan \"0,42%\".", error);
        Assert.DoesNotContain("record 1 (regel 2)", error);
        // Read as written: 0,42% is below the 80% the policy asks, and the record is evaluated, not refused.
        var records = BatchCli.Records(output);
        Assert.Equal(2, records.Count);
        Assert.Equal("notSatisfied", BatchCli.Outcome(records[1], "Rho"));
        Assert.False(records[1].TryGetProperty("errors", out _));
    }

    [Fact]
    public void AFractionInJsonlAndInASingleJsonFileIsWarnedAboutToo()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source);
        folder.Write("batch.jsonl", RhoWithout + ",\"mandaat\":0.42}\n");
        folder.Write("een.json", RhoWithout + ",\"mandaat\":\"0,5\"}");

        var batch = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", "batch.jsonl");
        var single = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", "een.json");

        Assert.True(batch.ExitCode == 0, batch.Error);
        Assert.Contains("batch.jsonl, record 1 (regel 1), veld 'mandaat': warning ZI8014: 0.42 is gelezen als 0,42%", batch.Error);
        Assert.True(single.ExitCode == 0, single.Error);
        Assert.Contains("een.json, veld 'mandaat': warning ZI8014: \"0,5\" is gelezen als 0,5%, maar lijkt een breuk (50%)", single.Error);
        Assert.Contains("Rho", single.Output);
    }

    [Theory]
    [InlineData("\"0,42%\"")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("85")]
    [InlineData("\"85%\"")]
    public void AClearPercentageGetsNoWarning(string value)
    {
        var (facts, errors) = FactReader.Parse(RhoWithout + ",\"mandaat\":" + value + "}", Schema(), "feiten.json");

        Assert.Empty(errors);
        Assert.Empty(facts!.Warnings);
        Assert.True(new Utf8FactReader(Schema()).TryRead(Encoding.UTF8.GetBytes(RhoWithout + ",\"mandaat\":" + value + "}"), out _));
    }

    [Theory]
    [InlineData("0.42")]
    [InlineData("\"0,42\"")]
    [InlineData("-0.5")]
    public void TheFastReaderLeavesAFractionToTheReaderThatWarns(string value)
    {
        var json = RhoWithout + ",\"mandaat\":" + value + "}";

        Assert.False(new Utf8FactReader(Schema()).TryRead(Encoding.UTF8.GetBytes(json), out _));
        var (facts, errors) = FactReader.Parse(json, Schema(), "feiten.json");
        Assert.Empty(errors);
        Assert.Equal(FactErrorCodes.FractionAsPercentage, Assert.Single(facts!.Warnings).Code);
        Assert.True(facts.Warnings[0].IsWarning);
    }

    private static RecordSchema Schema()
    {
        using var folder = new TemporaryFolder();
        return Hosting.EvaluationSession.Open(folder.Write("beleid.zip", BatchPolicy.Source), Hosting.Engine.Interpreter).Subject!;
    }
}
