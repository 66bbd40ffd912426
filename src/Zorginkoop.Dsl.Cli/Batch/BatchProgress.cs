using System.Diagnostics;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// A one-line progress bar on stderr, redrawn a few times a second: share of the input done (by bytes), records,
/// records per second and the time left. Only used when stderr is a terminal, so logs and pipes stay clean. Facts
/// from a pipe have no length: then the bar shows records and rate only.
/// </summary>
internal sealed class BatchProgress
{
    private const int Width = 30;

    private readonly TextWriter error;
    private readonly long? totalBytes;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan? lastDrawn;
    private int lastLength;

    public BatchProgress(TextWriter error, long? totalBytes)
    {
        this.error = error;
        this.totalBytes = totalBytes;
    }

    public void Report(long records, long bytes)
    {
        var now = clock.Elapsed;
        if (now - lastDrawn < TimeSpan.FromMilliseconds(250))
        {
            return;
        }

        lastDrawn = now;
        var seconds = Math.Max(now.TotalSeconds, 0.001);
        var rate = records / seconds;
        if (totalBytes is null)
        {
            Draw($"{DutchFormat.Integer(records)} records  {DutchFormat.Integer((long)rate)}/s");
            return;
        }

        var share = totalBytes > 0 ? Math.Clamp((double)bytes / totalBytes.Value, 0, 1) : 0;
        var filled = (int)(share * Width);
        var left = share > 0 ? TimeSpan.FromSeconds(seconds * (1 - share) / share) : (TimeSpan?)null;
        var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {(int)(share * 100),3}%  {DutchFormat.Integer(records)} records  {DutchFormat.Integer((long)rate)}/s  nog {(left is { } l ? Format(l) : "?")}";
        Draw(line);
    }

    public void Finish()
    {
        Draw(string.Empty);
    }

    private void Draw(string line)
    {
        // Carriage return and padding overwrite the previous state of the bar in place.
        error.Write('\r' + line.PadRight(lastLength) + (line.Length == 0 ? "\r" : string.Empty));
        error.Flush();
        lastLength = line.Length;
    }

    private static string Format(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours} u {span.Minutes:00} min"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds:00} s" : $"{Math.Ceiling(span.TotalSeconds):0} s";
}
