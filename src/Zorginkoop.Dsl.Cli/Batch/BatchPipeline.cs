using System.Collections.Concurrent;
using System.Diagnostics;
using Zorginkoop.Dsl.Runtime.Facts;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Streams records through all cores in constant memory: one reader thread cuts the input into chunks, worker
/// threads evaluate chunks in parallel, and the calling thread writes them out in input order. A chunk enters the
/// order queue before any worker sees it, and the queue is bounded, so at most a fixed number of chunks exist at any
/// time however large the input; the writer simply waits for the oldest chunk, which is the reorder buffer.
/// Dedicated threads rather than the thread pool: workers that keep every pool thread busy would starve the reader
/// and the writer (measured: two pool-based workers were slower than one).
/// </summary>
internal static class BatchPipeline
{
    public const int RecordsPerChunk = 512;
    public const int BytesPerChunk = 256 * 1024;

    public static BatchSummary Run(RecordSplitter splitter, BatchJob job, Stream sink, int workers, BatchProgress? progress, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var inFlight = Math.Max(4, workers * 4);
        using var order = new BlockingCollection<RecordChunk>(inFlight);
        using var work = new BlockingCollection<RecordChunk>(inFlight);
        var spare = new ConcurrentBag<RecordChunk>();
        Exception? readFailure = null;
        long workerTicks = 0;
        var readClock = new Stopwatch();
        var writeClock = new Stopwatch();

        var reader = Start("zorginkoop-reader", () =>
        {
            try
            {
                for (long sequence = 0; ; sequence++)
                {
                    var chunk = spare.TryTake(out var reused) ? reused : new RecordChunk(BytesPerChunk + 64 * 1024);
                    readClock.Start();
                    var filled = splitter.Fill(chunk, RecordsPerChunk, BytesPerChunk);
                    readClock.Stop();
                    if (!filled)
                    {
                        break;
                    }

                    chunk.Sequence = sequence;
                    order.Add(chunk, stop.Token);
                    work.Add(chunk, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The writer stopped the run; it reports why.
            }
            catch (Exception e)
            {
                readFailure = e;
            }
            finally
            {
                order.CompleteAdding();
                work.CompleteAdding();
            }
        });

        var processors = Enumerable.Range(0, workers).Select(i => Start($"zorginkoop-worker-{i + 1}", () =>
        {
            var processor = new RecordProcessor(job);
            var busy = new Stopwatch();
            try
            {
                foreach (var chunk in work.GetConsumingEnumerable(stop.Token))
                {
                    try
                    {
                        busy.Start();
                        processor.Process(chunk);
                        busy.Stop();
                        chunk.Complete();
                    }
                    catch (Exception e)
                    {
                        // A bug in evaluation, not a bad record: the writer rethrows it when it reaches this chunk.
                        chunk.Fail(e);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped by the writer.
            }

            Interlocked.Add(ref workerTicks, busy.ElapsedTicks);
        })).ToList();

        var summary = new BatchSummary { Workers = workers };
        try
        {
            var header = new System.Buffers.ArrayBufferWriter<byte>(256);
            job.CreateWriter().WriteHeader(header);
            sink.Write(header.WrittenSpan);
            foreach (var chunk in order.GetConsumingEnumerable(stop.Token))
            {
                chunk.Wait(stop.Token);
                writeClock.Start();
                sink.Write(chunk.Output.WrittenSpan);
                writeClock.Stop();
                summary.Add(chunk);
                progress?.Report(summary.Records, summary.Bytes);
                chunk.Reset();
                spare.Add(chunk);
            }

            sink.Flush();
        }
        finally
        {
            // Whatever ended the run, no thread is left waiting on a full or empty queue.
            stop.Cancel();
            reader.Join();
            processors.ForEach(p => p.Join());
        }

        if (readFailure is not null)
        {
            throw new IOException(readFailure.Message, readFailure);
        }

        summary.Elapsed = clock.Elapsed;
        summary.ReadTime = readClock.Elapsed;
        summary.WriteTime = writeClock.Elapsed;
        summary.WorkerTime = Stopwatch.GetElapsedTime(0, workerTicks);
        progress?.Finish();
        return summary;
    }

    private static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }
}

/// <summary>What a batch run did, for the summary line and <c>--stats</c>.</summary>
internal sealed class BatchSummary
{
    public long Records { get; private set; }

    public long Failed { get; private set; }

    public long Bytes { get; private set; }

    public int Workers { get; init; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Time the reader spent cutting records, the writer writing, and the workers (together) evaluating: where a run's time goes.</summary>
    public TimeSpan ReadTime { get; set; }

    public TimeSpan WriteTime { get; set; }

    public TimeSpan WorkerTime { get; set; }

    public List<FactError> Messages { get; } = [];

    public void Add(RecordChunk chunk)
    {
        Records += chunk.Count;
        Failed += chunk.Failed;
        Bytes += chunk.ConsumedBytes;
        if (Messages.Count < RecordProcessor.MessagesPerChunk)
        {
            Messages.AddRange(chunk.Messages.Take(RecordProcessor.MessagesPerChunk - Messages.Count));
        }
    }
}
