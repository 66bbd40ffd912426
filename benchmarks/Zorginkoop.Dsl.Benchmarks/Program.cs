using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Zorginkoop.Dsl.Benchmarks;
using Zorginkoop.Dsl.Benchmarks.Editor;
using Zorginkoop.Dsl.Benchmarks.Evaluation;
using Zorginkoop.Dsl.Benchmarks.Facts;

// zorginkoop-benchmarks <command>; see docs/benchmarks.md and benchmarks/run.sh.
//   generate --count N --out FILE [--seed S] [--rho-share F] [--incomplete F]   providers as JSONL
//   bench [BenchmarkDotNet options, e.g. --filter *Evaluation*]                   in-process benchmarks
//   agree                                                                        contenders agree? plus quick timings
//   editor [--lines N] [--edits N]                                               didChange → publishDiagnostics
//   build-phases [--policy FILE] [--rounds N]                                  where a versioned build spends its time
//   versioned-build [--policy FILE] [--rounds N]                               shared vs full versioned build, as a ratio; fails above 0.5
//   scaling [--requirements N]                                                   check and editor on N and 2N requirements; fails above ratio 3
//   oneshot [--rounds N] [--cli zorginkoop.dll]                                  whole-process evaluate and test, cold and warm cache, vs the interpreter
//   reload [--rounds N]                                                          policy file write → new version serving in the server's catalogue; fails at a median ≥ 1 s
var command = args.FirstOrDefault() ?? "help";
var options = args.Skip(1).ToArray();
string Option(string name, string fallback) => options.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var invariant = System.Globalization.CultureInfo.InvariantCulture;

