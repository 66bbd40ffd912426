using System.CommandLine;
using Zorginkoop.Dsl.Hosting.Output;
using Zorginkoop.Dsl.Cli.Batch;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary><c>zorginkoop evaluate &lt;beleid.zip&gt; --facts &lt;feiten.json&gt;</c>: outcomes per requirement set, with why.</summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var policy = new Argument<string>("beleid") { Description = "Het beleidsbestand (.zip)." };
        var facts = new Option<string>("--facts") { HelpName = "bestand", Description = "JSON-bestand met de gegevens van de zorgaanbieder, of een batch: .jsonl (een object per regel) of .csv.", Required = true };
        var format = CommonOptions.Format("text", "json", BatchRequest.Jsonl, BatchRequest.Csv);
        var sets = new Option<string[]>("--set") { HelpName = "eisen", Description = "Alleen deze eisen (herhaal voor meer); standaard alle.", AllowMultipleArgumentsPerToken = false };
        var on = CommonOptions.On();
        var engine = CommonOptions.Engine();

        // --addendum with --request-date asks whether the provider qualifies for an addendum and from when (AddendumCommand).
        var addendum = new Option<string?>("--addendum") { HelpName = "naam", Description = "Evalueer dit addendum (of eisen met een ingangsdatum) voor een aanvraag op --request-date." };
        var requestDate = AddendumCommand.RequestDate();

        // Batch mode (Batch/BatchEvaluation): a .jsonl/.csv facts file or --format jsonl|csv.
        var outputFile = new Option<string?>("--output") { HelpName = "bestand", Description = "Batch: schrijf de uitkomsten naar dit bestand (standaard stdout)." };
        var explain = new Option<bool>("--explain") { Description = "Batch: voeg per eisen de beslissende waarden en ontbrekende feiten toe (trager)." };
        var stats = new Option<bool>("--stats") { Description = "Batch: meetgegevens op stderr (voor benchmarks).", Hidden = true };
        var workers = new Option<int?>("--workers") { HelpName = "aantal", Description = "Batch: aantal parallelle werkers (standaard het aantal kernen).", Hidden = true };

        var root = CommonOptions.Root();
        var command = new Command("evaluate", "Evalueer de eisen van een beleid voor de gegevens van een zorgaanbieder, of van een hele batch.") { policy, facts, format, sets, on, engine, addendum, requestDate, outputFile, explain, stats, workers, root };
        command.SetAction(parse =>
        {
            if (parse.GetValue(addendum) is { } name)
            {
                return AddendumCommand.RunFromEvaluate(parse.GetValue(policy)!, name, parse.GetValue(requestDate), parse.GetValue(facts)!, parse.GetValue(on), parse.GetValue(format)!, output, error, parse.GetValue(root));
            }

            var chosenFormat = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null;
            if (BatchRequest.IsBatchFile(parse.GetValue(facts)!) || BatchRequest.IsBatchFormat(chosenFormat))
            {
                if (chosenFormat is not null && !BatchRequest.IsBatchFormat(chosenFormat))
                {
                    DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FormatNotForBatch(chosenFormat));
                    return ExitCodes.Usage;
                }

                var request = new BatchRequest(parse.GetValue(policy)!, parse.GetValue(facts)!, parse.GetValue(outputFile),
                    chosenFormat ?? BatchRequest.DefaultOutputFormat(parse.GetValue(facts)!, parse.GetValue(outputFile)),
                    parse.GetValue(sets) ?? [], parse.GetValue(on), parse.GetValue(engine), parse.GetValue(explain), parse.GetValue(stats), parse.GetValue(workers), parse.GetValue(root));
                return BatchEvaluation.Run(request, output, error);
            }

            if (parse.GetValue(outputFile) is not null || parse.GetValue(explain))
            {
                DiagnosticWriter.WriteLine(error, DiagnosticCatalog.BatchOptionsWithoutBatch());
                return ExitCodes.Usage;
            }

            return Run(parse.GetValue(policy)!, parse.GetValue(facts)!, parse.GetValue(format)!, parse.GetValue(sets) ?? [], parse.GetValue(on), parse.GetValue(engine), output, error, parse.GetValue(root));
        });
        return command;
    }

    public static int Run(string policyPath, string factsPath, string format, IReadOnlyList<string> setNames, DateOnly? on, Engine engine, TextWriter output, TextWriter error, string? root = null)
    {
        // --on picks the policy version as well as the evaluation date: the amendments in effect on that day.
        var date = on ?? DateOnly.FromDateTime(DateTime.Today);
        // One provider: auto answers with the interpreter even when the assembly is cached, because loading it costs
        // more than it saves: the JIT compiles the generated code (about 120 kB of it for huisartsenzorg) to run it
        // once, where the interpreter's 27 methods are 12 kB (docs/benchmarks.md, one-shot).
        engine = engine == Engine.Auto ? Engine.Interpreter : engine;
        if (EvaluationSetUp.Open(new EvaluationRequest(policyPath, date, engine) { RequirementSets = setNames, Root = root }, error, out var exitCode) is not { } session)
        {
            return exitCode;
        }

        if (FactsFile.Read(factsPath, error) is not { } json)
        {
            return ExitCodes.Failure;
        }

        var (facts, errors) = FactReader.Parse(json, session.Subject!, factsPath);
        if (errors.Count > 0 || facts is null)
        {
            DiagnosticWriter.WriteLines(error, errors);
            return ExitCodes.Failure;
        }

        var results = session.Evaluate(setNames, facts, new EvaluationInputs(date));
        if (format == "json")
        {
            EvaluationJsonWriter.Write(output, policyPath, on, results);
        }
        else
        {
            EvaluationTextWriter.Write(output, results);
        }

        return ExitCodes.Success;
    }
}
