using System.Diagnostics;
using System.Globalization;

namespace Zorginkoop.Dsl.Benchmarks.OneShot;

/// <summary>
/// What an author waits for (issue 16): whole <c>zorginkoop</c> processes, <c>evaluate</c> of one provider and
/// <c>test policies</c>, with <c>--engine interpreter</c> as the baseline and the default <c>auto</c> against an
/// empty (cold) and a filled (warm) assembly cache; <c>compiled</c> cold and warm beside them show what the cache
/// saves. Each round uses a fresh cache folder and runs the variants in the same order, so every ratio is between
/// figures of the same run; the medians over the rounds are reported. Every variant must print the same output as
/// the interpreter, or the run fails. Targets: auto ≤ 1.5× the interpreter cold, ≤ 1.0× warm.
/// </summary>
public static class OneShotBenchmark
{
    private sealed record Case(string Name, string[] Arguments);

    private static readonly (string Name, string Engine, bool Warm)[] Variants =
    [
        ("interpreter", "interpreter", false),
        ("auto cold", "auto", false),
        ("compiled cold", "compiled", false),   // fills the round's cache
        ("compiled warm", "compiled", true),
        ("auto warm", "auto", true),
    ];

    public static int Run(string root, string cli, int rounds, TextWriter output)
    {
        Case[] cases =
        [
            new("evaluate", ["evaluate", Path.Combine(root, "policies/vgz/huisartsenzorg-2026-2027.zip"), "--facts",
                Path.Combine(root, "policies/vgz/voorbeelden/huisartsenpraktijk-voldoet.json"), "--on", "2026-06-01"]),
            new("test", ["test", Path.Combine(root, "policies")]),
        ];

        output.WriteLine($"one-shot: {cli}, {rounds} rounds, median wall seconds (whole process)");
        var failed = false;
        foreach (var @case in cases)
        {
            var times = Variants.ToDictionary(v => v.Name, _ => new List<double>());
            string? expected = null;
            for (var round = 0; round < rounds; round++)
            {
                var cache = Path.Combine(Path.GetTempPath(), "zorginkoop-oneshot-" + Guid.NewGuid().ToString("N")[..12]);
                try
                {
                    foreach (var (name, engine, _) in Variants)
                    {
                        var (seconds, stdout, exit) = Time(cli, [.. @case.Arguments, "--engine", engine], cache);
                        if (exit != 0 && @case.Name == "evaluate")
                        {
                            output.WriteLine($"  {@case.Name} {name}: exit {exit}");
                            return 1;
                        }

                        expected ??= stdout;
                        if (stdout != expected)
                        {
                            output.WriteLine($"  {@case.Name} {name}: output DIFFERS from the interpreter's");
                            failed = true;
                        }

                        times[name].Add(seconds);
                    }
                }
                finally
                {
                    try { Directory.Delete(cache, recursive: true); } catch (IOException) { }
                }
            }

            var baseline = Median(times["interpreter"]);
            foreach (var (name, _, _) in Variants)
            {
                var median = Median(times[name]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {@case.Name,-8} {name,-14} {median,6:0.00} s  {median / baseline,5:0.00}× interpreter   (rounds: {string.Join(" ", times[name].Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))})"));
            }

            var cold = Median(times["auto cold"]) / baseline;
            var warm = Median(times["auto warm"]) / baseline;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {@case.Name}: auto cold {cold:0.00}× (target ≤ 1.5: {(cold <= 1.5 ? "met" : "missed")}), auto warm {warm:0.00}× (target ≤ 1.0: {(warm <= 1.0 ? "met" : "missed")})"));
        }

        return failed ? 1 : 0;
    }

    private static (double Seconds, string Output, int ExitCode) Time(string cli, string[] arguments, string cache)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ZORGINKOOP_CACHE"] = cache;
        start.Environment.Remove("ZORGINKOOP_VERBOSE");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, stdout.Result, process.ExitCode);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
