using System.Text.Json;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Issue 17.3: <c>check --format sarif</c> as Microsoft's SARIF Multitool judges it (<c>sarif-multitool validate</c>,
/// installed by tests/sarif/install.sh, which tests/run-all.sh runs): no error for a path with a space and an accent,
/// a file-level error placed at its file, the tool's version, and each rule with its documentation.
/// </summary>
public class SarifValidationTests
{
    private static string Multitool => RepositoryPaths.Combine("tests", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    [Fact]
    public void SarifOfAPathWithASpaceAndAnAccentValidatesWithoutErrors()
    {
        Assert.True(File.Exists(Multitool), $"{Multitool} ontbreekt: voer 'bash tests/sarif/install.sh' uit.");
        using var folder = new TemporaryFolder();
        folder.Write(Path.Combine("mijn beleid", "patiënten.zip"), "gegevens G als g { a: ja/nee }\neisen A \"A\" { eis x \"x\" g.b }\n");
        folder.Write(Path.Combine("mijn beleid", "kapot.zip"), "\u0000binair");

        var (exitCode, sarif, error) = Cli.RunProcess(folder.Path, "check", "mijn beleid", "--format", "sarif");

        Assert.True(exitCode == 1, error);
        var log = folder.Write("check.sarif", sarif);
        var validation = ChildProcess.Run(Multitool, ["validate", log, "--output", Path.Combine(folder.Path, "validatie.sarif")], folder.Path);
        var findings = validation.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.True(validation.ExitCode == 0, validation.Output + validation.Error);
        Assert.True(!findings.Any(f => f.Contains(": error ", StringComparison.Ordinal)), "SARIF errors:\n" + string.Join("\n", findings));
        // The one warning left is SARIF2005 (no informationUri) when the build names no ZorginkoopProjectUrl.
        Assert.True(findings.All(f => f.Contains("SARIF2005", StringComparison.Ordinal)), "SARIF warnings:\n" + string.Join("\n", findings));

        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var positioned = results.Single(r => r.GetProperty("ruleId").GetString() == "ZI2003");
        var artifact = positioned.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("mijn%20beleid/pati%C3%ABnten.zip", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        // The binary file has no position, but the finding is at that file, not in an empty list of locations.
        var fileLevel = results.Single(r => r.GetProperty("ruleId").GetString() == "ZI9002");
        var location = Assert.Single(fileLevel.GetProperty("locations").EnumerateArray());
        Assert.Equal("mijn%20beleid/kapot.zip", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var whole = location.GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(0, whole.GetProperty("byteOffset").GetInt32());
        Assert.Equal(new FileInfo(Path.Combine(folder.Path, "mijn beleid", "kapot.zip")).Length, whole.GetProperty("byteLength").GetInt64());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out var info) && info.GetString()!.Contains("example.invalid"), "no placeholder address");
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ZI2003");
        Assert.Equal("OnbekendVeld", rule.GetProperty("name").GetString());
        Assert.Contains("Oplossen:", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains("*Oplossen:*", rule.GetProperty("help").GetProperty("markdown").GetString());
    }

    [Fact]
    public void AFindingAboutNoFileHasNoLocationAndJsonNeverWritesAFileOfNull()
    {
        using var folder = new TemporaryFolder();

        var (_, sarif, _) = Cli.Run("check", Path.Combine(folder.Path, "bestaat-niet.zip"), "--format", "sarif");
        var (_, json, _) = Cli.Run("check", Path.Combine(folder.Path, "bestaat-niet.zip"), "--format", "json");

        var result = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.StartsWith("file:///", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var diagnostic = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics")[0];
        Assert.EndsWith("bestaat-niet.zip", diagnostic.GetProperty("file").GetString());
        Assert.DoesNotContain("\"file\": null", json);
    }
}
