using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>What every worker of one batch run shares; all of it is read-only, so workers need no locks.</summary>
internal sealed record BatchJob(
    IPolicyEvaluator Evaluator,
    Utf8FactReader Reader,
    CsvLayout? Layout,
    IReadOnlyList<string> SetNames,
    int[] SetIndexes,
    EvaluationInputs Inputs,
    bool Explain,
    string SourceName,
    Func<IResultWriter> CreateWriter)
{
    public RecordSchema Schema => Reader.Schema;

    /// <summary>How an error names the record: the file, the record number and the line it starts on.</summary>
    public string Label(long record, long line) => $"{SourceName}, record {record} (regel {line})";
}
