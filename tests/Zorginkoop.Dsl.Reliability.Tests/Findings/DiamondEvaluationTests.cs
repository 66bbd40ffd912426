using System.Text;
using System.Text.Json;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 10: a diamond of definitions (each using the one before twice) hung the compiled engine, and a
/// diamond of <c>omvat</c> (each set including the two before it) took gigabytes in both, because each use was
/// evaluated afresh: 2^depth evaluations. Definitions and included sets are evaluated once per evaluation (the
/// runtime's EvaluationMemo, which both engines use). At depth 60 an exponential evaluation would never end; the
/// generous limit below only catches that, it does not measure speed.
/// </summary>
public class DiamondEvaluationTests
{
    private const int Depth = 60;
    private static readonly TimeSpan NeverInExponentialTime = TimeSpan.FromMinutes(2);

    [Fact]
    public void ADiamondOfDefinitionsIsEvaluatedOnceInBothEngines()
    {
        var source = new StringBuilder("gegevens G als g { n: aantal?; b: ja/nee? }\ndefinitie d0 = g.n > 1\n");
        for (var i = 1; i <= Depth; i++)
        {
            source.Append($"definitie d{i} = d{i - 1} en d{i - 1}\n");
        }

        source.Append($"definitie teller = als d{Depth} dan 1 anders 0\neisen A {{ eis x d{Depth} en teller = 1 }}\n");
        var engines = BothEngines.Of(source.ToString());

        var outcomes = Finish(() => new[] { """{ "n": 2 }""", """{ "n": 0 }""", """{ "b": true }""", "{}" }.Select(facts => engines.Evaluate("A", facts).Outcome).ToArray());

        Assert.Equal([Outcome.Satisfied, Outcome.NotSatisfied, Outcome.Unknown, Outcome.Unknown], outcomes);
    }

    [Fact]
    public void ADiamondOfOmvatIsEvaluatedOnceAndSharedInBothEngines()
    {
        var source = new StringBuilder("gegevens G als g { n: aantal?; b: ja/nee? }\neisen A0 { eis x g.n > 1 }\neisen B0 { eis y g.b }\n");
        for (var i = 1; i <= Depth; i++)
        {
            source.Append($"eisen A{i} {{ omvat A{i - 1}\n omvat B{i - 1} }}\neisen B{i} {{ omvat A{i - 1}\n omvat B{i - 1}\n eis z{i} g.n < {1000 + i} }}\n");
        }

        var engines = BothEngines.Of(source.ToString());
        var top = $"A{Depth}";

        var interpreted = Finish(() => engines.Evaluate(top, """{ "n": 2, "b": true }"""));
        var compiled = Finish(() => engines.Compiled.Evaluate(top, engines.Facts("""{ "n": 2, "b": true }""")));

        Assert.Equal(Outcome.Satisfied, interpreted.Outcome);
        foreach (var result in new[] { interpreted, compiled })
        {
            // A(depth-1) and B(depth-1) both include A(depth-2): one evaluation, one result object.
            Assert.Same(result.Included[0].Included[0], result.Included[1].Included[0]);
            // x, y and z1 … z(depth-1), each once however many paths lead to it.
            Assert.Equal(Depth + 1, Finish(() => result.AllRequirements().Count()));
        }

        Assert.Equal(Outcome.Satisfied, Finish(() => engines.Compiled.Check(top, engines.Facts("""{ "n": 2, "b": true }"""))));
        Assert.Equal(Outcome.Unknown, Finish(() => engines.Evaluate(top, "{}")).Outcome);
    }

