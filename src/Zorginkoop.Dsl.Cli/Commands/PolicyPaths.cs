using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>Expands command-line paths into policy files: files as given, folders searched for *.zip, in a stable order.</summary>
public static class PolicyPaths
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.zip", SearchOption.AllDirectories)
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj"))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add(DiagnosticCatalog.NoPolicyFiles(path));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(DiagnosticCatalog.FileNotFound(path, "het bestand of de map bestaat niet."));
            }
        }

        return (files.Distinct().ToList(), problems);
    }
}
