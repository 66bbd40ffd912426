using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Zorginkoop.Dsl.LanguageServer.Transport;

/// <summary>
/// Reads the LSP base protocol (<c>Content-Length: n\r\n\r\n</c> then n bytes of JSON) as tolerantly as it can be
/// read without guessing, because a language server that exits on one bad frame loses the author's session:
/// <list type="bullet">
/// <item>LF-only line ends, blank lines between messages, unknown headers and garbage header lines (which are
/// logged) are read past; a header block that runs straight into its JSON (no blank line) ends there;</item>
/// <item>a header block without a usable Content-Length (missing, not a number, negative, over
/// <see cref="MaxBodyBytes"/>) and JSON sent without any header give a <see cref="Frame.Malformed"/> frame: the JSON
/// value that follows is delimited by reading it (so its id can be answered), else the input is skipped to the next
/// <c>Content-Length</c>;</item>
/// <item>only an input that ends inside a message, or a header block that never ends, gives <see cref="Frame.End"/>
/// with a reason.</item>
/// </list>
/// A length that is plausible but wrong cannot be told from a right one; a short one is recovered from at the next
/// header, a long one swallows what follows until the bytes add up.
/// </summary>
internal sealed class LspFrameReader(PipeReader reader, Action<string> log)
{
    /// <summary>Far above any real header block (two short lines); a longer one is not a header.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    /// <summary>The largest body read: a 16 MB policy as a JSON string with every character escaped fits.</summary>
    public const int MaxBodyBytes = 128 * 1024 * 1024;

    private const string LengthHeader = "Content-Length";
    private static readonly byte[] LengthHeaderBytes = Encoding.ASCII.GetBytes(LengthHeader + ":");

    public async ValueTask<Frame> ReadAsync(CancellationToken cancellationToken)
    {
        if (await SkipBlankAsync(cancellationToken) is not { } first)
        {
            return new Frame.End(null);
        }

        if (first is (byte)'{' or (byte)'[')
        {
            return new Frame.Malformed("een bericht zonder kopregel Content-Length", await ReadJsonValueOrSkipAsync(cancellationToken));
        }

        if (await ReadHeaderLinesAsync(cancellationToken) is not { } lines)
        {
            return await SkipToNextHeaderAsync(cancellationToken, skipFirst: true)
                ? new Frame.Malformed($"kopregels van meer dan {MaxHeaderBytes / 1024} kB", null)
                : new Frame.End("de invoer eindigde in kopregels zonder einde");
        }

        var (length, problem) = Parse(lines);
        if (problem is not null)
        {
            return new Frame.Malformed(problem, await ReadJsonValueOrSkipAsync(cancellationToken));
        }

        return await ReadBodyAsync(length, cancellationToken) is { } body
            ? new Frame.Message(body)
            : new Frame.End($"de invoer eindigde midden in een bericht van {length} bytes");
    }

    private (int Length, string? Problem) Parse(List<string> lines)
    {
        int? length = null;
        string? problem = null;
        foreach (var raw in lines)
        {
            // A line that carries the header after other bytes (the tail of a body whose length was too short).
            var at = raw.IndexOf(LengthHeader + ":", StringComparison.OrdinalIgnoreCase);
            var line = at > 0 ? raw[at..] : raw;
            if (at > 0)
            {
                log($"Kopregel met iets ervoor gelezen vanaf '{LengthHeader}': {Shorten(raw)}");
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => c <= ' ' || c > '~'))
            {
                log($"Onleesbare kopregel overgeslagen: {Shorten(raw)}");
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (name.Equals(LengthHeader, StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var declared))
                {
                    problem = $"Content-Length '{Shorten(value)}' is geen aantal bytes";
                }
                else if (declared is 0 or > MaxBodyBytes)
                {
                    problem = declared == 0 ? "Content-Length 0: een leeg bericht" : $"Content-Length {declared} is groter dan de {MaxBodyBytes / (1024 * 1024)} MB die een bericht mag zijn";
                }
                else if (length is { } earlier && earlier != declared)
                {
                    problem = $"twee verschillende Content-Length-kopregels ({earlier} en {declared})";
                }
                else
                {
                    length = (int)declared;
                }
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                && value.Contains("charset=", StringComparison.OrdinalIgnoreCase)
                && !value.Contains("utf-8", StringComparison.OrdinalIgnoreCase) && !value.Contains("utf8", StringComparison.OrdinalIgnoreCase))
            {
                problem = $"Content-Type '{Shorten(value)}': alleen UTF-8 wordt gelezen";
            }
        }

