using System.CommandLine;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop test &lt;paden…&gt;</c>: runs the scenarios of each policy file like a test runner — one line per
/// scenario, expected against actual with the explanation on failure, <c>N passed, N failed</c> last, exit 1 on
/// any failure — with JUnit XML for CI servers and requirement coverage on request.
/// </summary>
public static class TestCommand
{
    /// <summary>
    /// With <c>--engine auto</c>, a policy with more scenarios than this is compiled (and cached) when its assembly is
    /// not cached yet: below it the interpreter finishes before Roslyn would have compiled the policy (issue 16: the
    /// interpreter runs a scenario in well under a millisecond, a cold compile takes seconds).
    /// </summary>
    public const int AutoCompileScenarios = 5000;

    /// <summary>
    /// With <c>--engine auto</c>, a policy with more scenarios than this uses its assembly when the cache has it; with
    /// fewer the interpreter is faster even then, because the JIT compiles the generated code of every version a
    /// scenario needs to run it a few times (docs/benchmarks.md, one-shot: a warm <c>test policies</c> spends about
    /// twice the interpreter's processor time).
    /// </summary>
    public const int AutoCachedScenarios = 500;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip, ook *.test.zip) of mappen met scenario's.");
        var filter = new Option<string?>("--filter") { HelpName = "tekst", Description = "Alleen scenario's waarvan de titel deze tekst bevat (hoofdletters tellen niet)." };
        var junit = new Option<string?>("--junit") { HelpName = "bestand", Description = "Schrijf de uitslag ook als JUnit-XML naar dit bestand (voor CI-servers)." };
        var allowEmpty = new Option<bool>("--allow-no-scenarios") { Description = "Slaag ook als geen enkel scenario is uitgevoerd (standaard is dat een fout, zodat CI niet groen wordt op niets)." };
        var coverage = new Option<bool>("--coverage") { Description = "Toon welke eisen geen scenario voldaan, niet voldaan of onbekend heeft gemaakt." };
        var engine = CommonOptions.Engine();
        var on = CommonOptions.On();
        on.Description = "Peildatum (JJJJ-MM-DD) voor scenario's zonder 'op'; standaard vandaag.";

        var root = CommonOptions.Root();
        var command = new Command("test", "Voer de scenario's van beleidsbestanden uit en vergelijk de uitkomsten met wat ze verwachten.")
        {
            paths, filter, junit, coverage, engine, on, root, allowEmpty,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(filter), parse.GetValue(junit), parse.GetValue(coverage), parse.GetValue(engine), parse.GetValue(on), output, error, parse.GetValue(root), parse.GetValue(allowEmpty)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? filter, string? junitPath, bool coverage, Engine engine, DateOnly? on, TextWriter output, TextWriter error, string? root = null, bool allowNoScenarios = false)
    {
        var found = PolicyPaths.Expand(paths, root);
        var (files, problems) = found;
        DiagnosticWriter.WriteLines(error, problems);

        var suites = new List<TestSuiteReport>();
        var cover = new ScenarioCoverage();
        var passed = 0;
        var failed = problems.Count(p => p.IsError);
        foreach (var file in files)
        {
            var policy = PolicyCompilation.Compile(file, found.SourcesFor(file));
            if (policy.HasErrors)
            {
                // A policy that does not check has no trustworthy scenarios: its errors count as one failure.
                DiagnosticWriter.Write(error, "text", DiagnosticWriter.Distinct(policy.Diagnostics.Where(d => d.IsError)), policy.Files.Length);
                output.WriteLine($"✗ {PolicyLoader.DisplayPathAsGiven(file)}: het beleid bevat fouten; zie 'zorginkoop check'");
                suites.Add(new TestSuiteReport(file, [], policy.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList()));
                failed++;
                continue;
            }

            cover.AddPolicy(policy);
            var scenarios = policy.EntryScenarios
                .Where(s => filter is null || s.Title.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (scenarios.Count == 0)
            {
                continue;
            }

            var chosen = engine != Engine.Auto ? engine
                : scenarios.Count > AutoCompileScenarios ? Engine.Compiled
                : scenarios.Count > AutoCachedScenarios ? Engine.Auto
                : Engine.Interpreter;
            var runner = EvaluationSession.Open(policy, chosen, EngineReporting.Options(error)).ScenarioRunner();
            var results = new List<ScenarioResult>();
            var times = new List<TimeSpan>();
            var started = DateTimeOffset.UtcNow;
            foreach (var scenario in scenarios)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = runner.Run(scenario, on);
                times.Add(clock.Elapsed);
                results.Add(result);
                cover.Record(result.Reached);
                WriteResult(output, result);
                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }
            }

            suites.Add(new TestSuiteReport(file, results, [], times, started));
        }

        if (coverage)
        {
            WriteCoverage(output, cover);
        }

        if (junitPath is not null)
        {
            try
            {
                JUnitWriter.Write(junitPath, suites);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DiagnosticWriter.WriteLine(error, DiagnosticCatalog.WriteFailed(junitPath, e is UnauthorizedAccessException ? "geen schrijfrechten." : e.Message));
                return ExitCodes.Failure;
            }
        }

        // A run that ran nothing proves nothing: a mistyped --filter or a folder without scenarios must not turn CI green.
        if (passed + failed == 0 && !allowNoScenarios)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.NoScenariosRun(filter, files.Count));
            output.WriteLine($"{passed} passed, {failed} failed");
            return ExitCodes.Failure;
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void WriteResult(TextWriter output, ScenarioResult result)
    {
        // Titles and expectations come from the scenario file: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        var scenario = result.Scenario;
        output.WriteLine($"{(result.Passed ? "✓" : "✗")} {scenario.Title}  ({scenario.Location.ToDisplayString()})");
        foreach (var failure in result.Expectations.Where(e => !e.Passed))
        {
            output.WriteLine($"    {failure.Expectation.Text}  ({failure.Expectation.Location.ToDisplayString()})");
            output.WriteLine($"      - verwacht:  {failure.Expected}");
            output.WriteLine($"      + werkelijk: {failure.Actual}  (op {DutchFormat.Date(result.EvaluationDate)})");
            foreach (var line in failure.Explanation)
            {
                output.WriteLine($"        {line}");
            }
        }
    }

    private static void WriteCoverage(TextWriter output, ScenarioCoverage coverage)
    {
        output = TerminalSafeWriter.Over(output);
        output.WriteLine();
        output.WriteLine($"Dekking van {coverage.Count} eisen:");
        foreach (var (outcome, heading) in new[] { (Outcome.Satisfied, "nooit voldaan"), (Outcome.NotSatisfied, "nooit niet voldaan"), (Outcome.Unknown, "nooit onbekend") })
        {
            var missing = coverage.Missing(outcome).ToList();
            output.WriteLine($"  {heading} ({missing.Count}):");
            foreach (var entry in missing)
            {
                output.WriteLine($"    {entry.Location}: {entry.Path}");
            }
        }

        output.WriteLine($"Dekking: {coverage.BothWaysPercentage.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')}% van de eisen zowel voldaan als niet voldaan ({coverage.BothWays} van {coverage.Count})");
        output.WriteLine();
    }
}
