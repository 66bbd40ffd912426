using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.FileSystem;

/// <summary>
/// Finds the policy files (<c>*.zip</c>) under a folder, for <c>check</c>, <c>build</c>, <c>format</c>, <c>test</c>
/// and the language server's workspace. The search stays in the folder's tree, as imports do (<c>ImportRoot</c>):
/// a symbolic link that leads out of it is skipped with a warning, a link back to a folder being searched (a loop)
/// is skipped with a warning instead of being walked for ever, and a named pipe, device or socket called
/// <c>*.zip</c> is skipped with a warning instead of being opened (which could block for ever).
/// </summary>
public static class PolicyFolder
{
    /// <summary>Folders of tools and builds, never policies of their own.</summary>
    private static readonly HashSet<string> IgnoredFolders = ["node_modules", "bin", "obj", ".git"];

    private static readonly StringComparison NameComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>A policy file found, or (with <see cref="Skipped"/>) an entry passed over and why.</summary>
    public sealed record Entry(string Path, Diagnostic? Skipped = null);

    /// <summary>Every entry under <paramref name="folder"/>, lazily, each folder's names in ordinal order; paths start with <paramref name="folder"/> as given.</summary>
    public static IEnumerable<Entry> Search(string folder, CancellationToken cancellationToken = default)
    {
        var start = PhysicalPath.Resolve(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);
        var searched = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase) { start };
        var pending = new Stack<(string Shown, string Physical)>();
        pending.Push((folder, start));
        while (pending.TryPop(out var current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var subfolders = new List<(string, string)>();
            foreach (var entry in Entries(current.Shown))
            {
                var name = entry.Name;
                var shown = Path.Join(current.Shown, name);
                var physical = entry.LinkTarget is null ? Path.Join(current.Physical, name) : PhysicalPath.Resolve(Path.GetFullPath(shown));
                var kind = FileKinds.Of(shown);
                if (physical is not null && !PhysicalPath.IsInside(physical, start) && (kind == FileKind.Directory || IsPolicyName(name)))
                {
                    yield return new Entry(shown, DiagnosticCatalog.SkippedWhileSearching(shown, "deze symbolische koppeling wijst naar iets buiten de map die wordt doorzocht"));
                    continue;
                }

                switch (kind)
                {
                    case FileKind.Directory when !IgnoredFolders.Contains(name):
                        if (physical is null || PhysicalPath.IsInside(current.Physical, physical))
                        {
                            yield return new Entry(shown, DiagnosticCatalog.SkippedWhileSearching(shown, "deze symbolische koppeling wijst naar een map waarin ze zelf staat (een kring)"));
                        }
                        else if (searched.Add(physical))
                        {
                            subfolders.Add((shown, physical));
                        }

                        break;
                    case FileKind.Special when IsPolicyName(name):
                        yield return new Entry(shown, DiagnosticCatalog.SkippedWhileSearching(shown, $"dit is geen gewoon bestand maar {FileKinds.SpecialDescription}"));
                        break;
                    case FileKind.Regular or FileKind.Missing when IsPolicyName(name):
                        // A broken link is kept, so that checking it says the file does not exist.
                        yield return new Entry(shown);
                        break;
                }
            }

            // Pushed in reverse, so folders are searched in ordinal order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }

    private static bool IsPolicyName(string name) => name.EndsWith(".zip", NameComparison);

    private static List<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
