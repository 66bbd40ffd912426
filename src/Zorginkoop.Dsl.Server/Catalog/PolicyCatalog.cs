using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Server.Configuration;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Catalog;

/// <summary>
/// The policies of the served folder, compiled once at start and again when a file changes. A policy that no
/// longer checks keeps its last good version serving; its failure is kept beside it for <c>/v1/health</c>. Readers
/// take one immutable snapshot per request (<see cref="Entries"/>), so a reload never changes a request half-way.
/// <para>
/// Reloads run on a thread of their own, not on a thread-pool timer: under load (requests, a Roslyn build in the
/// background) a pool callback waited up to seconds for a thread, which is what made an edit take 1–3 s to serve.
/// With the compiled engine a changed policy serves at once through the interpreter (both engines decide alike),
/// and one more thread builds the compiled versions, one policy at a time, and swaps them in when done.
/// </para>
/// </summary>
public sealed class PolicyCatalog : IDisposable
{
    /// <summary>How long a burst of file events (an editor writes, renames, touches) is gathered before one reload.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    /// <summary>An editor's save is one burst; events this far apart are two edits, so a steady trickle still reloads.</summary>
    private static readonly TimeSpan LongestBurst = TimeSpan.FromMilliseconds(250);

    private readonly ServerOptions options;
    private readonly ILogger? logger;
    private readonly string root;
    private readonly object reloadLock = new();
    private readonly FileSystemWatcher? watcher;
    private readonly AutoResetEvent changed = new(false);
    private readonly Thread? reloader;
    private readonly BlockingCollection<Action> upgrades = new();
    private readonly Thread? upgrader;
    private long lastEvent;
    private volatile bool disposed;
    private ImmutableDictionary<string, PolicyEntry> entries = ImmutableDictionary<string, PolicyEntry>.Empty.WithComparers(StringComparer.Ordinal);
    private ImmutableArray<Diagnostic> folderProblems = [];
    private long generation;

