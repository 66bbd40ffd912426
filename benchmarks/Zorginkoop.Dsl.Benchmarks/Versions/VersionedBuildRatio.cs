using System.Diagnostics;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.Versions;

/// <summary>
/// Building a policy with amendments with the classes shared between versions against building every version in
/// full (the way before, <c>PolicyBuilder.Build(…, shareVersionClasses: false)</c>), side by side in one process:
/// the rounds alternate, so both meet the same machine. Reports the median of each and the ratio shared / full; the
/// command fails when the ratio is above <see cref="MaxRatio"/>. A ratio, not a wall time, so it holds on a busy machine.
/// </summary>
public static class VersionedBuildRatio
{
    /// <summary>Issue 13: at least twice as fast.</summary>
    public const double MaxRatio = 0.5;

    public static int Run(string policyPath, int rounds, TextWriter output)
    {
        var full = new List<double>();
        var shared = new List<double>();
        (int Lines, int Bytes) fullSize = default, sharedSize = default;
        for (var round = 0; round <= rounds; round++)
        {
            // Alternate which goes first, so neither always follows the other's garbage.
            var order = round % 2 == 0 ? new[] { false, true } : [true, false];
            foreach (var share in order)
            {
                var clock = Stopwatch.StartNew();
                var build = PolicyBuilder.Build(PolicyCompilation.Compile(policyPath), null, shareVersionClasses: share);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (!build.Success)
                {
                    output.WriteLine($"{policyPath} does not build: {string.Join("; ", build.Diagnostics)}");
                    return 2;
                }

                var size = (build.GeneratedSource.Count(c => c == '\n'), build.Dll.Length);
                if (share)
                {
                    sharedSize = size;
                }
                else
                {
                    fullSize = size;
                }

                if (round > 0) // the first round pays for the JIT
                {
                    (share ? shared : full).Add(elapsed);
                }
            }
        }

        var fullMedian = Median(full);
        var sharedMedian = Median(shared);
        var ratio = sharedMedian / fullMedian;
        var verdict = ratio <= MaxRatio ? "ok" : "NOT FAST ENOUGH";
        output.WriteLine($"versioned build {Path.GetFileName(policyPath)}, median of {rounds} alternating rounds (front end + C# + Roslyn + reference check):");
        output.WriteLine($"  every version in full   {fullMedian,8:F0} ms   {fullSize.Lines,6} lines of C#   dll {fullSize.Bytes / 1024,5} kB");
        output.WriteLine($"  classes shared          {sharedMedian,8:F0} ms   {sharedSize.Lines,6} lines of C#   dll {sharedSize.Bytes / 1024,5} kB");
        output.WriteLine($"  ratio shared / full {ratio:F2} (max {MaxRatio:F2}) {verdict}");
        return ratio <= MaxRatio ? 0 : 1;
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples.Count % 2 == 1 ? samples[samples.Count / 2] : (samples[samples.Count / 2 - 1] + samples[samples.Count / 2]) / 2;
    }
}
