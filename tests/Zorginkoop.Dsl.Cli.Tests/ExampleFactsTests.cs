namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Every policies/**/voorbeelden/*.verwacht.txt holds, on its first line, the command (after "zorginkoop") run from
/// its folder, and below it the expected output. Regenerate after an intended change with:
///   ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Cli.Tests
/// and review with git diff.
/// </summary>
public class ExampleFactsTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.verwacht.txt", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void EvaluationPrintsTheExpectedOutcomes(string expectedFile)
    {
        var path = RepositoryPaths.Combine(expectedFile);
        var lines = File.ReadAllLines(path);
        var command = lines[0].TrimStart('#', ' ');
        var (exitCode, output, error) = Cli.RunProcess(Path.GetDirectoryName(path)!, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(exitCode == 0, error);

        var actual = lines[0] + "\n" + output.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ZORGINKOOP_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"Output of 'zorginkoop {command}' differs from {expectedFile}.\n--- expected\n{expected}\n--- actual\n{actual}\nIf intended: ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Cli.Tests");
    }

    [Fact]
    public void EveryExampleFactsFileHasAnExpectedOutput()
    {
        var facts = Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f)!.EndsWith("voorbeelden", StringComparison.Ordinal));
        var missing = facts.Where(f => !File.Exists(Path.ChangeExtension(f, ".verwacht.txt"))).ToList();
        Assert.True(missing.Count == 0, "Add a .verwacht.txt for: " + string.Join(", ", missing));
    }
}
