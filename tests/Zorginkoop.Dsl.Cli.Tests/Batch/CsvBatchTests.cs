using Zorginkoop.Dsl.Cli.Output;

namespace Zorginkoop.Dsl.Cli.Tests.Batch;

public class CsvBatchTests
{
    private const string Header = "soort,naam,fteHuisarts,ingeschrevenPatienten,mandaat,omzet,vecozo,ketens,kis.inzage,kis.signalering";

    [Fact]
    public void CsvInCsvOutOneRowPerRecordAndAColumnPerSet()
    {
        var facts = string.Join("\r\n",
            Header,
            "Huisartsenpraktijk,De Linde,1.5,3000,,,ja,,,",
            "RHO,\"Rivierenland, Tiel\",,120000,85,250000,,\"[{\"\"zorgketen\"\":\"\"DMII\"\",\"\"kaderarts\"\":true}]\",true,true",
            "RHO,Zonder KIS,,120000,85,250000,,[],,",
            "Huisartsenpraktijk,\"Twee\nregels\",0.5,3000,,,nee,,,") + "\r\n";

        var (exitCode, output, error) = BatchCli.Evaluate("feiten.csv", facts);

        Assert.True(exitCode == ExitCodes.Success, error);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("record,line,Huisarts,Rho,errors", rows[0]);
        Assert.Equal("1,2,satisfied,notApplicable,", rows[1]);
        Assert.Equal("2,3,notApplicable,satisfied,", rows[2]);
        // All kis.* cells empty: the record kis is unknown, so the set is too.
        Assert.Equal("3,4,notApplicable,unknown,", rows[3]);
        Assert.Equal("4,5,notSatisfied,notApplicable,", rows[4]);
        Assert.Equal(5, rows.Length);
    }

    [Fact]
    public void DutchSpreadsheetsUseSemicolonsAndDecimalCommas()
    {
        var facts = "soort;fteHuisarts;ingeschrevenPatienten;mandaat;omzet;vecozo\n"
            + "Huisartsenpraktijk;1,5;4.500;;;ja\n"
            + "Huisartsenpraktijk;1.499;4.500;;;ja\n"
            + "RHO;;100.000;80%;€ 250.000,-;\n";

        var (_, output, error) = BatchCli.Evaluate("feiten.csv", facts, "--explain");

        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("record;line;Huisarts;Rho;Huisarts.explanation;Rho.explanation;errors", rows[0]);
        Assert.StartsWith("1;2;satisfied;notApplicable;", rows[1]);
        // "1.499" in a Dutch file is one thousand four hundred and ninety-nine fte: far more than needed.
        Assert.StartsWith("2;3;satisfied;", rows[2]);
        Assert.StartsWith("3;4;notApplicable;unknown;", rows[3]);
        Assert.Contains("Rho.kaderarts: onbekend; ontbreekt: ketens", rows[3]);
        Assert.DoesNotContain("error", error);
    }

    [Fact]
    public void ABadRowBecomesAnErrorRowAndTheRestGoOn()
    {
        var facts = string.Join("\n",
            "soort,fteHuisarts,ingeschrevenPatienten,vecozo",
            "Huisartsenpraktijk,1.5,3000,ja",
            "Huisartsenpraktijk,1.5,3000",
            "Huisartsenpraktijk,veel,3000,ja",
            "Huisartsenpraktijk,1.5,\"30\"00,ja",
            "Huisartsenpraktijk,2,3000,misschien",
            "Huisartsenpraktijk,1.5,3000,ja");

        var (exitCode, output, error) = BatchCli.Evaluate("feiten.csv", facts, "--format", "jsonl");

        Assert.Equal(ExitCodes.Failure, exitCode);
        var records = BatchCli.Records(output);
        Assert.Equal(6, records.Count);
        Assert.Equal("satisfied", BatchCli.Outcome(records[0], "Huisarts"));
        Assert.Equal("ZI8008", records[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("3 cellen, maar de kop heeft 4 kolommen", records[1].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("ZI8003", records[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("fteHuisarts", records[2].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("ZI8008", records[3].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("vecozo", records[4].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("satisfied", BatchCli.Outcome(records[5], "Huisarts"));
        Assert.Contains("record 2 (regel 3): error ZI8008", error);
        Assert.Contains("record 3 (regel 4), veld 'fteHuisarts': error ZI8003", error);
    }

    [Theory]
    [InlineData("soort,fteHuisart", "ZI8002", "Bedoelde u 'fteHuisarts'?")]
    [InlineData("soort,kis.inzag", "ZI8002", "'inzag' is geen veld van Kis")]
    [InlineData("soort,ketens.kaderarts", "ZI8009", "Geef een lijst als JSON in één kolom 'ketens'")]
    [InlineData("soort,soort", "ZI8009", "twee keer")]
    [InlineData("soort,,vecozo", "ZI8009", "Kolom 2 heeft geen naam")]
    [InlineData("soort,kis,kis.inzage", "ZI8009", "overlapt")]
    public void AHeaderThatDoesNotFitThePolicyStopsTheRunBeforeAnyRecord(string header, string code, string fragment)
    {
        var (exitCode, output, error) = BatchCli.Evaluate("feiten.csv", header + "\nRHO,1\n");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(code, error);
        Assert.Contains(fragment, error);
        Assert.Contains("kop (regel 1)", error);
    }

    [Fact]
    public void EmptyCsvGivesOnlyTheHeader()
    {
        var (exitCode, output, _) = BatchCli.Evaluate("leeg.csv", string.Empty);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("record,line,Huisarts,Rho,errors\r\n", output);
    }

    [Fact]
    public void JsonlInCsvOutWithErrorsInTheirColumn()
    {
        var facts = BatchPolicy.Practice(3000) + "\n" + """{"soort":"Huisarts"}""";

        var (_, output, _) = BatchCli.Evaluate("feiten.jsonl", facts, "--format", "csv");

        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1,1,satisfied,notApplicable,", rows[1]);
        Assert.StartsWith("2,2,,,\"ZI8004 soort: \"\"Huisarts\"\" is geen waarde van keuze Soort", rows[2]);
    }
}
