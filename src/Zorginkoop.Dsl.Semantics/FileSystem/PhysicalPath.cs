namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>
/// The path a file really lives at: every symbolic link along the way followed, as the operating system does
/// (<c>realpath</c>), so that a link cannot carry a path out of a folder it seems to be in. Parts that do not exist
/// are kept as written, so a file that is only open in an editor resolves too.
/// </summary>
public static class PhysicalPath
{
    /// <summary>The limit Linux puts on links followed while resolving one path (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The resolved full path, or null for a loop of links.</summary>
    public static string? Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new LinkedList<string>(Parts(fullPath[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Join(current, part);
            var target = LinkTarget(candidate);
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var linked in Parts(target).Reverse())
            {
                pending.AddFirst(linked);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it; both resolved full paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var withSeparator = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Equals(folder, comparison) || path.StartsWith(withSeparator, comparison);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Parts(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
}
