using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Streams records through all cores in constant memory: one reader cuts the input into chunks, workers evaluate
/// chunks in parallel, and the writer emits them in input order. A chunk enters the order queue before any worker
/// sees it, and the queue is bounded, so at most a fixed number of chunks exist at any time however large the
/// input; the writer simply waits for the oldest chunk, which is the reorder buffer.
/// </summary>
internal static class BatchPipeline
{
    public const int RecordsPerChunk = 512;
    public const int BytesPerChunk = 256 * 1024;

    public static async Task<BatchSummary> RunAsync(RecordSplitter splitter, BatchJob job, Stream sink, int workers, BatchProgress? progress, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var inFlight = Math.Max(4, workers * 4);
        var order = Channel.CreateBounded<RecordChunk>(new BoundedChannelOptions(inFlight) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<RecordChunk>(new BoundedChannelOptions(inFlight) { SingleWriter = true });
        var spare = new ConcurrentBag<RecordChunk>();

        var reader = Task.Run(() => ReadAsync(splitter, order.Writer, work.Writer, spare, stop.Token), stop.Token);
        var processors = Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(job, work.Reader, stop.Token), stop.Token)).ToList();

        var summary = new BatchSummary { Workers = workers };
        var header = new System.Buffers.ArrayBufferWriter<byte>(256);
        job.CreateWriter().WriteHeader(header);
        await sink.WriteAsync(header.WrittenMemory, stop.Token);
        try
        {
            await foreach (var chunk in order.Reader.ReadAllAsync(stop.Token))
            {
                await chunk.Completion;
                await sink.WriteAsync(chunk.Output.WrittenMemory, stop.Token);
                summary.Add(chunk);
                progress?.Report(summary.Records, summary.Bytes);
                chunk.Reset();
                spare.Add(chunk);
            }

            await reader;
            await Task.WhenAll(processors);
        }
        catch
        {
            // Whatever failed first, stop the others rather than leave them waiting on full queues.
            await stop.CancelAsync();
            throw;
        }

        await sink.FlushAsync(stop.Token);
        summary.Elapsed = clock.Elapsed;
        progress?.Finish();
        return summary;
    }

    private static async Task ReadAsync(RecordSplitter splitter, ChannelWriter<RecordChunk> order, ChannelWriter<RecordChunk> work, ConcurrentBag<RecordChunk> spare, CancellationToken cancellation)
    {
        try
        {
            for (long sequence = 0; ; sequence++)
            {
                var chunk = spare.TryTake(out var reused) ? reused : new RecordChunk(BytesPerChunk + 64 * 1024);
                if (!await splitter.FillAsync(chunk, RecordsPerChunk, BytesPerChunk, cancellation))
                {
                    break;
                }

                chunk.Sequence = sequence;
                await order.WriteAsync(chunk, cancellation);
                await work.WriteAsync(chunk, cancellation);
            }

            order.Complete();
            work.Complete();
        }
        catch (Exception e)
        {
            order.TryComplete(e);
            work.TryComplete(e);
            throw;
        }
    }

    private static async Task WorkAsync(BatchJob job, ChannelReader<RecordChunk> work, CancellationToken cancellation)
    {
        var processor = new RecordProcessor(job);
        await foreach (var chunk in work.ReadAllAsync(cancellation))
        {
            try
            {
                processor.Process(chunk);
                chunk.Complete();
            }
            catch (Exception e)
            {
                // A bug in evaluation, not a bad record: the writer rethrows it when it reaches this chunk.
                chunk.Fail(e);
                throw;
            }
        }
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

    public List<string> Messages { get; } = [];

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
