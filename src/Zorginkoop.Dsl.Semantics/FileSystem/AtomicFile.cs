namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>
/// Writes a file beside its final name and renames it over that name, so a reader or an interrupted run sees either
/// the old file or the new one, never half of one; a failed write leaves no temporary file behind.
/// </summary>
public static class AtomicFile
{
    /// <param name="openTemporary">Opens the temporary file; tests pass one that fails, to check nothing is left.</param>
    public static void Write(string path, Action<Stream> write, Func<string, Stream>? openTemporary = null)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = (openTemporary ?? OpenNew)(temporary))
            {
                write(stream);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static Stream OpenNew(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is what the caller reports; a temporary file we cannot remove is left as it is.
        }
    }
}
