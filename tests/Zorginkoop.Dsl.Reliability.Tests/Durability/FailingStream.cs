namespace Zorginkoop.Dsl.Reliability.Tests.Durability;

/// <summary>
/// A file stream that dies partway, like a full disk or a killed process: it writes the first
/// <paramref name="bytesBeforeFailure"/> bytes for real, then throws. What it leaves on disk is what an
/// interrupted run would leave.
/// </summary>
internal sealed class FailingStream(string path, long bytesBeforeFailure) : Stream
{
    private readonly FileStream inner = new(path, FileMode.CreateNew, FileAccess.Write);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Max(0, bytesBeforeFailure - inner.Position);
        inner.Write(buffer[..Math.Min(room, buffer.Length)]);
        inner.Flush();
        if (buffer.Length > room)
        {
            throw new IOException("Er is geen ruimte meer op het apparaat (gesimuleerd).");
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
