using System.Diagnostics;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Benchmarks.Server;

/// <summary>
/// Issue 18: "editing a policy file while the server runs switches to the new version within a second". The
/// server's own catalogue watches a copy of policies/ (compiled engine, as <c>zorginkoop serve</c> runs); each round
/// writes a changed policy and measures, from the write: when the file event arrives, when the new text serves
/// (the interpreter takes it at once) and when the compiled engine has taken over. Alternates the small policy
/// (whose outcome the edit turns, so the new version is seen deciding) and the VGZ huisartsen policy (amendments,
/// about 2,000 lines). Fails when the median write → serving is a second or more.
/// </summary>
public static class ReloadBenchmark
{
    private const string Small = """
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / NORM
        eisen Huisarts "Huisartsen" { eis bezetting "1,0 fte per normpraktijk" aanbieder.fteHuisarts >= normFte }
        """;

    private const string SmallFacts = """{ "soort": "Huisartsenpraktijk", "fteHuisarts": 1.0, "ingeschrevenPatienten": 2400 }""";

    public static int Run(string repository, int rounds, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-reload-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Copy(Path.Combine(repository, "policies"), folder);
            var small = Path.Combine(folder, "klein", "praktijk.zip");
            Directory.CreateDirectory(Path.GetDirectoryName(small)!);
            File.WriteAllText(small, Small.Replace("NORM", "3.000"));
            var large = Path.Combine(folder, "vgz", "huisartsenzorg-2026-2027.zip");
            var largeText = File.ReadAllText(large);

            var clock = Stopwatch.StartNew();
            using var catalog = new PolicyCatalog(new ServerOptions { Folder = folder, Engine = Engine.Compiled, Watch = true });
            output.WriteLine($"reload: {catalog.Entries.Count} policies compiled at start in {clock.ElapsedMilliseconds} ms (compiled engine); debounce {PolicyCatalog.Quiet.TotalMilliseconds} ms");

            var events = new Dictionary<string, long>();
            using var watcher = new FileSystemWatcher(folder, "*.zip") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName };
            watcher.Changed += (_, e) => { lock (events) { events.TryAdd(e.FullPath, clock.ElapsedTicks); } };
            watcher.EnableRaisingEvents = true;

            var measured = new Dictionary<string, List<(double Event, double Serving, double Reload, double Compiled)>> { ["klein.praktijk"] = [], ["vgz.huisartsenzorg-2026-2027"] = [] };
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (id, path) in new[] { ("klein.praktijk", small), ("vgz.huisartsenzorg-2026-2027", large) })
                {
                    var text = id == "klein.praktijk"
                        ? Small.Replace("NORM", round % 2 == 1 ? "2.000" : "3.000")
                        : largeText + $"\n// herladen, ronde {round}\n";
                    lock (events)
                    {
                        events.Clear();
                    }

                    Thread.Sleep(300); // let the previous round's compile and its file events settle
                    var start = clock.ElapsedTicks;
                    File.WriteAllText(path, text);
                    var served = Wait(() => catalog.Find(id)?.Served is { } s && s.Policy.Files[^1].Text.Content == text, clock);
                    var took = catalog.LastReload?.Took.TotalMilliseconds ?? double.NaN;
                    var entry = catalog.Find(id)!.Served!;
                    if (id == "klein.praktijk")
                    {
                        // The new version decides: 2.400 patients and 1,0 fte pass a norm of 3.000, not of 2.000.
                        var session = entry.Session;
                        var facts = Runtime.Facts.FactReader.Parse(SmallFacts, session.Subject!, "ronde").Facts!;
                        var outcome = session.Evaluate([], facts, new Runtime.Evaluation.EvaluationInputs(new DateOnly(2026, 6, 1)))[0].Outcome.ToString();
                        var expected = round % 2 == 1 ? "NotSatisfied" : "Satisfied";
                        if (!string.Equals(outcome, expected, StringComparison.OrdinalIgnoreCase))
                        {
                            output.WriteLine($"reload: round {round}: the new version decided {outcome}, expected {expected}");
                            return 1;
                        }
                    }

                    var compiled = Wait(() => catalog.Find(id)?.Served is { } s && s.Policy.Files[^1].Text.Content == text && s.Session.Engine == Engine.Compiled, clock);
                    long seen;
                    lock (events)
                    {
                        seen = events.GetValueOrDefault(Path.GetFullPath(path), -1);
                    }

                    measured[id].Add((seen < 0 ? double.NaN : Ms(seen - start), Ms(served - start), took, Ms(compiled - start)));
                }
            }

            var failed = false;
            foreach (var (id, list) in measured)
            {
                var serving = list.Select(m => m.Serving).ToList();
                output.WriteLine($"reload {id}: write → file event p50 {Median(list.Select(m => m.Event)):F1} ms; the reload itself p50 {Median(list.Select(m => m.Reload)):F0} ms; write → new version serving p50 {Median(serving):F0} ms, max {serving.Max():F0} ms; write → compiled engine p50 {Median(list.Select(m => m.Compiled)):F0} ms ({list.Count} edits)");
                failed |= Median(serving) >= 1000;
            }

            if (failed)
            {
                output.WriteLine("reload: FAILED: the median write → serving is a second or more");
            }

            return failed ? 1 : 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
    }

    private static long Wait(Func<bool> condition, Stopwatch clock)
    {
        var limit = clock.Elapsed + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException("the new version did not serve within 60 s");
            }

            Thread.Sleep(1);
        }

        return clock.ElapsedTicks;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
