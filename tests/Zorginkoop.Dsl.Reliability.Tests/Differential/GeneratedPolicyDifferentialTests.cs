using System.Diagnostics;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Fuzzing;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Reliability.Tests.Differential;

/// <summary>
/// Issue 15 point 6: policies that checked clean did not build. Every policy the typed generator writes that
/// checks is built with Roslyn (a build failure is a failure) and both engines are compared on generated facts,
/// exactly as the real policies are (<see cref="DifferentialTests.Compare"/>). Policy i of a run has seed
/// ZORGINKOOP_FUZZ_SEED + i; a failure names it and writes the policy to a file.
/// </summary>
public partial class GeneratedPolicyDifferentialTests(ITestOutputHelper output)
{
    /// <summary>CI size: a Roslyn build is most of a policy's cost. docs/reliability.md gives the full size.</summary>
    private const int CiPolicies = 12;
    private const int CiCases = 150;

    [Fact]
    public void EveryGeneratedPolicyThatChecksBuildsAndDecidesAsTheInterpreter()
    {
        var clock = Stopwatch.StartNew();
        var seed = Settings.Seed;
        int generated = 0, checks = 0;
        long compared = 0;
        var failures = new List<string>();
        var refused = new List<string>();
        for (var i = 0; i < Settings.GeneratedPolicies(CiPolicies); i++)
        {
            generated++;
            var policySeed = unchecked((int)seed + i);
            var text = new TypedPolicyGenerator(new Random(policySeed)).Generate();
            var policy = FrontEndHarness.Compile($"/gegenereerd/beleid-{policySeed}.zip", text);
            if (policy.HasErrors)
            {
                refused.Add($"seed {policySeed}: {policy.Diagnostics.First(d => d.IsError)}");
                continue;
            }

            checks++;
            try
            {
                var build = PolicyBuilder.Build(policy);
                if (!build.Success)
                {
                    failures.Add(Failure(policySeed, text, "klopt, maar bouwt niet: " + string.Join("; ", build.Diagnostics.Where(d => d.IsError).Take(3))));
                    continue;
                }

                var interpreter = new PolicyInterpreter(policy);
                var (count, _) = DifferentialTests.Compare(policy, interpreter, PolicyBuilder.LoadEvaluator(build), Settings.GeneratedCases(CiCases), DifferentialTests.SeedText("gegenereerd-" + policySeed));
                compared += count;
            }
            catch (Exception e)
            {
                failures.Add(Failure(policySeed, text, e.Message));
            }
        }

        output.WriteLine($"getypt gegenereerd (seed {seed}): {generated} beleid, {checks} zonder fouten, alle {checks} gebouwd en vergeleken op {Settings.GeneratedCases(CiCases)} feitensets ({compared} vergelijkingen) in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} gefaald");
        foreach (var reason in refused.Take(5))
        {
            output.WriteLine("  met fouten: " + reason);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        // The generator is only worth its time if what it writes checks.
        Assert.True(checks * 10 >= generated * 8, $"{checks} van {generated} gegenereerde beleidsstukken zonder fouten; eerste fouten:\n{string.Join("\n", refused.Take(5))}");
    }

    /// <summary>
    /// The class of issue 15 point 3 is in what the generator writes, and checks: whole lists compared with list
    /// literals (durations of different units among them) and records compared with records, also a quantifier's
    /// element with a field. Generation and checking only, so it can look at more seeds than CI builds.
    /// </summary>
    [Fact]
    public void TheGeneratorComparesWholeListsAndRecordsInPoliciesThatCheck()
    {
        var checkedTexts = Enumerable.Range(0, 60)
            .Select(i => unchecked((int)Settings.Seed + i))
            .Select(seed => (Seed: seed, Text: new TypedPolicyGenerator(new Random(seed)).Generate()))
            .Where(p => !FrontEndHarness.Compile($"/gegenereerd/beleid-{p.Seed}.zip", p.Text).HasErrors)
            .Select(p => p.Text)
            .ToList();

        Assert.Contains(checkedTexts, t => ListLiteralComparison().IsMatch(t));
        Assert.Contains(checkedTexts, t => ElementRecordComparison().IsMatch(t));
        Assert.Contains(checkedTexts, t => DurationList().IsMatch(t));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(=|≠) \(?(\[|als .* dan \[)")]
    private static partial System.Text.RegularExpressions.Regex ListLiteralComparison();

    [System.Text.RegularExpressions.GeneratedRegex(@"waarvoor (p\d+) (=|≠) g\.f\d+")]
    private static partial System.Text.RegularExpressions.Regex ElementRecordComparison();

    [System.Text.RegularExpressions.GeneratedRegex(@"(=|≠) \(?\[[^\]]*(weken|dagen|minuten|uur|jaar|kwartaal|maanden)")]
    private static partial System.Text.RegularExpressions.Regex DurationList();

    private static string Failure(int policySeed, string text, string problem)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zorginkoop-gegenereerd-{policySeed}.zip");
        File.WriteAllText(file, text);
        var shown = problem.Length > 4000 ? problem[..4000] + "…" : problem;
        return $"beleid met seed {policySeed} (ZORGINKOOP_FUZZ_SEED={policySeed} ZORGINKOOP_GENERATED_POLICIES=1 herhaalt het) → {file}\n{shown}";
    }
}
