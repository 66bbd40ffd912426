using System.Text.Json;

namespace Zorginkoop.Dsl.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void ThePoliciesCheckCleanly()
    {
        var (exitCode, output, _) = Cli.Run("check", RepositoryPaths.Combine("policies"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 fouten", output);
    }

    [Fact]
    public void ThePoliciesHaveNoWarningThatIsNeitherFixedNorAcknowledged()
    {
        var (exitCode, output, _) = Cli.Run("check", RepositoryPaths.Combine("policies"), "--format", "json");

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("warnings").GetInt32() == 0, output);
        var acknowledged = root.GetProperty("acknowledged").EnumerateArray().ToList();
        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("reason").GetString())));
        // The MSZ 2026 dates are in no source document; the reason says so.
        Assert.Contains(acknowledged, a => a.GetProperty("file").GetString()!.EndsWith("medisch-specialistische-zorg-2026.zip")
            && a.GetProperty("reason").GetString()!.StartsWith("geen bronstuk noemt 29 mei 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void AcknowledgedWarningsAreListedWithTheirReasonAndAStaleOneWarns()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("planning.zip", """
            beleid "Planning" { verzekeraar: "VGZ"; looptijd: 2026 t/m 2027 }
            tijdlijn P "Planning" {
                // erkend ZI5006: zo staat het in het bronstuk
                offerte:  uiterlijk 1 november 2025  Zorgaanbieder  "Indienen offerte"
                // erkend ZI5006: deze datum is verbeterd
                aanbod:   uiterlijk 2 november 2026  VGZ  "Aanbieden"
            }
            """);

        var (exitCode, text, _) = Cli.Run("check", path);
        var (_, json, _) = Cli.Run("check", path, "--format", "json");
        var (_, sarif, _) = Cli.Run("check", path, "--format", "sarif");

        Assert.Equal(0, exitCode);
        Assert.Contains("Erkende waarschuwingen (1):", text);
        Assert.Contains("planning.zip(4,25): erkend ZI5006: zo staat het in het bronstuk", text);
        Assert.Contains("planning.zip(5,5): warning ZI1029:", text);
        Assert.Contains("1 bestand gecontroleerd: 0 fouten, 1 waarschuwing, 1 erkend.", text);
        var acknowledged = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("acknowledged").EnumerateArray());
        Assert.Equal("ZI5006", acknowledged.GetProperty("code").GetString());
        Assert.Equal(4, acknowledged.GetProperty("line").GetInt32());
        Assert.Equal("zo staat het in het bronstuk", acknowledged.GetProperty("reason").GetString());
        var suppressed = Assert.Single(JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("zo staat het in het bronstuk", suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString());
    }

    [Fact]
    public void AMisspelledNameAMissingBraceAndAnImpossibleDateAreEachReportedWithPositionAndCode()
    {
        using var copy = Cli.CopyOfPolicies();
        var path = Path.Combine(copy.Path, "vgz", "huisartsenzorg-2026-2027.zip");
        var lines = File.ReadAllLines(path).ToList();

        var misspelled = lines.FindIndex(l => l.Contains(">= normFte"));
        lines[misspelled] = lines[misspelled].Replace(">= normFte", ">= normFtee");
        var dateLine = lines.FindIndex(l => l.Contains("gepubliceerd:"));
        lines[dateLine] = "    gepubliceerd: 31 april 2026";
        var lastBraceOfSet = lines.FindIndex(misspelled, l => l.TrimEnd() == "}");
        lines.RemoveAt(lastBraceOfSet);
        File.WriteAllLines(path, lines);

        var (exitCode, output, _) = Cli.Run("check", path);

        Assert.Equal(1, exitCode);
        var column = lines[misspelled].IndexOf("normFtee", StringComparison.Ordinal) + 1;
        Assert.Contains($"huisartsenzorg-2026-2027.zip({misspelled + 1},{column}): error ZI2001: Onbekende naam 'normFtee'. Bedoelde u 'normFte'?", output);
        Assert.Contains($"huisartsenzorg-2026-2027.zip({dateLine + 1},19): error ZI4001: '31 april 2026' bestaat niet", output);
        Assert.Matches($@"huisartsenzorg-2026-2027\.zip\(\d+,\d+\): error ZI1002: Hier ontbreekt '}}'", output);
    }

    [Fact]
    public void JsonAndSarifCarryTheSameDiagnostics()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("fout.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x g.b }\n");

        var (jsonExit, json, _) = Cli.Run("check", path, "--format", "json");
        var (sarifExit, sarif, _) = Cli.Run("check", path, "--format", "sarif");

        Assert.Equal(1, jsonExit);
        Assert.Equal(1, sarifExit);
        var diagnostic = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("ZI2003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(19, diagnostic.GetProperty("column").GetInt32());
        var result = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("ZI2003", result.GetProperty("ruleId").GetString());
        Assert.Equal(19, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "policies", "--format", "xml")]
    [InlineData("evaluate", "x.zip")]
    [InlineData("onbekend-werkwoord")]
    [InlineData("check", "policies", "--geen-optie")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var (exitCode, _, error) = Cli.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("zorginkoop --help", error);
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var (exitCode, output, _) = Cli.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("check", output);
        Assert.Contains("evaluate", output);
    }

    [Fact]
    public void MissingAndNonTextFilesAreReportedNotThrown()
    {
        using var folder = new TemporaryFolder();
        var archive = Path.Combine(folder.Path, "echt-archief.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(archive, System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("beleid.txt");
        }

        var invalidUtf8 = Path.Combine(folder.Path, "latin1.zip");
        File.WriteAllBytes(invalidUtf8, [(byte)'e', (byte)'i', (byte)'s', 0xE9, 0xFF]);
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "leeg")).FullName;

        var (archiveExit, archiveOutput, _) = Cli.Run("check", archive);
        var (utf8Exit, utf8Output, _) = Cli.Run("check", invalidUtf8);
        var (missingExit, missingOutput, _) = Cli.Run("check", Path.Combine(folder.Path, "bestaat-niet.zip"));
        var (emptyExit, emptyOutput, _) = Cli.Run("check", empty);

        Assert.Equal((1, 1, 1, 1), (archiveExit, utf8Exit, missingExit, emptyExit));
        Assert.Contains("error ZI9002", archiveOutput);
        Assert.Contains("echt ZIP-archief", archiveOutput);
        Assert.Contains("error ZI9002", utf8Output);
        Assert.Contains("UTF-8", utf8Output);
        Assert.Contains("error ZI9001", missingOutput);
        Assert.Contains("error ZI9004", emptyOutput);
    }

    [Fact]
    public void ABomAndWindowsLineEndingsAreNoProblem()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "crlf.zip");
        File.WriteAllText(path, "\uFEFFgegevens G als g { a: ja/nee }\r\neisen A {\r\n    eis x g.b\r\n}\r\n", new System.Text.UTF8Encoding(true));

        var (_, output, _) = Cli.Run("check", path);

        Assert.Contains("crlf.zip(3,13): error ZI2003", output);
    }
}
