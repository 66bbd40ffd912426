using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 19, the findings about what the command line prints: terminal escape sequences from a policy
/// were printed raw (a sentence could recolour or rewrite the terminal, or forge a line of output), and the
/// argument parser's own English ("Unrecognized command or argument", "Usage:", "(REQUIRED)") stood between the
/// Dutch messages. Run as the real executable, as an author meets it.
/// </summary>
public class CommandLineTextFindingsTests
{
    private const string Escape = "\u001b";

    [Fact]
    public void EscapeSequencesAndLineBreaksFromAPolicyAreShownNotObeyed()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip",
            "gegevens G als g { a: ja/nee }\n" +
            $"eisen A \"Titel{Escape}[2J\" {{\n    eis x \"Zin{Escape}[31m rood\\nvoldaan: alles\" g.a\n}}\n" +
            $"scenario \"s{Escape}]0;titel\u0007\" {{\n    gegeven g {{ a: nee }}\n    verwacht A voldaan\n}}\n");
        var facts = folder.Write("feiten.json", "{ \"a\": nee }".Replace("nee", "false", StringComparison.Ordinal));

        var evaluate = CommandLine.RunProcess(folder.Path, "evaluate", policy, "--facts", facts);
        var test = CommandLine.RunProcess(folder.Path, "test", policy);

        foreach (var (name, output) in new[] { ("evaluate", evaluate.Output), ("test", test.Output) })
        {
            Assert.DoesNotContain(Escape, output, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
            Assert.Contains("\\u001B", output, StringComparison.Ordinal);
            Assert.False(output.Split('\n').Any(l => l.TrimStart().StartsWith("voldaan: alles", StringComparison.Ordinal)), $"{name} printed a forged line:\n{output}");
        }

        Assert.Contains("Zin\\u001B[31m rood\\u000Avoldaan: alles", evaluate.Output, StringComparison.Ordinal);
        Assert.Contains("s\\u001B]0;titel\\u0007", test.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "evaluate", "beleid.zip", "--fact", "feiten.json" }, "ZI9302", "Onbekende optie '--fact' (met 'feiten.json'). Bedoelde u '--facts'?")]
    [InlineData(new[] { "evaluat", "beleid.zip" }, "ZI9302", "Bedoelde u 'evaluate'?")]
    [InlineData(new[] { "evaluate", "beleid.zip" }, "ZI9303", "De optie '--facts' is verplicht")]
    [InlineData(new[] { "evaluate", "--facts", "feiten.json" }, "ZI9303", "'evaluate' vraagt <beleid>")]
    [InlineData(new string[0], "ZI9303", "Geef een opdracht: check, build, evaluate")]
    [InlineData(new[] { "evaluate", "beleid.zip", "--facts", "feiten.json", "--format", "xml" }, "ZI9304", "'xml' is geen geldige waarde; kies uit 'text', 'json', 'jsonl', 'csv'")]
    [InlineData(new[] { "evaluate", "beleid.zip", "--facts" }, "ZI9303", "Na '--facts' hoort een waarde")]
    [InlineData(new[] { "evaluate", "beleid.zip", "--facts", "feiten.json", "--on", "gisteren" }, "ZI9304", "'gisteren' is geen datum; gebruik JJJJ-MM-DD")]
    public void ParseErrorsAreDutchWithACodeAndASuggestion(string[] args, string code, string message)
    {
        using var folder = new TemporaryFolder();
        folder.Write("beleid.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x g.a }\n");
        folder.Write("feiten.json", "{ \"a\": true }");

        var (exitCode, output, error) = CommandLine.RunProcess(folder.Path, args);

        Assert.Equal(2, exitCode);
        Assert.Contains($"zorginkoop: error {code}: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        AssertNoFrameworkEnglish(output + error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("check", "-h")]
    [InlineData("timeline", "--help")]
    public void HelpIsDutchFromFrameToFrame(params string[] args)
    {
        var (exitCode, output, error) = CommandLine.RunProcess(AppContext.BaseDirectory, args);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("Gebruik:\n  zorginkoop", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Opties:", output, StringComparison.Ordinal);
        Assert.Contains("Toon help en gebruiksinformatie.", output, StringComparison.Ordinal);
        if (args[0] == "evaluate")
        {
            Assert.Contains("--facts <bestand> (VERPLICHT)", output, StringComparison.Ordinal);
            Assert.Contains("[standaard: text]", output, StringComparison.Ordinal);
            Assert.Contains("Argumenten:\n  <beleid>", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        AssertNoFrameworkEnglish(output);
    }

    private static void AssertNoFrameworkEnglish(string text)
    {
        foreach (var english in new[] { "Usage:", "Options:", "Commands:", "Arguments:", "Description:", "(REQUIRED)", "[default:", "Show help", "Show version", "Unrecognized", "is required", "Required", "Cannot parse", "Did you mean", "not recognized" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }
    }
}
