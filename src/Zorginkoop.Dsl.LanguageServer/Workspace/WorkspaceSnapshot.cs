using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// The texts the compiler sees at one moment: an open buffer wins over the file on disk, so an import that is open
/// in the editor is checked as typed. Immutable, so a compilation on a background thread sees one consistent state.
/// Imports stay inside the workspace folder that holds the policy (the deepest, if folders nest), or the policy's
/// own folder when it is in none, as on the command line (<see cref="ImportRoot"/>).
/// </summary>
public sealed class WorkspaceSnapshot(ImmutableDictionary<string, OpenDocument> documents, int generation, ImmutableArray<string> folders) : ISourceProvider
{
    public int Generation { get; } = generation;

    public ImmutableDictionary<string, OpenDocument> Documents { get; } = documents;

    /// <summary>The workspace folders, as full paths.</summary>
    public ImmutableArray<string> Folders { get; } = folders;

    public string ImportRootFor(string entryFullPath) =>
        Folders.Where(folder => PhysicalPath.IsInside(entryFullPath, folder)).MaxBy(folder => folder.Length)
        ?? Path.GetDirectoryName(entryFullPath)!;

    public SourceLoadResult Load(string fullPath, string displayPath) =>
        Documents.TryGetValue(fullPath, out var document)
            ? SourceLoadResult.Success(new SourceText(fullPath, document.Text))
            // Full paths everywhere, so that every location maps back to a URI.
            : FileSystemSourceProvider.Instance.Load(fullPath, fullPath);

    /// <summary>The URI to report a location in: the client's own for open documents, a file URI otherwise.</summary>
    public string UriOf(string path) => Documents.TryGetValue(path, out var document) ? document.Uri : DocumentUris.FromPath(path);
}
