namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>
/// A file being written beside its final name (<see cref="AtomicFile.Begin"/>). <see cref="Commit"/> makes it
/// durable, gives it the permissions of the file it replaces and renames it over that file; disposing it
/// uncommitted removes it and leaves the old file as it was.
/// </summary>
public sealed class PendingFile : IDisposable
{
    private readonly string temporary;
    private bool completed;
    private bool renamed;

    internal PendingFile(string target, string temporary, Stream stream)
    {
        Target = target;
        this.temporary = temporary;
        Stream = stream;
    }

    /// <summary>The file that will be replaced (a symbolic link's target, not the link).</summary>
    public string Target { get; }

    public Stream Stream { get; }

    public void Commit()
    {
        Complete();
        Rename();
    }

    /// <summary>Everything on disk, with the old file's mode, but not yet in place.</summary>
    internal void Complete()
    {
        if (completed)
        {
            return;
        }

        Stream.Flush();
        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        if (!OperatingSystem.IsWindows() && File.Exists(Target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(Target));
        }

        completed = true;
    }

    internal void Rename()
    {
        AtomicFile.PauseBeforeRename();
        File.Move(temporary, Target, overwrite: true);
        renamed = true;
        AtomicFile.Renamed(temporary);
    }

    public void Dispose()
    {
        if (renamed)
        {
            return;
        }

        try
        {
            Stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stream that cannot even close is abandoned; the temporary goes below all the same.
        }

        AtomicFile.Forget(temporary);
    }
}