        return problem is not null ? (0, problem) : length is { } found ? (found, null) : (0, "een bericht zonder kopregel Content-Length");
    }

    /// <summary>Skips line ends and spaces between messages; the next byte, or null at the end of the input.</summary>
    private async ValueTask<byte?> SkipBlankAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var reading = new SequenceReader<byte>(buffer);
            reading.AdvancePastAny((byte)'\r', (byte)'\n', (byte)' ', (byte)'\t');
            if (reading.TryPeek(out var next))
            {
                reader.AdvanceTo(reading.Position);
                return next;
            }

            reader.AdvanceTo(buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    /// <summary>The header lines up to the blank line (or up to JSON that follows without one); null when there is no end within the limit.</summary>
    private async ValueTask<List<string>?> ReadHeaderLinesAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var size = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var reading = new SequenceReader<byte>(result.Buffer);
            while (true)
            {
                if (lines.Count > 0 && reading.TryPeek(out var next) && next is (byte)'{' or (byte)'[')
                {
                    log("De lege regel na de kopregels ontbreekt; het bericht begint direct.");
                    reader.AdvanceTo(reading.Position);
                    return lines;
                }

                if (!reading.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
                {
                    break;
                }

                size += (int)line.Length + 1;
                var text = Encoding.UTF8.GetString(line).TrimEnd('\r');
                if (text.Length == 0)
                {
                    reader.AdvanceTo(reading.Position);
                    return lines;
                }

                lines.Add(text);
            }

            if (size + reading.Remaining > MaxHeaderBytes)
            {
                reader.AdvanceTo(reading.Position);
                return null;
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.End);
                return null;
            }

            reader.AdvanceTo(reading.Position, result.Buffer.End);
        }
    }

    private async ValueTask<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.Buffer.Length >= length)
            {
                var body = result.Buffer.Slice(0, length).ToArray();
                reader.AdvanceTo(result.Buffer.GetPosition(length));
                return body;
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.End);
                return null;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    /// <summary>
    /// After a header block that gives no length: the JSON value that follows, read to its end, or (when what
    /// follows is not JSON) nothing, with the input skipped to the next <c>Content-Length</c>.
    /// </summary>
    private async ValueTask<byte[]?> ReadJsonValueOrSkipAsync(CancellationToken cancellationToken)
    {
        if (await SkipBlankAsync(cancellationToken) is not ((byte)'{' or (byte)'['))
        {
            await SkipToNextHeaderAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var state = new JsonReaderState();
        long scanned = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var (end, failed) = ScanJson(buffer.Slice(scanned), result.IsCompleted, ref state, ref scanned);
            if (end is { } length)
            {
                var body = buffer.Slice(0, length).ToArray();
                reader.AdvanceTo(buffer.GetPosition(length));
                return body;
            }

            if (failed || result.IsCompleted || scanned > MaxBodyBytes)
            {
                reader.AdvanceTo(buffer.Start);
                await SkipToNextHeaderAsync(cancellationToken, skipFirst: true).ConfigureAwait(false);
                return null;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads JSON tokens on from where the last call stopped; the value's length once its last token is read.</summary>
    private static (long? End, bool Failed) ScanJson(ReadOnlySequence<byte> rest, bool isFinal, ref JsonReaderState state, ref long scanned)
    {
        var json = new Utf8JsonReader(rest, isFinal, state);
        try
        {
            while (json.Read())
            {
                if (json.CurrentDepth == 0 && json.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return (scanned + json.BytesConsumed, false);
                }
            }
        }
        catch (JsonException)
        {
            return (null, true);
        }

        scanned += json.BytesConsumed;
        state = json.CurrentState;
        return (null, false);
    }

    /// <summary>Discards input up to the next <c>Content-Length:</c>; false when the input ends first.</summary>
    /// <param name="skipFirst">Skip at least one byte, so that a header block refused as too long is not found again.</param>
    private async ValueTask<bool> SkipToNextHeaderAsync(CancellationToken cancellationToken, bool skipFirst = false)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var reading = new SequenceReader<byte>(result.Buffer);
            if (skipFirst && reading.Remaining > 0)
            {
                reading.Advance(1);
                reader.AdvanceTo(reading.Position, reading.Position);
                skipFirst = false;
                continue;
            }

            if (reading.TryReadTo(out ReadOnlySequence<byte> _, LengthHeaderBytes, advancePastDelimiter: false))
            {
                reader.AdvanceTo(reading.Position);
                return true;
            }

            // Keep a tail as long as the header name, which may be cut in two by the read.
            var keep = Math.Min(result.Buffer.Length, LengthHeaderBytes.Length - 1);
            reader.AdvanceTo(result.Buffer.GetPosition(result.Buffer.Length - keep), result.Buffer.End);
            if (result.IsCompleted)
            {
                return false;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
