using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>
/// What the command line says about engines and the assembly cache on stderr: a progress line while Roslyn compiles
/// (only when stderr is a terminal, and erased when done), and with <c>ZORGINKOOP_VERBOSE=1</c> one line per policy
/// version naming the engine that answered and the cache entry used, plus the cache's ZI94xx warnings.
/// </summary>
internal static class EngineReporting
{
    public static bool Verbose => Environment.GetEnvironmentVariable("ZORGINKOOP_VERBOSE") is "1" or "true" or "ja";

    public static EngineOptions Options(TextWriter error)
    {
        var verbose = Verbose;
        var terminal = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
        if (!verbose && !terminal)
        {
            return EngineOptions.Default;
        }

        var progressShown = false;
        var gate = new object();
        return new EngineOptions
        {
            Observe = verbose
                ? chosen =>
                {
                    if (chosen.Answering == Engine.Interpreter)
                    {
                        Write(error, gate, $"zorginkoop: engine {EngineNames.Of(chosen.Answering)}{(chosen.Asked == Engine.Auto ? " (auto: geen gecompileerde assembly in de cache)" : string.Empty)} voor {Describe(chosen)}");
                    }
                }
                : null,
            ObserveCompile = e =>
            {
                switch (e)
                {
                    case CompileEvent.Started started when terminal:
                        lock (gate)
                        {
                            error.Write($"\rzorginkoop: {Path.GetFileName(started.Policy)} compileren (eenmalig; daarna uit de cache)…");
                            error.Flush();
                            progressShown = true;
                        }

                        break;
                    case CompileEvent.Obtained obtained:
                        lock (gate)
                        {
                            if (progressShown)
                            {
                                error.Write("\r\u001b[K");
                                error.Flush();
                                progressShown = false;
                            }
                        }

                        if (verbose)
                        {
                            var how = obtained.Source switch
                            {
                                AssemblySource.Cache => "uit de cache",
                                AssemblySource.Process => "al geladen in dit proces",
                                _ => obtained.Entry is null ? "gecompileerd, niet bewaard (cache uit)" : "gecompileerd en bewaard in de cache",
                            };
                            Write(error, gate, $"zorginkoop: engine compiled, {how}{(obtained.Entry is null ? string.Empty : $": {obtained.Entry}")}");
                        }

                        break;
                    case CompileEvent.Warning warning when verbose:
                        lock (gate)
                        {
                            DiagnosticWriter.WriteLine(error, warning.Diagnostic);
                        }

                        break;
                }
            },
        };
    }

    private static string Describe(EngineChosen chosen) =>
        Path.GetFileName(chosen.Policy.EntryPath) + (chosen.Policy.AsOf is { } date ? $" op {date:yyyy-MM-dd}" : string.Empty);

    private static void Write(TextWriter error, object gate, string line)
    {
        lock (gate)
        {
            error.WriteLine(line);
        }
    }
}
