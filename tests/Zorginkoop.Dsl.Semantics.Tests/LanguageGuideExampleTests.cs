using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Tests;

/// <summary>
/// Every code example in docs/language.md compiles. The guide's examples build on each other (the gegevens of one
/// section are used by the eisen of the next), so the policy examples are put together, in order, into one file and
/// checked as one policy; an error is reported at the line of the guide it came from. The fenced block's info
/// string says what an example is:
/// <list type="bullet">
/// <item><c>zorginkoop</c>: declarations, added as they are;</item>
/// <item><c>zorginkoop eis</c>: <c>eis</c> lines as they stand inside an <c>eisen</c> block, wrapped in one;</item>
/// <item><c>zorginkoop addendum</c>: lines as they stand inside an <c>addendum</c>, wrapped in one;</item>
/// <item><c>zorginkoop deel</c>: not compiled, kept to the few excerpts that need another file to mean anything;</item>
/// <item><c>sh</c>, <c>json</c>, <c>text</c>: commands, facts and output, not policy text.</item>
/// </list>
/// A block without an info string fails the test, so a new example is always one of these.
/// </summary>
public sealed partial class LanguageGuideExampleTests
{
    private static readonly string Guide = RepositoryPaths.Combine("docs", "language.md");

    /// <summary>Excerpts that are deliberately not compiled; each needs a file the guide does not contain.</summary>
    private const int MaximumPartialExamples = 3;

    [Fact]
    public void EveryPolicyExampleInTheLanguageGuideCompiles()
    {
        var blocks = Blocks(File.ReadAllLines(Guide)).ToList();
        Assert.True(blocks.Count > 20, "docs/language.md should have its examples in fenced blocks");

        var untagged = blocks.Where(b => b.Info.Length == 0).Select(b => $"docs/language.md:{b.FirstLine}").ToList();
        Assert.True(untagged.Count == 0, "Give these code blocks an info string (zorginkoop, zorginkoop eis, zorginkoop addendum, zorginkoop deel, sh, json, text):\n" + string.Join("\n", untagged));
        var unknown = blocks.Where(b => !KnownInfo.Contains(b.Info)).Select(b => $"docs/language.md:{b.FirstLine} ({b.Info})").ToList();
        Assert.True(unknown.Count == 0, "Unknown info strings:\n" + string.Join("\n", unknown));
        Assert.InRange(blocks.Count(b => b.Info == "zorginkoop deel"), 0, MaximumPartialExamples);

        var (source, origin) = Assemble(blocks.Where(b => b.Info is "zorginkoop" or "zorginkoop eis" or "zorginkoop addendum"));
        var errors = PolicySource.Compile(source).Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"docs/language.md:{origin[d.Location!.Start.Line - 1]}: {d.Code}: {d.Message}")
            .ToList();
        Assert.True(errors.Count == 0, "Examples in docs/language.md that do not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void AnExampleThatDoesNotCompileIsCaught()
    {
        // The som-van example as the guide had it: the list after 'in' reached to '>= 1,3'.
        var broken = new[]
        {
            "```zorginkoop", "gegevens P { fte: decimaal }", "gegevens Z als aanbieder { personen: lijst van P }", "```",
            "```zorginkoop", "eisen E { eis som \"…\" som van p.fte voor p in aanbieder.personen >= 1,3 }", "```",
        };
        var (source, _) = Assemble(Blocks(broken));
        Assert.Contains(PolicySource.Compile(source).Diagnostics, d => d.IsError);
    }

    private static readonly HashSet<string> KnownInfo = ["zorginkoop", "zorginkoop eis", "zorginkoop addendum", "zorginkoop deel", "sh", "json", "text"];

    private sealed record Block(string Info, int FirstLine, IReadOnlyList<string> Lines);

    private static IEnumerable<Block> Blocks(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var body = new List<string>();
            var start = i + 1;
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            yield return new Block(open.Groups[1].Value.Trim(), start + 1, body);
        }
    }

    /// <summary>One policy text, and for each of its lines the line of the guide it came from.</summary>
    private static (string Source, List<int> Origin) Assemble(IEnumerable<Block> blocks)
    {
        var source = new StringBuilder();
        var origin = new List<int>();
        var index = 0;
        foreach (var block in blocks)
        {
            index++;
            var wrapper = block.Info switch
            {
                "zorginkoop eis" => $"eisen VoorbeeldEisen{index} {{",
                "zorginkoop addendum" => $"addendum VoorbeeldAddendum{index} {{",
                _ => null,
            };
            if (wrapper is not null)
            {
                source.AppendLine(wrapper);
                origin.Add(block.FirstLine - 1);
            }

            for (var line = 0; line < block.Lines.Count; line++)
            {
                source.AppendLine(block.Lines[line]);
                origin.Add(block.FirstLine + line);
            }

            if (wrapper is not null)
            {
                source.AppendLine("}");
                origin.Add(block.FirstLine + block.Lines.Count);
            }
        }

        return (source.ToString(), origin);
    }

    [GeneratedRegex(@"^\s*```(.*)$")]
    private static partial Regex Fence();
}
