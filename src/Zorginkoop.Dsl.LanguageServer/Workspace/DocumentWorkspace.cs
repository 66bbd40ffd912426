using System.Collections.Immutable;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// The open documents and the analyses made of them. Every change makes a new generation; an analysis is made on
/// demand for the current generation and kept until the next, so requests between two edits share it.
/// </summary>
public sealed class DocumentWorkspace
{
    /// <summary>Files compiled for workspace-wide references and rename: enough for any real set of policies.</summary>
    private const int MaxWorkspaceFiles = 500;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (int Generation, Lazy<DocumentAnalysis?> Analysis)> analyses = new(DocumentUris.PathComparer);
    private readonly AsyncLocal<WorkspaceSnapshot?> pinned = new();
    private ImmutableDictionary<string, OpenDocument> documents = ImmutableDictionary.Create<string, OpenDocument>(DocumentUris.PathComparer);
    private ImmutableArray<string> roots = [];
    private int generation;

    public void SetRoots(IEnumerable<string> folderUris)
    {
        lock (gate)
        {
            roots = [.. folderUris.Select(DocumentUris.ToPath).Where(Directory.Exists).Select(Path.TrimEndingDirectorySeparator).Distinct(DocumentUris.PathComparer)];
        }
    }

    public OpenDocument Open(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, DocumentUris.ToPath(item.Uri), item.Version, item.Text ?? string.Empty);
        lock (gate)
        {
            documents = documents.SetItem(document.Path, document);
            generation++;
        }

        return document;
    }

    /// <summary>Applies an edit; edits to a document that is not open, or older than what is open, are ignored.</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (gate)
        {
            if (!documents.TryGetValue(DocumentUris.ToPath(identifier.Uri), out var current) || identifier.Version <= current.Version)
            {
                return null;
            }

            var text = current.Text;
            foreach (var change in changes)
            {
                text = Apply(text, change);
            }

            var updated = current with { Version = identifier.Version, Text = text };
            documents = documents.SetItem(updated.Path, updated);
            generation++;
            return updated;
        }
    }

    public OpenDocument? Close(string uri)
    {
        lock (gate)
        {
            var path = DocumentUris.ToPath(uri);
            if (!documents.TryGetValue(path, out var document))
            {
                return null;
            }

            documents = documents.Remove(path);
            generation++;
            return document;
        }
    }

    /// <summary>Files changed on disk (an import that is not open): every analysis may be stale.</summary>
    public void FilesChanged()
    {
        lock (gate)
        {
            generation++;
        }
    }

    public OpenDocument? Find(string uri)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(DocumentUris.ToPath(uri));
        }
    }

    public IReadOnlyList<OpenDocument> OpenDocuments
    {
        get
        {
            lock (gate)
            {
                return [.. documents.Values];
            }
        }
    }

    public WorkspaceSnapshot Snapshot()
    {
        lock (gate)
        {
            return new WorkspaceSnapshot(documents, generation, roots);
        }
    }

    /// <summary>
    /// Pins the snapshot a request sees to the moment it arrived: requests run off the message loop, and an edit
    /// that arrives after a request must not change the text the request's positions refer to. Flows with the
    /// request's execution context (into <c>Task.Run</c> and awaits); dispose to unpin.
    /// </summary>
    public IDisposable Pin(WorkspaceSnapshot snapshot)
    {
        var previous = pinned.Value;
        pinned.Value = snapshot;
        return new Unpin(() => pinned.Value = previous);
    }

    /// <summary>The snapshot a request sees: the pinned one inside a request, else the current one.</summary>
    public WorkspaceSnapshot Current => pinned.Value ?? Snapshot();

    /// <summary>The analysis of an open document (in the pinned or current snapshot); null when the document is not open.</summary>
    public DocumentAnalysis? Analyze(string uri)
    {
        var snapshot = Current;
        var path = DocumentUris.ToPath(uri);
        return snapshot.Documents.ContainsKey(path) ? Analyze(path, snapshot) : null;
    }

    /// <summary>
    /// The analysis of any file (open or on disk) in a snapshot; null when it cannot be read. One compilation per
    /// file and generation, shared: a hover that arrives while the diagnostics or the semantic tokens of the same
    /// text are being computed waits for that compilation instead of starting a second one.
    /// </summary>
    public DocumentAnalysis? Analyze(string path, WorkspaceSnapshot snapshot)
    {
        Lazy<DocumentAnalysis?> entry;
        lock (gate)
        {
            if (analyses.TryGetValue(path, out var cached) && cached.Generation == snapshot.Generation)
            {
                entry = cached.Analysis;
            }
            else
            {
                entry = new Lazy<DocumentAnalysis?>(() => Compute(path, snapshot), LazyThreadSafetyMode.ExecutionAndPublication);
                if (snapshot.Generation == generation)
                {
                    analyses[path] = (snapshot.Generation, entry);
                }
            }
        }

        return entry.Value;
    }

    private static DocumentAnalysis? Compute(string path, WorkspaceSnapshot snapshot)
    {
        var policy = PolicyCompilation.Compile(path, snapshot);
        var tree = policy.Files.LastOrDefault(f => DocumentUris.PathComparer.Equals(f.Text.Path, path));
        if (tree is null)
        {
            if (!snapshot.Documents.TryGetValue(path, out var document))
            {
                return null;
            }

            // Not even loadable as a policy (binary text, say): keep the buffer so features degrade, not fail.
            tree = PolicyParser.Parse(new SourceText(path, document.Text));
        }

        var analysis = new DocumentAnalysis(path, snapshot.Documents.GetValueOrDefault(path)?.Version, policy, tree, snapshot);
        // What nearly every request reads, made here (off the message loop, once per text) rather than by the
        // first request, so a hover never waits for the tokens of the whole file that a tokens request is making.
        _ = analysis.Tokens;
        _ = analysis.ReferencesInFile;
        return analysis;
    }

    /// <summary>
    /// Analyses of every policy that can see a file: the open documents and the *.zip files in the workspace
    /// folders, so that references and rename reach files the author has not opened. The folders are searched as
    /// <c>check</c> searches them (<see cref="PolicyFolder"/>: no loops, no pipes or devices, nothing outside), and
    /// the work stops when <paramref name="cancellationToken"/> is cancelled (the client cancelled the request).
    /// </summary>
    public IEnumerable<DocumentAnalysis> AnalyzeAll(WorkspaceSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var onDisk = snapshot.Folders
            .SelectMany(folder => PolicyFolder.Search(folder, cancellationToken))
            .Where(entry => entry.Skipped is null)
            .Select(entry => Path.GetFullPath(entry.Path))
            .Take(MaxWorkspaceFiles)
            .ToList();
        foreach (var path in snapshot.Documents.Keys.Concat(onDisk).Distinct(DocumentUris.PathComparer).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Analyze(path, snapshot) is { } analysis)
            {
                yield return analysis;
            }
        }
    }

    private static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }

        var lineStarts = PositionConverter.LineStarts(text);
        var start = PositionConverter.ToOffset(text, lineStarts, change.Range.Start);
        var end = Math.Max(start, PositionConverter.ToOffset(text, lineStarts, change.Range.End));
        return string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
    }

    private sealed class Unpin(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
