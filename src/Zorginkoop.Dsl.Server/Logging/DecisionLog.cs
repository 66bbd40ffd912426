using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Zorginkoop.Dsl.Server.Configuration;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Logging;

/// <summary>One decision as the log keeps it (docs/server.md, "Beslislog").</summary>
public sealed record Decision(
    string Kind,
    string PolicyId,
    DateOnly? VersionDate,
    DateOnly EvaluationDate,
    string PolicyHash,
    ReadOnlyMemory<byte> Facts,
    IReadOnlyList<KeyValuePair<string, string>> Outcomes,
    long? Record = null);

/// <summary>
/// Appends every decision to a JSON Lines file. Each line is made whole in memory and written with one call, under
/// a lock, then flushed; a line cut short by a crash (power lost mid-write) is removed when the log is opened
/// again, so a reader never meets a broken line. Off unless <see cref="ServerOptions.DecisionLog"/> names a file.
/// </summary>
public sealed class DecisionLog : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly object gate = new();
    private readonly FileStream? file;
    private readonly ILogger? logger;
    private readonly string? path;
    private bool failed;

    public DecisionLog(string? path, ILogger<DecisionLog>? logger = null)
    {
        this.path = path;
        this.logger = logger;
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        DropUnfinishedLine(file);
        file.Seek(0, SeekOrigin.End);
    }

    public bool Enabled => file is not null;

    /// <summary>The first write that failed (ZI9611), shown by <c>/v1/health</c>; decisions go on being answered.</summary>
    public Diagnostic? Failure { get; private set; }

    public void Write(Decision decision)
    {
        if (file is null)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("kind", decision.Kind);
            json.WriteString("policy", decision.PolicyId);
            if (decision.VersionDate is { } version)
            {
                json.WriteString("versionDate", version.ToString("yyyy-MM-dd"));
            }
            else
            {
                json.WriteNull("versionDate");
            }

            json.WriteString("evaluationDate", decision.EvaluationDate.ToString("yyyy-MM-dd"));
            json.WriteString("policyHash", decision.PolicyHash);
            json.WriteString("factsHash", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(decision.Facts.Span)));
            if (decision.Record is { } record)
            {
                json.WriteNumber("record", record);
            }

            json.WriteStartObject("outcomes");
            foreach (var (name, outcome) in decision.Outcomes)
            {
                json.WriteString(name, outcome);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        lock (gate)
        {
            try
            {
                file.Write(buffer.WrittenSpan);
                file.Flush();
            }
            catch (IOException e)
            {
                if (!failed)
                {
                    failed = true;
                    Failure = DiagnosticCatalog.DecisionLogFailed(path!, e.Message);
                    logger?.LogError("{Message}", Failure.ToString());
                }
            }
        }
    }

    /// <summary>A log that does not end in a line break ends in a line a crash cut short: it never happened.</summary>
    internal static void DropUnfinishedLine(FileStream stream)
    {
        if (stream.Length == 0)
        {
            return;
        }

        var position = stream.Length;
        var one = new byte[1];
        stream.Seek(position - 1, SeekOrigin.Begin);
        stream.ReadExactly(one);
        if (one[0] == (byte)'\n')
        {
            return;
        }

        // Walk back to the last complete line.
        var chunk = new byte[4096];
        while (position > 0)
        {
            var start = Math.Max(0, position - chunk.Length);
            var length = (int)(position - start);
            stream.Seek(start, SeekOrigin.Begin);
            stream.ReadExactly(chunk, 0, length);
            var newline = Array.LastIndexOf(chunk, (byte)'\n', length - 1);
            if (newline >= 0)
            {
                stream.SetLength(start + newline + 1);
                return;
            }

            position = start;
        }

        stream.SetLength(0);
    }

    public void Dispose() => file?.Dispose();
}