switch (command)
{
    case "generate":
    {
        var count = long.Parse(Option("--count", "1000"), invariant);
        var generator = new ProviderGenerator(int.Parse(Option("--seed", "2026"), invariant), incomplete: double.Parse(Option("--incomplete", "0"), invariant));
        var rhoShare = double.Parse(Option("--rho-share", "0.15"), invariant);
        using var output = new StreamWriter(Option("--out", "providers.jsonl"), append: false, new System.Text.UTF8Encoding(false), 1 << 20);
        for (long i = 0; i < count; i++)
        {
            output.Write(generator.NextLine(rhoShare));
            output.Write('\n');
        }

        return 0;
    }

    case "bench":
    {
        // In-process: no per-benchmark project build (minutes on a busy 2-core machine); same runtime, same GC.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            // Policy paths are the parameter; BenchmarkDotNet would cut them to 20 characters.
            .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(80));
        BenchmarkSwitcher.FromAssembly(typeof(Contenders).Assembly).Run(options, config);
        return 0;
    }

    case "agree":
    {
        foreach (var set in new[] { "Huisartsgeneeskundig", "ZorgverleningRho" })
        {
            var contenders = Contenders.Create(RepositoryRoot.Find(), set, EvaluationBenchmarks.Providers);
            var counts = contenders.AssertSameOutcomes();
            Console.WriteLine($"{set}: all five contenders agree on {EvaluationBenchmarks.Providers} providers ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
            foreach (var (name, run) in new (string, Func<int, object>)[] { ("hand-written", i => contenders.RunHandWritten(i)), ("typed", i => contenders.RunTyped(i)), ("compiled", i => contenders.RunCompiled(i)), ("interpreter", i => contenders.RunInterpreter(i)), ("RulesEngine", i => contenders.RunRulesEngine(i)) })
            {
                var rounds = int.Parse(Option("--rounds", "1"), invariant) * (name is "hand-written" or "typed" or "compiled" ? 200 : 5);
                var clock = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                for (var r = 0; r < rounds; r++)
                {
                    for (var i = 0; i < EvaluationBenchmarks.Providers; i++)
                    {
                        run(i);
                    }
                }

                var evaluations = (double)rounds * EvaluationBenchmarks.Providers;
                Console.WriteLine($"  {name,-12} {clock.Elapsed.TotalMilliseconds * 1e6 / evaluations,10:F0} ns wall  {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / evaluations,10:F0} ns cpu  {(GC.GetAllocatedBytesForCurrentThread() - allocated) / evaluations,8:F0} B allocated");
            }
        }

        return 0;
    }

    case "frontend":
    {
        // Where the editor's time goes: lexing and parsing vs the whole front end, on the editor benchmark's policy
        // (--grown: the real VGZ policy grown as editor-scaling grows it, with its import and its amendments).
        var wanted = int.Parse(Option("--lines", "5000"), invariant);
        var grown = args.Contains("--grown");
        var frontendFolder = Path.Combine(Path.GetTempPath(), $"zorginkoop-frontend-{Environment.ProcessId}");
        Directory.CreateDirectory(frontendFolder);
        var policyText = grown
            ? Zorginkoop.Dsl.Tests.Shared.LargePolicy.Grow(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "policies", "vgz", "huisartsenzorg-2026-2027.zip")), wanted)
            : GeneratedPolicy.Create(wanted).Text;
        if (grown)
        {
            File.Copy(Path.Combine(RepositoryRoot.Find(), "policies", "vgz", "algemene-minimumeisen.zip"), Path.Combine(frontendFolder, "algemene-minimumeisen.zip"), overwrite: true);
        }

        var path = Path.Combine(frontendFolder, "beleid.zip");
        File.WriteAllText(path, policyText);
        var generated = (LineCount: policyText.Count(c => c == '\n'), Text: policyText);
        var text = new Zorginkoop.Dsl.Syntax.Text.SourceText(path, generated.Text);
        var rounds = int.Parse(Option("--rounds", "30"), invariant);
        foreach (var (name, work) in new (string, Action)[]
        {
            ("lex", () => Zorginkoop.Dsl.Syntax.Parsing.PolicyLexer.Tokenize(text)),
            ("parse", () => Zorginkoop.Dsl.Syntax.Parsing.PolicyParser.Parse(text)),
            ("compile", () => Zorginkoop.Dsl.Semantics.Compilation.PolicyCompilation.Compile(path)),
        })
        {
            for (var i = 0; i < 5; i++)
            {
                work();
            }

            var samples = new List<double>();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = GC.CollectionCount(0);
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                work();
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }

            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)rounds / (1 << 20);
            var collections = (GC.CollectionCount(0) - collectionsBefore) / (double)rounds;
            samples.Sort();
            Console.WriteLine($"{name,-8} {generated.LineCount} lines: median {samples[samples.Count / 2]:F1} ms, min {samples[0]:F1} ms, {allocated:F1} MB allocated, {collections:F1} collections each");
        }

        Directory.Delete(frontendFolder, recursive: true);
        return 0;
    }

    case "editor":
        return await EditorLatency.RunAsync(int.Parse(Option("--lines", "5000"), invariant), int.Parse(Option("--edits", "200"), invariant), Console.Out);

    case "editor-scaling":
        return await Zorginkoop.Dsl.Benchmarks.Editor.EditorScaling.RunAsync(
            [.. Option("--sizes", "850,5000,20000").Split(',').Select(n => int.Parse(n, invariant))], int.Parse(Option("--rounds", "30"), invariant), Console.Out);

    case "build-phases":
        return Zorginkoop.Dsl.Benchmarks.Versions.BuildPhases.Run(
            Path.Combine(RepositoryRoot.Find(), Option("--policy", "policies/vgz/huisartsenzorg-2026-2027.zip")), int.Parse(Option("--rounds", "5"), invariant), Console.Out);

    case "versioned-build":
        return Zorginkoop.Dsl.Benchmarks.Versions.VersionedBuildRatio.Run(
            Path.Combine(RepositoryRoot.Find(), Option("--policy", "policies/vgz/huisartsenzorg-2026-2027.zip")), int.Parse(Option("--rounds", "7"), invariant), Console.Out);

    case "scaling":
        return await Zorginkoop.Dsl.Benchmarks.FrontEnd.ScalingCheck.RunAsync(int.Parse(Option("--requirements", "25000"), invariant), Console.Out);

    case "oneshot":
    {
        var repository = RepositoryRoot.Find();
        return Zorginkoop.Dsl.Benchmarks.OneShot.OneShotBenchmark.Run(repository,
            Option("--cli", Path.Combine(repository, "src/Zorginkoop.Dsl.Cli/bin/Release/net10.0/zorginkoop.dll")), int.Parse(Option("--rounds", "3"), invariant), Console.Out);
    }

    case "reload":
        return Zorginkoop.Dsl.Benchmarks.Server.ReloadBenchmark.Run(RepositoryRoot.Find(), int.Parse(Option("--rounds", "10"), invariant), Console.Out);

    default:
        Console.Error.WriteLine("usage: zorginkoop-benchmarks generate|bench|agree|editor|editor-scaling|scaling|oneshot|reload|serve-load …  (see docs/benchmarks.md)");
        return 2;
}
