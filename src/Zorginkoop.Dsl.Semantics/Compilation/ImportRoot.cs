using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>
/// The folder a policy's <c>gebruik</c> paths must stay inside: by default the folder of the entry policy, on the
/// command line the folder given to <c>check</c> or <c>--root</c>, in the editor the workspace folder. An absolute
/// path, a <c>../</c> chain or a symbolic link that leads out of it, and anything that is not a regular file are
/// refused before the file is opened, so no diagnostic can show what such a file contains.
/// </summary>
public sealed class ImportRoot
{
    private readonly string physical;

    public ImportRoot(string folder)
    {
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        physical = PhysicalPath.Resolve(Folder) ?? Folder;
    }

    /// <summary>The full path of the folder, as given.</summary>
    public string Folder { get; }

    /// <summary>The full path <paramref name="written"/> names from <paramref name="importingFile"/>, or why it may not be read.</summary>
    public ResolvedImport Resolve(string importingFile, string written, SourceLocation at)
    {
        if (written.Contains('\0'))
        {
            // Only an editor buffer can hold one (a file with a NUL byte is not text); the file system cuts paths there.
            return new(null, DiagnosticCatalog.ImportNotFound(at, written.Replace("\0", "\\0"), "het pad bevat een nul-teken."));
        }

        if (IsAbsolute(written))
        {
            return new(null, DiagnosticCatalog.AbsoluteImport(at, written));
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(importingFile)!, written));
        var rootShown = PolicyLoader.DisplayPath(Folder);
        if (!PhysicalPath.IsInside(target, Folder) && !PhysicalPath.IsInside(target, physical))
        {
            return new(null, DiagnosticCatalog.ImportOutsideRoot(at, written, rootShown, throughLink: false));
        }

        if (PhysicalPath.Resolve(target) is not { } resolved)
        {
            return new(null, DiagnosticCatalog.ImportNotRegularFile(at, written, "een kring van symbolische koppelingen"));
        }

        if (!PhysicalPath.IsInside(resolved, physical))
        {
            return new(null, DiagnosticCatalog.ImportOutsideRoot(at, written, rootShown, throughLink: true));
        }

        return FileKinds.Of(target) == FileKind.Special
            ? new(null, DiagnosticCatalog.ImportNotRegularFile(at, written, FileKinds.SpecialDescription))
            : new(target, null);
    }

    /// <summary>Rooted on this system, or on another (<c>C:\…</c>, <c>\\server\…</c> are absolute on Windows and would be read there).</summary>
    private static bool IsAbsolute(string written) =>
        Path.IsPathRooted(written)
        || written.StartsWith('\\')
        || written.StartsWith('/')
        || (written.Length >= 2 && char.IsAsciiLetter(written[0]) && written[1] == ':');
}

/// <summary>The file an import names, or the diagnostic that refuses it.</summary>
public sealed record ResolvedImport(string? Target, Diagnostic? Refusal);