    [Fact]
    public void TheCommandLineEvaluatesADiamondOfOmvat()
    {
        var folder = Directory.CreateTempSubdirectory("zorginkoop-diamant-").FullName;
        var source = new StringBuilder("gegevens G als g { n: aantal? }\neisen A0 { eis x g.n > 1 }\neisen B0 { eis y g.n > 0 }\n");
        for (var i = 1; i <= 45; i++)
        {
            source.Append($"eisen A{i} {{ omvat A{i - 1}\n omvat B{i - 1} }}\neisen B{i} {{ omvat A{i - 1}\n omvat B{i - 1} }}\n");
        }

        File.WriteAllText(Path.Combine(folder, "diamant.zip"), source.ToString());
        File.WriteAllText(Path.Combine(folder, "feiten.json"), """{ "n": 2 }""");

        var (exitCode, output, error) = Finish(() => CommandLine.Run("evaluate", Path.Combine(folder, "diamant.zip"), "--facts", Path.Combine(folder, "feiten.json")));

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("A45: VOLDAAN", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The JSON of a diamond was still 2^depth in size: every path wrote the set again. A set's result depends only
    /// on the set, the facts and the inputs, which are one per document, so a set already written is written again
    /// as its verdict with <c>sameAs</c>, the JSON Pointer of the full object above (docs/cli.md). For 40 levels the
    /// document stays small (written once per set: linear; written again per top-level set: quadratic, ~2 MB), and
    /// every reference points back to the full object of its set, written before it, with the same verdict.
    /// </summary>
    [Fact]
    public void TheJsonOfADiamondOfOmvatWritesEachSetOnceAndRefersToItAfterwards()
    {
        const int depth = 40;
        using var folder = new TemporaryFolder();
        var source = new StringBuilder("gegevens G als g { n: aantal? }\neisen A0 { eis x g.n > 1 }\neisen B0 { eis y g.n > 0 }\n");
        for (var i = 1; i <= depth; i++)
        {
            source.Append($"eisen A{i} {{ omvat A{i - 1}\n omvat B{i - 1} }}\neisen B{i} {{ omvat A{i - 1}\n omvat B{i - 1}\n eis z{i} g.n < {1000 + i} }}\n");
        }

        var policy = folder.Write("diamant.zip", source.ToString());
        var facts = folder.Write("feiten.json", """{ "n": 2 }""");

        var (exitCode, stdout, stderr) = Finish(() => CommandLine.RunProcess(folder.Path, "evaluate", policy, "--facts", facts, "--format", "json"));

        Assert.True(exitCode == 0, stderr);
        Assert.True(stdout.Length < 256 * 1024, $"{stdout.Length} tekens JSON voor {2 * (depth + 1)} eisen");
        using var document = JsonDocument.Parse(stdout, new JsonDocumentOptions { MaxDepth = 4096 });
        var root = document.RootElement;
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = 0;
        void Walk(JsonElement set, string pointer)
        {
            var name = set.GetProperty("name").GetString()!;
            if (set.TryGetProperty("sameAs", out var sameAs))
            {
                references++;
                // Written before, in full, with the same verdict.
                Assert.Equal(full[name], sameAs.GetString());
                var target = Resolve(root, sameAs.GetString()!);
                Assert.False(target.TryGetProperty("sameAs", out _));
                Assert.Equal(name, target.GetProperty("name").GetString());
                foreach (var property in new[] { "outcome", "resolution", "outcomeText" })
                {
                    Assert.Equal(target.GetProperty(property).GetString(), set.GetProperty(property).GetString());
                }

                Assert.False(set.TryGetProperty("included", out _));
                return;
            }

            full.Add(name, pointer);
            var included = set.GetProperty("included");
            for (var i = 0; i < included.GetArrayLength(); i++)
            {
                Walk(included[i], $"{pointer}/included/{i}");
            }
        }

        var sets = root.GetProperty("requirementSets");
        for (var i = 0; i < sets.GetArrayLength(); i++)
        {
            Walk(sets[i], $"/requirementSets/{i}");
        }

        // Every set in full exactly once (Add above would throw on a second), and nothing else lost: all 82 there.
        Assert.Equal(2 * (depth + 1), full.Count);
        Assert.Equal(2 * (depth + 1), sets.GetArrayLength());
        Assert.True(references >= 2 * depth, references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("satisfied", Resolve(root, full[$"A{depth}"]).GetProperty("outcome").GetString());
    }

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            element = element.ValueKind == JsonValueKind.Array
                ? element[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]
                : element.GetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return element;
    }

    private static T Finish<T>(Func<T> evaluate)
    {
        var work = Task.Run(evaluate);
        Assert.True(work.Wait(NeverInExponentialTime), "de evaluatie eindigde niet: exponentieel veel werk");
        return work.Result;
    }
}
