using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>
/// The one way the tools replace a file: written beside its final name and renamed over it, so a reader or an
/// interrupted run sees either the old file or the new one, never half of one. A symbolic link is followed (the
/// file it points at is replaced, the link stays) and the file keeps its permissions. A temporary is named
/// <c>.name.&lt;process id&gt;.&lt;random&gt;.tmp</c>: a failed write removes its own, a terminating signal
/// removes every one in flight (<see cref="DeleteInFlight"/>, called by the command line's signal handler), and
/// one left by a killed process is removed by the next write to the same name once that process is gone.
/// </summary>
public static class AtomicFile
{
    /// <summary>Test hook, for killing a process at the worst moment: milliseconds to wait before each rename.</summary>
    public const string PauseBeforeRenameVariable = "ZORGINKOOP_TEST_PAUSE_BEFORE_RENAME_MS";

    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);

    /// <param name="openTemporary">Opens the temporary file; tests pass one that fails, to check nothing is left.</param>
    public static void Write(string path, Action<Stream> write, Func<string, Stream>? openTemporary = null) =>
        WriteAll([(path, write)], openTemporary);

    /// <summary>
    /// Files that belong together (an assembly and its .pdb): every one is written completely before any is renamed,
    /// and they are renamed in the order given, so whoever sees the last one sees the others new too.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, Func<string, Stream>? openTemporary = null)
    {
        var pending = new List<PendingFile>();
        try
        {
            foreach (var (path, write) in files)
            {
                var file = Begin(path, openTemporary);
                pending.Add(file);
                write(file.Stream);
            }

            foreach (var file in pending)
            {
                file.Complete();
            }

            foreach (var file in pending)
            {
                file.Rename();
            }
        }
        finally
        {
            foreach (var file in pending)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>A file to be written by streaming (batch output); <see cref="PendingFile.Commit"/> puts it in place, disposing without it leaves the old one.</summary>
    public static PendingFile Begin(string path, Func<string, Stream>? openTemporary = null)
    {
        var target = FinalTarget(Path.GetFullPath(path));
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(target);
        RemoveAbandoned(directory, name);
        var temporary = Path.Combine(directory, $".{name}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp");
        InFlight[temporary] = 0;
        try
        {
            return new PendingFile(target, temporary, (openTemporary ?? OpenNew)(temporary));
        }
        catch
        {
            Forget(temporary);
            throw;
        }
    }

    /// <summary>Removes every temporary this process is writing: the process is being terminated.</summary>
    public static void DeleteInFlight()
    {
        foreach (var temporary in InFlight.Keys)
        {
            TryDelete(temporary);
        }
    }

    internal static void Forget(string temporary)
    {
        TryDelete(temporary);
        InFlight.TryRemove(temporary, out _);
    }

    internal static void Renamed(string temporary) => InFlight.TryRemove(temporary, out _);

    internal static void PauseBeforeRename()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(PauseBeforeRenameVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            Thread.Sleep(milliseconds);
        }
    }

    /// <summary>The file a path names, through any symbolic links: formatting a linked policy changes the policy, not the link.</summary>
    private static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: writing the path itself fails with the file system's own reason.
            return path;
        }
    }

    /// <summary>Temporaries of this name left by a process that no longer runs (killed mid-write).</summary>
    private static void RemoveAbandoned(string directory, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, $".{name}.*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var parts = Path.GetFileName(candidate)[(name.Length + 2)..].Split('.');
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var processId) && !IsRunning(processId))
            {
                TryDelete(candidate);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static Stream OpenNew(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

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
