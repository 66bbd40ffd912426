using System.Text;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Batch;

/// <summary>
/// Where batch output goes. A file is written through <see cref="AtomicFile.Begin"/> and put in place only when the
/// run completed, so an interrupted run never leaves half an output (nor destroys the previous one); otherwise
/// stdout, as bytes.
/// </summary>
internal sealed class OutputSink
{
    private readonly string? path;
    private readonly PendingFile? pending;

    private OutputSink(Stream? stream, string? path, PendingFile? pending, Diagnostic? problem)
    {
        Stream = stream;
        this.path = path;
        this.pending = pending;
        Problem = problem;
    }

    public Stream? Stream { get; }

    /// <summary>Why the output cannot be written (ZI9005), or null.</summary>
    public Diagnostic? Problem { get; }

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

        try
        {
            var pending = AtomicFile.Begin(path);
            return new OutputSink(pending.Stream, path, pending, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputSink(null, path, null, DiagnosticCatalog.WriteFailed(path, e.Message));
        }
    }

    /// <summary>Finishes the output; a file replaces any previous one at its name in one rename.</summary>
    public Diagnostic? Commit()
    {
        try
        {
            if (pending is null)
            {
                Stream!.Flush();
                return null;
            }

            pending.Commit();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            return DiagnosticCatalog.WriteFailed(path ?? "stdout", e.Message);
        }
    }

    /// <summary>The run did not complete: a file output is removed and the previous one stays.</summary>
    public void Abandon() => pending?.Dispose();

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
