using System.Diagnostics;
using System.Globalization;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// <c>zorginkoop evaluate &lt;beleid.zip&gt; --facts &lt;feiten.jsonl|feiten.csv&gt; [--output …] [--format jsonl|csv]</c>:
/// every record of a large facts file evaluated, one output record per input record, in input order, in constant
/// memory on all cores. A record that cannot be read becomes an error record; the others go on. Exit code 1 when
/// any record had errors (the output is still complete), 0 otherwise.
/// </summary>
internal static class BatchEvaluation
{
    public static int Run(BatchRequest request, TextWriter output, TextWriter error)
    {
        var compileClock = Stopwatch.StartNew();
        var date = request.On ?? DateOnly.FromDateTime(DateTime.Today);
        // A batch evaluates many records: auto compiles (once; the assembly cache keeps it for the next run).
        request = request.Engine == Engine.Auto ? request with { Engine = Engine.Compiled } : request;
        if (EvaluationSetUp.Open(new EvaluationRequest(request.PolicyPath, date, request.Engine) { RequirementSets = request.SetNames, Root = request.Root }, error, out var exitCode) is not { } session)
        {
            return exitCode;
        }

        Stream input;
        try
        {
            // --facts - (with --format jsonl|csv): records from standard input, which has no length.
            input = StandardInput.Is(request.FactsPath) ? StandardInput.Open() : new FileStream(request.FactsPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.FileNotFound(request.FactsPath, FactsFile.Problem(request.FactsPath, e)));
            return ExitCodes.Failure;
        }

        using (input)
        {
            var evaluator = session.Evaluator;
            var compileTime = compileClock.Elapsed;
            return Run(request, evaluator, new EvaluationInputs(date), input, output, error, compileTime);
        }
    }

    private static int Run(BatchRequest request, IPolicyEvaluator evaluator, EvaluationInputs inputs, Stream input, TextWriter output, TextWriter error, TimeSpan compileTime)
    {
        var schema = evaluator.SubjectSchema!;
        var splitter = new RecordSplitter(input, quoted: request.InputFormat == BatchRequest.Csv);
        CsvLayout? layout = null;
        if (request.InputFormat == BatchRequest.Csv)
        {
            var header = new RecordChunk(64 * 1024);
            if (splitter.Fill(header, maxRecords: 1, targetBytes: 1) && header.Count > 0)
            {
                var (read, problems) = header.IsTooLong(0)
                    ? (null, [new FactError(FactErrorCodes.InvalidCsvHeader, $"{request.FactsPath}, kop (regel {header.Line(0)})", string.Empty, $"De kop is langer dan {RecordSplitter.MaxRecordBytes / (1024 * 1024)} MB; is een aanhalingsteken niet gesloten, of heeft het bestand geen regeleinden?")])
                    : CsvLayout.FromHeader(header.Record(0), schema, $"{request.FactsPath}, kop (regel {header.Line(0)})");
                if (read is null)
                {
                    DiagnosticWriter.WriteLines(error, problems);

                    return ExitCodes.Failure;
                }

                layout = read;
            }

            splitter.RestartNumbering();
        }

        var allSets = evaluator.Info.RequirementSets.Select(s => s.Name).ToList();
        var setNames = request.SetNames.Count > 0 ? request.SetNames : allSets;
        var indexes = setNames.Select(n => allSets.IndexOf(n)).ToArray();
        var delimiter = layout?.Delimiter ?? (byte)',';
        var job = new BatchJob(evaluator, new Utf8FactReader(schema), layout, setNames, indexes, inputs, request.Explain, request.FactsPath,
            request.OutputFormat == BatchRequest.Csv ? () => new CsvResultWriter(setNames, request.Explain, delimiter, byteOrderMark: request.OutputPath is not null && !StandardInput.Is(request.OutputPath)) : () => new JsonlResultWriter(setNames));

        var progress = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error) ? new BatchProgress(error, input.CanSeek ? input.Length : null) : null;
        var workers = Math.Max(1, request.Workers ?? Environment.ProcessorCount);
        var sink = OutputSink.Open(request.OutputPath, output);
        if (sink.Problem is { } cannotWrite)
        {
            DiagnosticWriter.WriteLine(error, cannotWrite);
            return ExitCodes.Failure;
        }

        BatchSummary summary;
        try
        {
            summary = BatchPipeline.Run(splitter, job, sink.Stream!, workers, progress);
        }
        catch (IOException e)
        {
            sink.Abandon();
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.WriteFailed(request.OutputPath ?? "stdout", e.Message));
            return ExitCodes.Failure;
        }
        catch
        {
            sink.Abandon();
            throw;
        }

        if (sink.Commit() is { } notWritten)
        {
            DiagnosticWriter.WriteLine(error, notWritten);
            return ExitCodes.Failure;
        }

        WriteSummary(error, summary, request, compileTime);
        return summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static void WriteSummary(TextWriter error, BatchSummary summary, BatchRequest request, TimeSpan compileTime)
    {
        DiagnosticWriter.WriteLines(error, summary.Messages);

        if (summary.Failed > summary.Messages.Count(m => !m.IsWarning))
        {
            error.WriteLine($"… en meer: {DutchFormat.Integer(summary.Failed)} records met fouten in totaal; elke fout staat in de uitvoer bij zijn record.");
        }

        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-6);
        error.WriteLine($"zorginkoop: {DutchFormat.Integer(summary.Records)} records geëvalueerd ({DutchFormat.Integer(summary.Failed)} met fouten) in {DutchFormat.Decimal(Math.Round((decimal)seconds, 2))} s, {DutchFormat.Integer((long)(summary.Records / seconds))} records/s.");
        if (request.Stats)
        {
            // One key=value line for scripts (benchmarks/run.sh); invariant numbers on purpose.
            using var process = Process.GetCurrentProcess();
            var fields = new (string Key, object Value)[]
            {
                ("records", summary.Records),
                ("failed", summary.Failed),
                ("seconds", Math.Round(seconds, 3)),
                ("recordsPerSecond", (long)(summary.Records / seconds)),
                ("workers", summary.Workers),
                ("readSeconds", Math.Round(summary.ReadTime.TotalSeconds, 3)),
                ("workerSeconds", Math.Round(summary.WorkerTime.TotalSeconds, 3)),
                ("writeSeconds", Math.Round(summary.WriteTime.TotalSeconds, 3)),
                ("engine", EngineNames.Of(request.Engine)),
                ("compileSeconds", Math.Round(compileTime.TotalSeconds, 3)),
                ("peakWorkingSetMB", Math.Round(process.PeakWorkingSet64 / 1048576.0, 1)),
                ("allocatedMB", Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0, 1)),
                ("gen0", GC.CollectionCount(0)),
                ("gen1", GC.CollectionCount(1)),
                ("gen2", GC.CollectionCount(2)),
                ("gcPauseSeconds", Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 3)),
                ("processorSeconds", Math.Round(process.TotalProcessorTime.TotalSeconds, 3)),
            };
            error.WriteLine("zorginkoop-stats: " + string.Join(' ', fields.Select(f => $"{f.Key}={Convert.ToString(f.Value, CultureInfo.InvariantCulture)}")));
        }
    }
}
