using System.Globalization;

namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>
/// Knobs for running the suites longer or differently than CI does, read from the environment:
/// ZORGINKOOP_FUZZ_SEED (a number; default fixed so CI is reproducible), ZORGINKOOP_FUZZ_ITERATIONS (inputs per
/// fuzz test), ZORGINKOOP_DIFF_CASES (fact sets per policy in the differential test) and
/// ZORGINKOOP_TIME_LIMIT_MS (the per-input budget, 2000 by default); ZORGINKOOP_GENERATED_POLICIES and
/// ZORGINKOOP_GENERATED_CASES (policies written by the typed generator, and fact sets per policy, in the
/// generated differential test).
/// </summary>
internal static class Settings
{
    public const long DefaultSeed = 20261123;

    public static long Seed => Number("ZORGINKOOP_FUZZ_SEED") ?? DefaultSeed;

    public static int FuzzIterations(int ciDefault) => (int)(Number("ZORGINKOOP_FUZZ_ITERATIONS") ?? ciDefault);

    public static int DifferentialCases(int ciDefault) => (int)(Number("ZORGINKOOP_DIFF_CASES") ?? ciDefault);

    public static int GeneratedPolicies(int ciDefault) => (int)(Number("ZORGINKOOP_GENERATED_POLICIES") ?? ciDefault);

    public static int GeneratedCases(int ciDefault) => (int)(Number("ZORGINKOOP_GENERATED_CASES") ?? ciDefault);

    public static TimeSpan TimeLimit => TimeSpan.FromMilliseconds(Number("ZORGINKOOP_TIME_LIMIT_MS") ?? 2000);

    private static long? Number(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
