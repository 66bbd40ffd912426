using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Workspace;

/// <summary>
/// Checks open documents shortly after they change and publishes their diagnostics. Typing restarts the wait
/// (debounce), so a burst of edits is checked once; a result is published only if no newer check of that document
/// was started meanwhile, so the latest text always wins. At most one check of a document runs at a time: a check
/// whose wait is over waits for the running one, and is dropped before compiling if a newer edit came meanwhile,
/// so typing faster than a long file checks costs one check per finished check, not one per keystroke. A change
/// also re-checks every open document that imports the changed one.
/// </summary>
public sealed class DiagnosticsScheduler(DocumentWorkspace workspace, Func<PublishDiagnosticsParams, Task> publish, TimeSpan delay, Action<string> log)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Ticket, CancellationTokenSource Cancel)> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> filesByDocument = new(DocumentUris.PathComparer);
    private long tickets;

    public TimeSpan Delay { get; } = delay;

    /// <summary>Schedules a check of the document and of every open document whose policy includes it.</summary>
    public void Changed(OpenDocument document)
    {
        Schedule(document.Uri);
        foreach (var other in workspace.OpenDocuments.Where(d => d.Path != document.Path && Includes(d.Path, document.Path)))
        {
            Schedule(other.Uri);
        }
    }

    /// <summary>Files on disk changed: re-check the open documents that use them (all of them, when unknown).</summary>
    public void FilesChanged(IEnumerable<string> paths)
    {
        var changed = paths.ToList();
        foreach (var document in workspace.OpenDocuments.Where(d => changed.Count == 0 || changed.Any(p => Includes(d.Path, p))))
        {
            Schedule(document.Uri);
        }
    }

    public async Task ClearAsync(OpenDocument document)
    {
        lock (gate)
        {
            if (pending.Remove(document.Uri, out var running))
            {
                running.Cancel.Cancel();
            }

            filesByDocument.Remove(document.Path);
        }

        await publish(new PublishDiagnosticsParams { Uri = document.Uri, Diagnostics = [] }).ConfigureAwait(false);
    }

    private void Schedule(string uri)
    {
        CancellationTokenSource cancel;
        long ticket;
        lock (gate)
        {
            if (pending.TryGetValue(uri, out var previous))
            {
                previous.Cancel.Cancel();
            }

            cancel = new CancellationTokenSource();
            ticket = ++tickets;
            pending[uri] = (ticket, cancel);
            var before = running.GetValueOrDefault(uri) ?? Task.CompletedTask;
            running[uri] = Task.Run(() => CheckAsync(uri, ticket, before, cancel.Token));
        }
    }

    private async Task CheckAsync(string uri, long ticket, Task before, CancellationToken cancellation)
    {
        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellation).ConfigureAwait(false);
            }

            // One check of a document at a time (the one before never throws: see the catch clauses below).
            await before.ConfigureAwait(false);
            lock (gate)
            {
                if (!pending.TryGetValue(uri, out var latest) || latest.Ticket != ticket)
                {
                    return;
                }
            }

            var analysis = workspace.Analyze(uri);
            if (analysis is null || cancellation.IsCancellationRequested)
            {
                return;
            }

            var diagnostics = analysis.Diagnostics.Select(d => DiagnosticConverter.ToLsp(d, analysis))
                .Concat(analysis.Acknowledged.Select(a => DiagnosticConverter.ToLsp(a, analysis))).ToList();
            lock (gate)
            {
                filesByDocument[analysis.Path] = new HashSet<string>(analysis.FilePaths, DocumentUris.PathComparer);
                if (!pending.TryGetValue(uri, out var latest) || latest.Ticket != ticket)
                {
                    return;
                }

                pending.Remove(uri);
            }

            await publish(new PublishDiagnosticsParams { Uri = uri, Version = analysis.Version, Diagnostics = diagnostics }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer edit restarted the wait.
        }
        catch (Exception e)
        {
            // A bug must not stop later checks; it goes to the client's log.
            log($"Controle van {uri} mislukt: {e}");
        }
    }

    private bool Includes(string documentPath, string path)
    {
        lock (gate)
        {
            return filesByDocument.TryGetValue(documentPath, out var files) && files.Contains(path);
        }
    }
}
