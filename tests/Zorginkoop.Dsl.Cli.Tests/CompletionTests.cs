using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// Shell completion (issue 17, point 7): the executable answers System.CommandLine's <c>[suggest]</c> directive, and
/// the bash set-up documented in docs/cli.md, run in a real bash, completes commands and options with it.
/// </summary>
public partial class CompletionTests
{
    [Fact]
    public void TheSuggestDirectiveListsTheCommands()
    {
        var (exitCode, output, error) = Cli.RunProcess(RepositoryPaths.Root, "[suggest:11]", "zorginkoop ");

        Assert.True(exitCode == 0, error);
        var suggestions = Lines(output);
        foreach (var command in CliApplication.CreateRoot(TextWriter.Null, TextWriter.Null).Subcommands.Where(c => !c.Hidden))
        {
            Assert.Contains(command.Name, suggestions);
        }
    }

    [Fact]
    public void TheSuggestDirectiveCompletesAnOptionAndItsValues()
    {
        var (_, options, _) = Cli.RunProcess(RepositoryPaths.Root, "[suggest:20]", "zorginkoop check --f");
        var (_, formats, _) = Cli.RunProcess(RepositoryPaths.Root, "[suggest:26]", "zorginkoop check --format ");

        Assert.Equal(["--format"], Lines(options));
        Assert.Equal(["json", "sarif", "text"], Lines(formats).Order());
    }

    [Theory]
    [InlineData("zorginkoop ev", "evaluate")]
    [InlineData("zorginkoop evaluate x.zip --fa", "--facts")]
    [InlineData("zorginkoop check --format s", "sarif")]
    public void TheDocumentedBashCompletionCompletes(string line, string expected)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            return;
        }

        using var folder = new TemporaryFolder();
        // The documented function calls "zorginkoop" from PATH: this one is the executable under test.
        var launcher = folder.Write("zorginkoop", $"#!/bin/sh\nexec dotnet '{ChildProcess.ZorginkoopDll}' \"$@\"\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = folder.Write("completion.bash", BashBlockOfTheDocs());
        var words = line.Split(' ');
        var probe = $"""
            source '{script}'
            COMP_LINE='{line}'
            COMP_POINT={line.Length}
            COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))})
            COMP_CWORD={words.Length - 1}
            _zorginkoop_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """;

        var (exitCode, output, error) = ChildProcess.Run("/bin/bash", ["-c", probe], folder.Path,
            environment: new Dictionary<string, string> { ["PATH"] = $"{folder.Path}:{Environment.GetEnvironmentVariable("PATH")}" });

        Assert.True(exitCode == 0, error);
        Assert.Equal([expected], Lines(output));
    }

    private static string BashBlockOfTheDocs()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "cli.md")).ReplaceLineEndings("\n");
        var block = BashBlock().Match(docs);
        Assert.True(block.Success, "docs/cli.md has no ```bash block after <!-- completion:bash -->");
        return block.Groups[1].Value;
    }

    private static List<string> Lines(string output) =>
        [.. output.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0)];

    [GeneratedRegex(@"<!-- completion:bash[^\n]*-->\n```bash\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
