using System.Buffers;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// A run of consecutive input records on its way through the pipeline: their raw bytes (one buffer, reused from
/// chunk to chunk), where each starts, and — once a worker is done — their output bytes, in input order.
/// </summary>
internal sealed class RecordChunk
{
    private readonly List<(int Start, int Length, long Line)> records = [];
    // No spinning while the writer waits: on two cores a spinning writer takes time from the workers.
    private readonly ManualResetEventSlim done = new(false, spinCount: 0);
    private Exception? failure;

    public RecordChunk(int initialCapacity)
    {
        Input = new byte[initialCapacity];
    }

    /// <summary>Position of the chunk in the input, from 0: the writer puts chunks back in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>1-based number of the first record of the chunk among all records of the input.</summary>
    public long FirstRecord { get; set; }

    public byte[] Input { get; set; }

    /// <summary>Input bytes this chunk accounts for, blank lines included: what the progress bar counts.</summary>
    public long ConsumedBytes { get; set; }

    public ArrayBufferWriter<byte> Output { get; } = new(64 * 1024);

    public int Count => records.Count;

    /// <summary>Records that could not be read or converted; the rest of the chunk went on.</summary>
    public int Failed { get; set; }

    /// <summary>The first few error messages of the chunk, for the summary on stderr.</summary>
    public List<FactError> Messages { get; } = [];


    public void Add(int start, int length, long line) => records.Add((start, length, line));

    /// <summary>A record that was too long to hold (<see cref="RecordSplitter.MaxRecordBytes"/>): skipped, not read.</summary>
    public void AddTooLong(long line) => records.Add((0, -1, line));

    public bool IsTooLong(int index) => records[index].Length < 0;

    public ReadOnlySpan<byte> Record(int index) => Input.AsSpan(records[index].Start, records[index].Length);

    public long Line(int index) => records[index].Line;

    public void Complete() => done.Set();

    public void Fail(Exception exception)
    {
        failure = exception;
        done.Set();
    }

    /// <summary>Waits until a worker is done with the chunk; rethrows what went wrong there (a bug, not a bad record).</summary>
    public void Wait(CancellationToken cancellation)
    {
        done.Wait(cancellation);
        if (failure is not null)
        {
            throw new InvalidOperationException("Evaluating a chunk of records failed: " + failure.Message, failure);
        }
    }

    /// <summary>Makes the chunk ready for the next run of records; the buffers stay, so memory does not grow with input size.</summary>
    public void Reset()
    {
        records.Clear();
        Output.ResetWrittenCount();
        Messages.Clear();
        Failed = 0;
        ConsumedBytes = 0;
        failure = null;
        done.Reset();
    }
}
