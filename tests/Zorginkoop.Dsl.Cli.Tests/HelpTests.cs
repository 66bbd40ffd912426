using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Cli.Commands;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// The command line speaks Dutch throughout (issue 17, point 7): the help frame of every command, the names of the
/// values options take, examples that parse, and "Bedoelde u …?" for a mistyped word. Help is read from the real
/// executable, as a user sees it.
/// </summary>
public partial class HelpTests
{
    /// <summary>"" is the root: <c>zorginkoop --help</c>.</summary>
    private static readonly string[] CommandNames = ["", "check", "build", "evaluate", "timeline", "addendum", "test", "format", "lsp", "diff", "publish", "serve"];

    public static TheoryData<string> Commands() => new(CommandNames);

    [Fact]
    public void TheTheoryCoversEveryCommand()
    {
        var root = CliApplication.CreateRoot(TextWriter.Null, TextWriter.Null);

        Assert.Equal(root.Subcommands.Select(c => c.Name).Order(), CommandNames.Where(c => c.Length > 0).Order());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void HelpIsDutchWithoutAnEnglishFrameWord(string command)
    {
        var help = Help(command);

        Assert.Contains("Gebruik:", help);
        Assert.Contains("Opties:", help);
        Assert.Contains("Voorbeelden:", help);
        Assert.Contains("-?, -h, --help", help);
        Assert.Contains("Toon help en gebruiksinformatie.", help);
        foreach (var english in new[] { "Usage:", "Options:", "Arguments:", "Commands:", "Description:", "REQUIRED", "Show help", "default:", "Show version" })
        {
            Assert.DoesNotContain(english, help, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryOptionThatTakesAValueNamesIt(string command)
    {
        var labels = OptionLabel().Matches(Help(command)).ToList();

        // "--on <on>" says nothing; the value is named for what it is.
        Assert.All(labels, label => Assert.NotEqual(label.Groups["name"].Value, label.Groups["value"].Value));
        Assert.All(labels, label => Assert.DoesNotContain("Auto", label.Groups["value"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateHelpNamesItsValuesAndMarksTheRequiredOption()
    {
        var help = Help("evaluate");

        Assert.Matches(@"\n  --facts <bestand> \(VERPLICHT\) +JSON-bestand", help);
        Assert.Contains("--on <JJJJ-MM-DD>", help);
        Assert.Contains("--format <text|json|jsonl|csv>", help);
        Assert.Contains("--engine <auto|compiled|interpreter>", help);
        Assert.Contains("[standaard: auto]", help);
        Assert.Contains("Gebruik:\n  zorginkoop evaluate <beleid> [opties]", help.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryExampleInTheHelpParses(string command)
    {
        var examples = Examples(Help(command));
        var root = CliApplication.CreateRoot(TextWriter.Null, TextWriter.Null);

        Assert.NotEmpty(examples);
        Assert.Equal(HelpExamples.For(command.Length == 0 ? "zorginkoop" : command).Select(e => e.CommandLine), examples);
        foreach (var example in examples)
        {
            var words = ShellWords(example);
            Assert.Equal("zorginkoop", words[0]);
            var parsed = ParseErrors.Parse(root, [.. words.Skip(1)]);
            Assert.True(parsed.Errors.Count == 0, $"{example}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            if (command.Length > 0)
            {
                Assert.Equal(command, parsed.CommandResult.Command.Name);
            }
        }
    }

    [Fact]
    public void AMistypedCommandIsOneLineWithASuggestion()
    {
        var (exitCode, output, error) = Cli.RunProcess(RepositoryPaths.Root, "chekc", "policies");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        var lines = error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(["zorginkoop: error ZI9302: Onbekende opdracht of onbekend argument 'chekc'. Bedoelde u 'check'?", "Gebruik 'zorginkoop --help' of 'zorginkoop <opdracht> --help' voor uitleg."], lines);
    }

    [Theory]
    [InlineData(new[] { "evaluate", "policies/vgz/huisartsenzorg-2026-2027.zip", "--fact", "feiten.json" }, "error ZI9302: Onbekende optie '--fact' (met 'feiten.json'). Bedoelde u '--facts'?")]
    [InlineData(new[] { "check", "--formt", "json", "policies" }, "error ZI9302: Onbekende optie '--formt'. Bedoelde u '--format'?")]
    [InlineData(new[] { "test", "policies", "--filtr", "verkennend" }, "Bedoelde u '--filter'?")]
    [InlineData(new[] { "evaluate", "x.zip", "--facts", "f.json", "--engine", "compild" }, "'compild' is geen engine; kies auto, compiled of interpreter.")]
    public void AMistypedOptionGetsTheNearestName(string[] args, string expected)
    {
        var (exitCode, _, error) = Cli.RunProcess(RepositoryPaths.Root, args);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("Unrecognized", error);
    }

    private static string Help(string command)
    {
        var (exitCode, output, error) = command.Length == 0
            ? Cli.RunProcess(RepositoryPaths.Root, "--help")
            : Cli.RunProcess(RepositoryPaths.Root, command, "--help");
        Assert.True(exitCode == 0, error);
        return output.ReplaceLineEndings("\n");
    }

    /// <summary>The command lines under "Voorbeelden:": the lines that are not a "# explanation".</summary>
    private static List<string> Examples(string help)
    {
        var at = help.IndexOf("\nVoorbeelden:\n", StringComparison.Ordinal);
        Assert.True(at >= 0, help);
        return help[(at + "\nVoorbeelden:\n".Length)..].Split('\n')
            .TakeWhile(line => line.Length == 0 || line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
    }

    /// <summary>Words as a POSIX shell splits them: single and double quotes, and redirections (&lt;, &gt;) left out.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Assert.Null(quote);
        if (inWord)
        {
            words.Add(word.ToString());
        }

        var redirect = words.FindIndex(w => w is "<" or ">");
        return redirect < 0 ? words : [.. words.Take(redirect)];
    }

    [GeneratedRegex(@"(?<![\w-])--(?<name>[a-z-]+) <(?<value>[^>]+)>")]
    private static partial Regex OptionLabel();
}
