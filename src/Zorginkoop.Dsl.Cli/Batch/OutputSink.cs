using System.Text;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Where batch output goes. A file is written beside its final name and renamed only when the run completed, so an
/// interrupted run never leaves half an output (nor destroys the previous one); otherwise stdout, as bytes.
/// </summary>
internal sealed class OutputSink
{
    private readonly string? path;
    private readonly string? temporary;

    private OutputSink(Stream? stream, string? path, string? temporary, string? problem)
    {
        Stream = stream;
        this.path = path;
        this.temporary = temporary;
        Problem = problem;
    }

    public Stream? Stream { get; }

    /// <summary>Why the output cannot be written (ZI9005), or null.</summary>
    public string? Problem { get; }

    public static OutputSink Open(string? path, TextWriter output)
    {
        if (path is null || Inputs.StandardInput.Is(path))
        {
            // The real stdout gets bytes directly; a writer given by a caller (tests) gets text.
            Stream stream = ReferenceEquals(output, Console.Out)
                ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
                : new TextWriterStream(output);
            return new OutputSink(stream, null, null, null);
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputSink(stream, full, temporary, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputSink(null, full, null, DiagnosticCatalog.WriteFailed(path, e.Message).ToString());
        }
    }

    /// <summary>Finishes the output; a file replaces any previous one at its name in one rename.</summary>
    public string? Commit()
    {
        try
        {
            Stream!.Flush();
            if (temporary is null)
            {
                return null;
            }

            Stream.Dispose();
            File.Move(temporary, path!, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            return DiagnosticCatalog.WriteFailed(path ?? "stdout", e.Message).ToString();
        }
    }

    public void Abandon()
    {
        if (temporary is null)
        {
            return;
        }

        try
        {
            Stream?.Dispose();
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is only clutter; the real output was never replaced.
        }
    }

    /// <summary>Batch output as text for a caller's TextWriter; every write holds whole records, so no character is split.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => writer.Write(Encoding.UTF8.GetString(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => writer.Write(Encoding.UTF8.GetString(buffer));

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
