using System.Buffers;
using System.Text.Json;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// A worker's state: turns a chunk of raw records into a chunk of output records, one for one. Facts are read on
/// the fast path (<see cref="Utf8FactReader"/>) and, for anything it does not take, by <see cref="FactReader"/>,
/// which names the record and the field of every problem; outcomes come from the evaluator's <c>CheckAll</c>, or
/// with explanations from <c>Evaluate</c> under <c>--explain</c>.
/// </summary>
internal sealed class RecordProcessor
{
    /// <summary>Error messages a chunk keeps for the summary; the output has them all.</summary>
    public const int MessagesPerChunk = 10;

    private readonly BatchJob job;
    private readonly IResultWriter writer;
    private readonly Outcome[] all;
    private readonly Outcome[] selected;
    private readonly CsvRow row = new();
    private readonly ArrayBufferWriter<byte> converted = new(4096);
    private readonly Utf8JsonWriter convertedJson;

    public RecordProcessor(BatchJob job)
    {
        this.job = job;
        writer = job.CreateWriter();
        all = new Outcome[job.Evaluator.Info.RequirementSets.Count];
        selected = new Outcome[job.SetIndexes.Length];
        convertedJson = new Utf8JsonWriter(converted, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Process(RecordChunk chunk)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            var record = chunk.FirstRecord + i;
            var line = chunk.Line(i);
            if (chunk.IsTooLong(i))
            {
                Fail(chunk, record, line, [new FactError(FactErrorCodes.RecordTooLong, job.Label(record, line), string.Empty,
                    $"Dit record is langer dan {RecordSplitter.MaxRecordBytes / (1024 * 1024)} MB en is overgeslagen zonder het te lezen; de gegevens van één zorgaanbieder zijn een paar kilobyte. Staat elke zorgaanbieder op een eigen regel, en is elk aanhalingsteken gesloten?")]);
                continue;
            }

            var text = chunk.Record(i);
            if (FactEncoding.FirstInvalidByte(text) is var invalid and >= 0)
            {
                Fail(chunk, record, line, [FactEncoding.NotUtf8(job.Label(record, line), "dit record", text, invalid)]);
                continue;
            }

            if (job.Layout is { } layout)
            {
                converted.ResetWrittenCount();
                convertedJson.Reset(converted);
                if (layout.ToJson(row, text, convertedJson) is { } problem)
                {
                    Fail(chunk, record, line, [new FactError(FactErrorCodes.InvalidCsvRow, job.Label(record, line), string.Empty, problem)]);
                    continue;
                }

                text = converted.WrittenSpan;
            }

            if (!job.Reader.TryRead(text, out var facts))
            {
                var (read, errors) = FactReader.Parse(text, job.Schema, job.Label(record, line));
                if (errors.Count > 0 || read is null)
                {
                    Fail(chunk, record, line, errors);
                    continue;
                }

                facts = read;
                if (read.Warnings.Count > 0 && chunk.Messages.Count < MessagesPerChunk)
                {
                    // Warnings (ZI8014) go to stderr with the errors; the record's outcome is written as usual.
                    chunk.Messages.AddRange(read.Warnings.Take(MessagesPerChunk - chunk.Messages.Count));
                }
            }

            if (job.Explain)
            {
                var results = new RequirementSetResult[job.SetNames.Count];
                for (var s = 0; s < results.Length; s++)
                {
                    results[s] = job.Evaluator.Evaluate(job.SetNames[s], facts!, job.Inputs);
                }

                writer.WriteExplained(chunk.Output, record, line, results);
                continue;
            }

            job.Evaluator.CheckAll(facts!, job.Inputs, all);
            for (var s = 0; s < selected.Length; s++)
            {
                selected[s] = all[job.SetIndexes[s]];
            }

            writer.WriteOutcomes(chunk.Output, record, line, selected);
        }
    }

    private void Fail(RecordChunk chunk, long record, long line, IReadOnlyList<FactError> errors)
    {
        chunk.Failed++;
        if (chunk.Messages.Count < MessagesPerChunk)
        {
            chunk.Messages.AddRange(errors.Take(MessagesPerChunk - chunk.Messages.Count));
        }

        writer.WriteErrors(chunk.Output, record, line, errors);
    }
}