    public PolicyCatalog(ServerOptions options, ILogger<PolicyCatalog>? logger = null)
    {
        this.options = options;
        this.logger = logger;
        root = Path.GetFullPath(options.Folder);
        Reload();
        if (options.Engine == Engine.Compiled)
        {
            upgrader = new Thread(() =>
            {
                foreach (var upgrade in upgrades.GetConsumingEnumerable())
                {
                    try
                    {
                        upgrade();
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // The interpreter goes on serving that version; the next edit tries the compiler again.
                        logger?.LogError(e, "Compileren van een gewijzigd beleid mislukt");
                    }
                }
            }) { IsBackground = true, Name = "zorginkoop policy compile" };
            upgrader.Start();
        }

        if (options.Watch && Directory.Exists(root))
        {
            reloader = new Thread(ReloadOnChanges) { IsBackground = true, Name = "zorginkoop policy reload" };
            reloader.Start();
            watcher = new FileSystemWatcher(root, "*.zip") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Every policy file, by id, in id order.</summary>
    public IReadOnlyList<PolicyEntry> Entries => [.. entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>Problems with the folder itself (no policies, two files with one id, skipped special files).</summary>
    public ImmutableArray<Diagnostic> FolderProblems => folderProblems;

    /// <summary>Counts reloads, so a test can wait for one without sleeping a guess.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>When the last reload ran and how long it took (for <c>/v1/health</c> and the reload benchmark).</summary>
    public ReloadTiming? LastReload { get; private set; }

    public PolicyEntry? Find(string id) => entries.GetValueOrDefault(id);

    /// <summary>The nearest id to a mistyped one, for "Bedoelde u …?".</summary>
    public string? Suggest(string id) => NameSuggester.Suggest(id, entries.Keys);

    /// <summary>
    /// Compiles every policy file whose text (or an import's) changed since it was last compiled, and those new;
    /// drops those removed. Runs on start, after file events, and when a test asks.
    /// </summary>
    public void Reload()
    {
        lock (reloadLock)
        {
            var clock = Stopwatch.StartNew();
            var problems = new List<Diagnostic>();
            var found = new Dictionary<string, (string Path, string Display)>(StringComparer.Ordinal);
            if (Directory.Exists(root))
            {
                foreach (var entry in PolicyFolder.Search(root))
                {
                    if (entry.Skipped is { } skipped)
                    {
                        problems.Add(skipped);
                        continue;
                    }

                    if (entry.Path.EndsWith(".test.zip", StringComparison.Ordinal))
                    {
                        continue; // scenarios for `zorginkoop test`, not policies to decide with
                    }

                    var display = Path.GetRelativePath(root, entry.Path).Replace('\\', '/');
                    var id = display[..^".zip".Length].Replace('/', '.');
                    if (found.TryGetValue(id, out var first))
                    {
                        problems.Add(DiagnosticCatalog.DuplicatePolicyId(id, first.Display, display));
                        continue;
                    }

                    found[id] = (entry.Path, display);
                }
            }

            if (found.Count == 0)
            {
                problems.Add(DiagnosticCatalog.NoPolicyFiles(options.Folder));
            }

            var next = ImmutableDictionary.CreateBuilder<string, PolicyEntry>(StringComparer.Ordinal);
            foreach (var (id, (path, display)) in found.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                next[id] = Load(id, path, display, entries.GetValueOrDefault(id));
            }

            entries = next.ToImmutable();
            folderProblems = [.. problems];
            LastReload = new ReloadTiming(DateTimeOffset.UtcNow, clock.Elapsed);
            Interlocked.Increment(ref generation);
        }
    }

    private PolicyEntry Load(string id, string path, string display, PolicyEntry? previous)
    {
        if (previous?.Served is { } served && previous.Failure is null && !Changed(served))
        {
            return previous;
        }

        EvaluationSession session;
        try
        {
            session = EvaluationSession.Open(Path.Combine(options.Folder, display), options.Engine, asOf: null, new FileSystemSourceProvider(root, displayRoot: root));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is being written or was removed between the search and the read: keep what served.
            var failure = new LoadFailure(DateTimeOffset.UtcNow, [DiagnosticCatalog.FileNotFound(path, "het bestand kon niet worden gelezen.")]);
            return new PolicyEntry(id, path, display, previous?.Served, failure);
        }

        if (session.HasErrors)
        {
            var errors = session.Diagnostics.Where(d => d.IsError).ToList();
            if (previous?.Served is not null)
            {
                logger?.LogWarning("{Message}", DiagnosticCatalog.ReloadFailed(id, errors.Count).ToString());
            }

            return new PolicyEntry(id, path, display, previous?.Served, new LoadFailure(DateTimeOffset.UtcNow, [.. session.Diagnostics]));
        }

        if (upgrader is not null && options.Engine == Engine.Compiled)
        {
            // After the start (a changed or a new file), a Roslyn build takes a second or more: the new text serves at
            // once through the interpreter (both engines decide alike), and the compiled engine takes over when its
            // build is done. At the start every policy is compiled before the first request.
            var interpreted = new ServedPolicy(id, path, display, EvaluationSession.Open(session.Policy, Engine.Interpreter), DateTimeOffset.UtcNow);
            upgrades.Add(() => Upgrade(id, interpreted, session));
            logger?.LogInformation("Beleid {Id} geladen ({Hash}), interpreter tot de gecompileerde versie klaar is", id, interpreted.ContentHash);
            return new PolicyEntry(id, path, display, interpreted, null);
        }

        var next = new ServedPolicy(id, path, display, session, DateTimeOffset.UtcNow);
        try
        {
            next.Warm();
        }
        catch (PolicyBuildException build)
        {
            return new PolicyEntry(id, path, display, previous?.Served, new LoadFailure(DateTimeOffset.UtcNow, [.. build.Diagnostics]));
        }

        logger?.LogInformation("Beleid {Id} geladen ({Hash})", id, next.ContentHash);
        return new PolicyEntry(id, path, display, next, null);
    }

    private void Upgrade(string id, ServedPolicy interpreted, EvaluationSession compiled)
    {
        // Under the lock: the reload that queued this build publishes its entries before it lets go of the lock.
        lock (reloadLock)
        {
            if (disposed || !ReferenceEquals(entries.GetValueOrDefault(id)?.Served, interpreted))
            {
                return; // a newer edit came first: no build for a version nobody will be served
            }
        }

        var next = new ServedPolicy(id, interpreted.Path, interpreted.DisplayPath, compiled, interpreted.LoadedAt);
        try
        {
            next.Warm();
        }
        catch (PolicyBuildException)
        {
            return; // the interpreter goes on serving this version
        }

        lock (reloadLock)
        {
            if (entries.GetValueOrDefault(id) is { } current && ReferenceEquals(current.Served, interpreted))
            {
                entries = entries.SetItem(id, current with { Served = next });
                logger?.LogInformation("Beleid {Id} gecompileerd ({Hash})", id, next.ContentHash);
            }
        }
    }

    /// <summary>Whether any file of a served policy differs from the text it was compiled from.</summary>
    private static bool Changed(ServedPolicy served)
    {
        foreach (var file in served.Policy.Files)
        {
            try
            {
                if (!File.Exists(file.Text.Path) || File.ReadAllText(file.Text.Path) != file.Text.Content)
                {
                    return true;
                }
            }
            catch (IOException)
            {
                return true;
            }
        }

        return false;
    }

    private void Schedule()
    {
        if (disposed)
        {
            return;
        }

        Interlocked.Exchange(ref lastEvent, Stopwatch.GetTimestamp());
        try
        {
            changed.Set();
        }
        catch (ObjectDisposedException)
        {
            // an event that was on its way while the catalogue closed
        }
    }

    /// <summary>
    /// Waits for a file event, then for <see cref="Quiet"/> without one (at most <see cref="LongestBurst"/>), then
    /// reloads. An event during a reload sets the signal again, so that change is picked up by the next round.
    /// </summary>
    private void ReloadOnChanges()
    {
        while (true)
        {
            changed.WaitOne();
            var first = Stopwatch.GetTimestamp();
            while (!disposed)
            {
                var quiet = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastEvent));
                if (quiet >= Quiet || Stopwatch.GetElapsedTime(first) >= LongestBurst)
                {
                    break;
                }

                changed.WaitOne(Quiet - quiet);
            }

            if (disposed)
            {
                return;
            }

            try
            {
                Reload();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A reload that throws must not end the watching: the last good versions go on serving.
                logger?.LogError(e, "Herladen van {Folder} mislukt", root);
            }
        }
    }

    public void Dispose()
    {
        disposed = true;
        watcher?.Dispose();
        changed.Set();
        upgrades.CompleteAdding();
        if (reloader?.Join(TimeSpan.FromSeconds(5)) != false)
        {
            changed.Dispose();
        }
    }
}
