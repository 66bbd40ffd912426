namespace Zorginkoop.Dsl.Syntax.Text;

/// <summary>
/// Reads a whole file, but never more than a limit. The size a file reports is not enough: a device or a pipe
/// (/dev/zero, a FIFO, /proc files) reports 0 and may never end, and reading it whole ran the process out of memory.
/// </summary>
public static class BoundedFile
{
    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAllBytes(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        return ReadAllBytes(stream, maxBytes);
    }

    /// <summary>A stream's bytes to its end (a pipe, standard input), or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAllBytes(Stream stream, long maxBytes)
    {
        var buffer = new MemoryStream(stream.CanSeek && stream.Length is > 0 and var length && length <= maxBytes ? (int)length : 64 * 1024);
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
