using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>
/// Bad facts files for both commands that read one (evaluate and addendum --facts): a folder, bytes that are not
/// UTF-8, an empty file, a ZIP archive, JSON nested deeper than any reader allows, an unreadable file, and for
/// addendum the field errors that EvaluateCommandTests covers for evaluate. Each is a Dutch message with its code
/// and exit code 1. A null where a value is required is not an error: it is an unknown fact (decided in
/// docs/reliability.md), and the outcome is onbekend naming that fact.
/// </summary>
public class BadFactsTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "evaluate", "addendum" })
        {
            foreach (var kind in new[] { "map", "geen-utf8", "leeg", "zip-archief", "diep", "apparaat", "ontbreekt" })
            {
                // EvaluateCommandTests covers a missing facts file for evaluate.
                if (!(command == "evaluate" && kind == "ontbreekt"))
                {
                    data.Add(command, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ABadFactsFileIsAClearDutchErrorWithExitCodeOne(string command, string kind)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", SamplePolicy.Text);
        var (facts, code, fragment) = kind switch
        {
            "map" => (Directory.CreateDirectory(Path.Combine(folder.Path, "feiten.json")).FullName, "ZI9001", "dit is een map, geen bestand"),
            "geen-utf8" => (folder.WriteBytes("feiten.json", Encoding.Latin1.GetBytes("""{ "a": true, "naam": "Coöperatie" }""")), "ZI8001", "geen geldige UTF-8"),
            "leeg" => (folder.WriteBytes("feiten.json", []), "ZI8001", "geen geldige JSON"),
            "zip-archief" => (folder.WriteBytes("feiten.json", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), "ZI8001", "geen geldige JSON"),
            "diep" => (folder.Write("feiten.json", """{ "a": """ + new string('[', 10_000) + new string(']', 10_000) + " }"), "ZI8001", "dieper genest dan de 64 niveaus"),
            "apparaat" => ("/dev/zero", "ZI9011", "groter dan 64 MB"),
            _ => (Path.Combine(folder.Path, "nergens.json"), "ZI9001", "bestaat niet"),
        };

        var (exitCode, stdout, stderr) = CommandLine.Run(SamplePolicy.Arguments(command, policy, facts, folder.Path, policy));

        output.WriteLine(stderr);
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"error {code}: ", stderr);
        Assert.Contains(fragment, stderr);
        Assert.Contains(Path.GetFileName(facts), stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    /// <summary>What EvaluateCommandTests asserts for evaluate, for the other command that reads facts.</summary>
    [Theory]
    [InlineData("""{ "aa": true }""", "ZI8002", "'aa' is geen veld van Zorgaanbieder. Bedoelde u 'a'?")]
    [InlineData("""{ "a": "ja" }""", "ZI8003", "veld 'a'")]
    [InlineData("""{ "n": 12345678901234567890123 }""", "ZI8006", "buiten het bereik van aantal")]
    [InlineData("""{ "d": 1e400 }""", "ZI8006", "buiten het bereik van decimaal")]
    [InlineData("""{ "start": "2026-02-30" }""", "ZI8005", "geen geldige datum")]
    [InlineData("""{ "start": "30 februari 2026" }""", "ZI8005", "JJJJ-MM-DD")]
    [InlineData("""{ "a": true, }x""", "ZI8001", "geen geldige JSON")]
    public void AddendumFactsAreCheckedLikeEvaluateFacts(string facts, string code, string fragment)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", SamplePolicy.Text);
        var factsPath = folder.Write("feiten.json", facts);

        var (exitCode, stdout, stderr) = CommandLine.Run(SamplePolicy.Arguments("addendum", policy, factsPath, folder.Path, policy));

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"error {code}: ", stderr);
        Assert.Contains(fragment, stderr);
        Assert.Contains("feiten.json", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    /// <summary>
    /// null for a required field means "not known", exactly as leaving the field out: the requirement is onbekend
    /// and names the fact. It is not an error, because facts are often gathered in parts.
    /// </summary>
    [Theory]
    [InlineData("evaluate")]
    [InlineData("addendum")]
    public void NullForARequiredFactIsAnUnknownFactNotAnError(string command)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", SamplePolicy.Text);
        var facts = folder.Write("feiten.json", """{ "a": null, "start": null }""");

        var (exitCode, stdout, stderr) = CommandLine.Run([.. SamplePolicy.Arguments(command, policy, facts, folder.Path, policy), "--format", "json"]);

        Assert.True(exitCode == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        var text = json.ToString();
        Assert.Contains("\"unknown\"", text);
        Assert.Contains("\"a\"", text);
        Assert.DoesNotContain("error", stderr);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("addendum")]
    public void AnUnreadableFactsFileIsReportedAsSuch(string command)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", SamplePolicy.Text);
        var facts = folder.Write("geheim.json", SamplePolicy.Facts);
        TemporaryFolder.SetMode(policy, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        TemporaryFolder.SetMode(facts, UnixFileMode.None);
        var args = SamplePolicy.Arguments(command, policy, facts, folder.Path, policy);

        if (CommandLine.RunWithUnreadable(facts, folder.Path, args) is not { } result)
        {
            output.WriteLine("Overgeslagen: als root zonder setpriv kan een bestand niet onleesbaar worden gemaakt; het map-geval dekt het onleesbare pad.");
            return;
        }

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ZI9001: Het bestand", result.Error);
        Assert.Contains("geheim.json' kan niet worden gelezen: geen leesrechten.", result.Error);
    }
}
