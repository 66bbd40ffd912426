using Microsoft.Extensions.FileSystemGlobbing;

namespace Zorginkoop.Dsl.Cli.Inputs;

/// <summary>
/// A path with <c>*</c> or <c>**</c> that the shell left alone (quoted, or cmd and PowerShell, which never expand):
/// the files it matches, through Microsoft.Extensions.FileSystemGlobbing. The part before the first wildcard is the
/// folder searched, written as the user wrote it, so the files found keep that form (relative or absolute).
/// </summary>
internal static class PathGlob
{
    public static bool IsGlob(string path) => path.Contains('*', StringComparison.Ordinal);

    /// <returns>The folder searched and the files found in it, in ordinal order; none if the folder does not exist.</returns>
    public static (string Folder, IReadOnlyList<string> Files) Expand(string pattern)
    {
        var segments = pattern.Split(['/', '\\']);
        var literal = segments.TakeWhile(s => !IsGlob(s)).Count();
        var folder = string.Join('/', segments.Take(literal));
        if (folder.Length == 0 && Path.IsPathRooted(pattern))
        {
            folder = "/";
        }

        var rest = string.Join('/', segments.Skip(literal));
        var searched = folder.Length == 0 ? "." : folder;
        if (!Directory.Exists(searched))
        {
            return (searched, []);
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        var files = matcher.GetResultsInFullPath(searched)
            .Select(full => Path.GetRelativePath(Path.GetFullPath(searched), full))
            .Select(relative => folder.Length == 0 ? relative : Path.Join(folder, relative))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (searched, files);
    }
}
