using System.Buffers;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Writes one output record per input record. One instance per worker (they keep scratch state); each method writes
/// a whole record, line break included, so chunks of output can be concatenated in input order.
/// </summary>
internal interface IResultWriter
{
    /// <summary>What goes before the first record (a CSV header), written once.</summary>
    void WriteHeader(IBufferWriter<byte> output);

    /// <summary>The outcomes of the selected sets, in the order the sets were selected.</summary>
    void WriteOutcomes(IBufferWriter<byte> output, long record, long line, ReadOnlySpan<Outcome> outcomes);

    /// <summary>The traced results of the selected sets (<c>--explain</c>).</summary>
    void WriteExplained(IBufferWriter<byte> output, long record, long line, IReadOnlyList<RequirementSetResult> results);

    void WriteErrors(IBufferWriter<byte> output, long record, long line, IReadOnlyList<FactError> errors);
}
