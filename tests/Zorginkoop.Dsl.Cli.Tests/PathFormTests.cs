using System.Text.Json.Nodes;
using Zorginkoop.Dsl.Cli.Tests.Batch;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Printed paths keep the form the user gave (issue 17, point 10): a policy named by an absolute path is reported by
/// that path, imports included, and a relative one relative to where the command runs. A quoted pattern such as
/// <c>'policies/**/*.zip'</c> is expanded by zorginkoop itself; one that finds nothing is ZI9012. Real processes,
/// as a shell or CI script runs them.
/// </summary>
public class PathFormTests
{
    private const string BrokenDefinition = "\ndefinitie kapot = onbekendeNaam\n";

    [Fact]
    public void CheckReportsARelativePathRelativeAndAnAbsolutePathAbsoluteImportsIncluded()
    {
        using var folder = new TemporaryFolder();
        folder.Write("gedeeld/basis.zip", BatchPolicy.Source + BrokenDefinition);
        var entry = folder.Write("beleid.zip", "gebruik \"gedeeld/basis.zip\"\n");

        var relative = Cli.RunProcess(folder.Path, "check", "beleid.zip");
        var absolute = Cli.RunProcess(folder.Path, "check", entry);

        Assert.Equal(1, relative.ExitCode);
        Assert.Contains("\ngedeeld/basis.zip(", "\n" + relative.Output);
        Assert.DoesNotContain(folder.Path, relative.Output);
        Assert.Equal(1, absolute.ExitCode);
        Assert.Contains($"\n{Path.Combine(folder.Path, "gedeeld", "basis.zip")}(", "\n" + absolute.Output);
        Assert.Contains("error ZI2001: ", absolute.Output);
    }

    [Fact]
    public void CheckJsonAndTheFolderFormKeepTheGivenForm()
    {
        using var folder = new TemporaryFolder();
        folder.Write("map/beleid.zip", BatchPolicy.Source + BrokenDefinition);

        var relative = Cli.RunProcess(folder.Path, "check", "map", "--format", "json");
        var absolute = Cli.RunProcess(folder.Path, "check", Path.Combine(folder.Path, "map"), "--format", "json");

        Assert.Equal("map/beleid.zip", (string?)JsonNode.Parse(relative.Output)!["diagnostics"]![0]!["file"]);
        Assert.Equal(Path.Combine(folder.Path, "map", "beleid.zip"), (string?)JsonNode.Parse(absolute.Output)!["diagnostics"]![0]!["file"]);
    }

    [Fact]
    public void EvaluateOfAnAbsolutePolicyWithErrorsNamesItAbsolute()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source + BrokenDefinition);
        var facts = folder.Write("feiten.json", BatchPolicy.Practice(3000));

        var absolute = Cli.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);
        var relative = Cli.RunProcess(folder.Path, "evaluate", "beleid.zip", "--facts", "feiten.json");

        Assert.Contains($"{policy}(", absolute.Error);
        Assert.Contains("\nbeleid.zip(", "\n" + relative.Error);
    }

    [Fact]
    public void TestAndFormatNameAnAbsolutePolicyAbsolute()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", BatchPolicy.Source + BrokenDefinition);

        var test = Cli.RunProcess(folder.Path, "test", policy);
        var format = Cli.RunProcess(folder.Path, "format", policy, "--check");
        var formatRelative = Cli.RunProcess(folder.Path, "format", "beleid.zip", "--check");

        Assert.Contains($"✗ {policy}: het beleid bevat fouten", test.Output);
        Assert.Contains($"{policy}(", test.Error);
        Assert.Contains($"\n{policy}(", "\n" + format.Output + format.Error);
        Assert.DoesNotContain(folder.Path, formatRelative.Output + formatRelative.Error);
        Assert.Contains("\nbeleid.zip(", "\n" + formatRelative.Output + formatRelative.Error);
    }

    [Fact]
    public void DiffOfAnAbsolutePolicyWithErrorsNamesItAbsolute()
    {
        using var folder = new TemporaryFolder();
        var old = folder.Write("oud.zip", BatchPolicy.Source);
        var broken = folder.Write("nieuw.zip", BatchPolicy.Source + BrokenDefinition);

        var (_, _, error) = Cli.RunProcess(folder.Path, "diff", old, broken);

        Assert.Contains($"{broken}(", error);
    }

    [Fact]
    public void AQuotedPatternIsExpandedByZorginkoopInTheFormGiven()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid/a/eerste.zip", BatchPolicy.Source);
        folder.Write("beleid/b/c/tweede.zip", BatchPolicy.Source + BrokenDefinition);
        folder.Write("beleid/b/notities.txt", "geen beleid");

        var relative = Cli.RunProcess(folder.Path, "check", "beleid/**/*.zip");
        var absolute = Cli.RunProcess(folder.Path, "check", Path.Combine(folder.Path, "beleid") + "/**/*.zip");

        Assert.Equal(1, relative.ExitCode);
        Assert.Contains("2 bestanden gecontroleerd: 1 fout", relative.Output);
        Assert.Contains("\nbeleid/b/c/tweede.zip(", "\n" + relative.Output);
        Assert.Contains("2 bestanden gecontroleerd: 1 fout", absolute.Output);
        Assert.Contains($"\n{Path.Combine(folder.Path, "beleid", "b", "c", "tweede.zip")}(", "\n" + absolute.Output);
    }

    [Fact]
    public void APatternInTheCurrentFolderFindsOnlyWhatItSays()
    {
        using var folder = new TemporaryFolder();
        folder.Write("een.zip", BatchPolicy.Source);
        folder.Write("twee.zip", BatchPolicy.Source);
        folder.Write("sub/drie.zip", BatchPolicy.Source + BrokenDefinition);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "check", "*.zip", "--format", "json");

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(2, (int)JsonNode.Parse(output)!["files"]!);
    }

    [Theory]
    [InlineData("beleid/**/*.zpi")]
    [InlineData("bestaat-niet/*.zip")]
    public void APatternThatFindsNothingIsZI9012(string pattern)
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid/eerste.zip", BatchPolicy.Source);

        var (exitCode, output, error) = Cli.RunProcess(folder.Path, "check", pattern);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error ZI9012: Het patroon '{pattern}' vindt geen bestanden.", output + error);
    }

    [Fact]
    public void TestAndBuildExpandPatternsToo()
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid/eerste.zip", BatchPolicy.Source);

        var test = Cli.RunProcess(folder.Path, "test", "beleid/**/*.zip", "--allow-no-scenarios");
        var build = Cli.RunProcess(folder.Path, "build", "beleid/*.zip", "--output", "uit");

        Assert.True(test.ExitCode == 0, test.Output + test.Error);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "uit"), "*.dll"));
    }
}
