using System.Text;
using System.Text.Json;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 9: <c>evaluate --format json</c> ended in ZI9003 ("CurrentDepth (64) is equal to or larger than
/// the maximum allowed depth") on a clean policy with 30 nested groups or <c>omvat</c> levels, because
/// System.Text.Json stops at 64 levels and each level of the result costs two. Now every result the language
/// allows is written whole, and facts nested too deep are a Dutch error that says so, not "geen geldige JSON".
/// </summary>
public class DeepResultJsonTests
{
    /// <summary>Just under both limits of the language: <c>omvat</c> 60 sets deep, the last with groups 60 deep.</summary>
    private const int Depth = 60;

    [Fact]
    public void TheDeepestResultsThePolicyLanguageAllowsAreWrittenAsJsonFromTheCommandLine()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("diep.zip", DeepPolicy());
        var facts = folder.Write("feiten.json", """{ "a": true }""");

        var (exitCode, stdout, stderr) = CommandLine.RunProcess(folder.Path, "evaluate", policy, "--facts", facts, "--format", "json");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        using var document = JsonDocument.Parse(stdout, new JsonDocumentOptions { MaxDepth = 4096 });
        var set = document.RootElement.GetProperty("requirementSets")[0];
        for (var level = 1; level < Depth; level++)
        {
            Assert.Equal("satisfied", set.GetProperty("outcome").GetString());
            set = set.GetProperty("included")[0];
        }

        Assert.Equal($"S{Depth - 1}", set.GetProperty("name").GetString());
        var requirement = set.GetProperty("requirements")[0];
        for (var level = 1; level < Depth; level++)
        {
            requirement = requirement.GetProperty("children")[0];
        }

        Assert.Equal("satisfied", requirement.GetProperty("outcome").GetString());
        Assert.EndsWith(".x", requirement.GetProperty("path").GetString());
    }

    [Fact]
    public void FactsNestedPastTheReadersLimitAreADutchErrorThatSaysSo()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("diep.zip", DeepPolicy());
        var facts = folder.Write("feiten.json", """{ "a": """ + new string('[', 65) + new string(']', 65) + " }");

        var (exitCode, stdout, stderr) = CommandLine.RunProcess(folder.Path, "evaluate", policy, "--facts", facts, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("error ZI8001: De gegevens zijn dieper genest dan de 64 niveaus die worden gelezen", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static string DeepPolicy()
    {
        var text = new StringBuilder("gegevens G als g { a: ja/nee }\n");
        for (var i = 0; i < Depth - 1; i++)
        {
            text.Append($"eisen S{i} {{\n    omvat S{i + 1}\n}}\n");
        }

        text.Append($"eisen S{Depth - 1} {{\n");
        for (var i = 0; i < Depth - 1; i++)
        {
            text.Append($"eis g{i} \"Groep {i}\" {{\n");
        }

        text.Append("eis x \"Zin\" g.a\n").Append('}', Depth - 1).Append("\n}\n");
        return text.ToString();
    }
}
