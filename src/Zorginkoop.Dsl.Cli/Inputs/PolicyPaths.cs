using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>
/// Expands command-line paths into policy files: files as given, folders searched for *.zip (loops and special
/// files skipped with a warning, <see cref="PolicyFolder"/>), patterns such as <c>policies/**/*.zip</c> expanded
/// (<see cref="PathGlob"/>), in a stable order; and says where each file's
/// imports may come from (<see cref="ImportRoot"/>): <c>--root</c> if given, else the folder a file was found in,
/// else the file's own folder.
/// </summary>
public static class PolicyPaths
{
    public static PolicyFileSet Expand(IEnumerable<string> paths, string? root = null)
    {
        var files = new List<string>();
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var entries = PolicyFolder.Search(path).ToList();
                problems.AddRange(entries.Select(e => e.Skipped).OfType<Diagnostic>());
                var found = entries.Where(e => e.Skipped is null).Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add(DiagnosticCatalog.NoPolicyFiles(path));
                }

                foreach (var file in found)
                {
                    roots.TryAdd(file, Path.GetFullPath(path));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (PathGlob.IsGlob(path))
            {
                // 'policies/**/*.zip' in quotes, or from a shell that does not expand it (cmd, PowerShell).
                var (folder, found) = PathGlob.Expand(path);
                if (found.Count == 0)
                {
                    problems.Add(DiagnosticCatalog.GlobMatchesNothing(path));
                }

                foreach (var file in found)
                {
                    roots.TryAdd(file, Path.GetFullPath(folder));
                }

                files.AddRange(found);
            }
            else
            {
                problems.Add(DiagnosticCatalog.FileNotFound(path, "het bestand of de map bestaat niet."));
            }
        }

        return new PolicyFileSet(files.Distinct().ToList(), problems, roots, root);
    }

    /// <summary>Where a single policy named on the command line is read from: imports inside <c>--root</c>, or its own folder.</summary>
    public static ISourceProvider Sources(string? root) =>
        root is null ? FileSystemSourceProvider.Instance : new FileSystemSourceProvider(Path.GetFullPath(root));
}

/// <summary>The policy files of a command line, the problems met finding them, and where each one's imports may come from.</summary>
public sealed record PolicyFileSet(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems, IReadOnlyDictionary<string, string> FolderRoots, string? Root)
{
    public ISourceProvider SourcesFor(string file) =>
        PolicyPaths.Sources(Root ?? FolderRoots.GetValueOrDefault(file));

    public void Deconstruct(out IReadOnlyList<string> files, out IReadOnlyList<Diagnostic> problems)
    {
        files = Files;
        problems = Problems;
    }
}
