using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Handlers;
using Zorginkoop.Dsl.LanguageServer.Handlers.CodeActions;
using Zorginkoop.Dsl.LanguageServer.Handlers.Completion;
using Zorginkoop.Dsl.LanguageServer.Handlers.Folding;
using Zorginkoop.Dsl.LanguageServer.Handlers.Formatting;
using Zorginkoop.Dsl.LanguageServer.Handlers.Highlight;
using Zorginkoop.Dsl.LanguageServer.Handlers.Hover;
using Zorginkoop.Dsl.LanguageServer.Handlers.InlayHints;
using Zorginkoop.Dsl.LanguageServer.Handlers.Lifecycle;
using Zorginkoop.Dsl.LanguageServer.Handlers.Navigation;
using Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;
using Zorginkoop.Dsl.LanguageServer.Handlers.Symbols;
using Zorginkoop.Dsl.LanguageServer.Handlers.Synchronization;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Transport;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Server;

/// <summary>
/// The language server on one connection: LSP framing over two streams (stdio for <c>zorginkoop lsp</c>, an
/// in-memory pipe in tests), one handler per method. Messages are taken one at a time in arrival order, so edits
/// apply in order and a request sees the edits sent before it; requests are then answered on the thread pool and
/// checking runs in the background, so the loop never waits for them. Ends on <c>exit</c> or when the client goes away.
/// </summary>
public sealed class ZorginkoopLanguageServer : IDisposable
{
    /// <summary>
    /// The wait after an edit before its check starts. Clients send a didChange per keystroke (VS Code, Helix) or
    /// debounce themselves (Neovim 150 ms, eglot 0.5 s); the edits of one action (auto-closed pairs, a snippet, a
    /// multi-cursor edit, paste and format) arrive within a few milliseconds, keystrokes 50 ms or more apart. 30 ms
    /// merges the first and never waits for the second; a check running meanwhile merges the rest (see
    /// <see cref="DiagnosticsScheduler"/>). docs/language-server.md, "Diagnostics".
    /// </summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(30);

    private readonly JsonRpc rpc;
    private readonly ServerContext context;
    private readonly TextWriter? errorLog;

    /// <param name="errorLog">Where the server's log also goes (stderr for <c>zorginkoop lsp</c>), also before
    /// <c>initialize</c> and after the connection is gone, when the client's log cannot be reached.</param>
    public ZorginkoopLanguageServer(Stream input, Stream output, TimeSpan? debounce = null, TextWriter? errorLog = null)
    {
        this.errorLog = errorLog is null ? null : TextWriter.Synchronized(errorLog);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // A document symbol nests its children: 64 levels (the default) was too few for the groups a policy may nest.
        formatter.JsonSerializerOptions.MaxDepth = 1024;
        rpc = new JsonRpc(new LspMessageHandler(output, input, formatter, Log))
        {
            // One message at a time, in order: a didChange must be applied before the hover that follows it. A
            // request only takes its snapshot here; the work runs on the thread pool (Request below).
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };

        var workspace = new DocumentWorkspace();
        var lifecycle = new ServerLifecycle();
        var diagnostics = new DiagnosticsScheduler(workspace, Publish, debounce ?? DefaultDebounce, Log);
        context = new ServerContext(workspace, diagnostics, lifecycle, Log);

        var initialize = new InitializeHandler(context);
        Add(initialize.Method, new Func<InitializeParams?, InitializeResult>(request => initialize.Handle(request ?? new InitializeParams())));
        var shutdown = new ShutdownHandler(context);
        Add(shutdown.Method, new Func<object?>(shutdown.Handle));
        var exit = new ExitHandler(context);
        Add(exit.Method, new Action(exit.Handle));
        Add(Methods.Initialized, new Action(RegisterWatchers));

        Notification(new DidOpenHandler(context));
        Notification(new DidChangeHandler(context));
        Notification(new DidCloseHandler(context));
        Notification(new DidChangeWatchedFilesHandler(context));
        Add(Methods.DidSave, new Action(() => { }));

        Request(new HoverHandler(context));
        Request(new CompletionHandler(context));
        Request(new DefinitionHandler(context));
        RequestAsync(new ReferencesHandler(context));
        Request(new PrepareRenameHandler(context));
        RequestAsync(new RenameHandler(context));
        Request(new DocumentSymbolHandler(context));
        Request(new FoldingRangeHandler(context));
        Request(new SemanticTokensHandler(context));
        Request(new SemanticTokensDeltaHandler(context));
        Request(new SemanticTokensRangeHandler(context));
        Request(new FormattingHandler(context));
        Request(new CodeActionHandler(context));
        Request(new InlayHintHandler(context));
        Request(new WorkspaceSymbolHandler(context));
        Request(new DocumentHighlightHandler(context));
    }

    /// <summary>
    /// After <c>initialized</c>: asks the client to watch the policies on disk (<c>**/*.zip</c>), so an import
    /// changed, added or deleted outside the editor is noticed (<c>workspace/didChangeWatchedFiles</c>). Only when
    /// the client said it allows dynamic registration; not awaited, so the loop goes on meanwhile.
    /// </summary>
    private void RegisterWatchers()
    {
        if (!context.Lifecycle.CanWatchFiles || context.Lifecycle.IsShutDown)
        {
            return;
        }

        var registration = new RegistrationParams
        {
            Registrations =
            [
                new Registration
                {
                    Id = "zorginkoop-beleidsbestanden",
                    Method = Methods.DidChangeWatchedFiles,
                    RegisterOptions = new DidChangeWatchedFilesRegistrationOptions { Watchers = [new Protocol.FileSystemWatcher { GlobPattern = "**/*.zip" }] },
                },
            ],
        };
        _ = rpc.InvokeWithParameterObjectAsync<object?>(Methods.RegisterCapability, registration).ContinueWith(
            t => Log($"De bestandsbewaking kon niet worden aangemeld: {t.Exception?.InnerException?.Message}"),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    /// <summary>Serves until <c>exit</c> (or the client closes the connection); the process exit code LSP asks for.</summary>
    public async Task<int> RunAsync()
    {
        rpc.Disconnected += (_, e) =>
        {
            if (!context.Lifecycle.IsShutDown)
            {
                // The reason only (no exception trace): the editor's log is for authors too.
                WriteErrorLog($"De verbinding is verbroken zonder 'shutdown': {e.Description}" + (e.Exception is { } cause ? $" ({cause.Message})" : string.Empty));
            }
        };
        rpc.StartListening();
        var finished = await Task.WhenAny(context.Lifecycle.Exited, rpc.Completion).ConfigureAwait(false);
        return finished == context.Lifecycle.Exited ? await context.Lifecycle.Exited.ConfigureAwait(false) : context.Lifecycle.IsShutDown ? 0 : 1;
    }

    public void Dispose() => rpc.Dispose();

    /// <summary>
    /// A request is accepted on the message loop (so it sees every edit sent before it, and no later one: the
    /// workspace snapshot is pinned there) and answered on the thread pool, so the loop goes on reading: a hover
    /// is answered while the semantic tokens of a long file are computed, and a <c>$/cancelRequest</c> is seen at
    /// once. A request cancelled before or while it runs is answered with <c>-32800 RequestCancelled</c>
    /// (StreamJsonRpc's answer to an <see cref="OperationCanceledException"/> for a cancelled request).
    /// </summary>
    private void Request<TParams, TResult>(IRequestHandler<TParams, TResult> handler)
        where TParams : class =>
        Add(handler.Method, new Func<TParams?, CancellationToken, Task<TResult>>((request, cancellationToken) =>
        {
            var snapshot = Accept(handler.Method, request);
            return Task.Run(
                () =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var pin = context.Workspace.Pin(snapshot);
                    return handler.Handle(request!, cancellationToken);
                },
                cancellationToken);
        }));

    private void RequestAsync<TParams, TResult>(IRequestHandler<TParams, Task<TResult>> handler)
        where TParams : class =>
        Add(handler.Method, new Func<TParams?, CancellationToken, Task<TResult>>((request, cancellationToken) =>
        {
            var snapshot = Accept(handler.Method, request);
            return Task.Run(
                async () =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var pin = context.Workspace.Pin(snapshot);
                    return await handler.Handle(request!, cancellationToken).ConfigureAwait(false);
                },
                cancellationToken);
        }));

    /// <summary>On the message loop: may the request be served, and which snapshot does it see.</summary>
    private WorkspaceSnapshot Accept<TParams>(string method, TParams? request)
        where TParams : class
    {
        context.Lifecycle.EnsureCanServe(method);
        return request is null
            ? throw new LocalRpcException($"'{method}' zonder parameters.") { ErrorCode = ErrorCodes.InvalidParams }
            : context.Workspace.Snapshot();
    }

    private void Notification<TParams>(INotificationHandler<TParams> handler)
        where TParams : class
    {
        Add(handler.Method, new Action<TParams?>(notification =>
        {
            // Before initialize and after shutdown notifications are dropped, as the specification says.
            if (notification is not null && context.Lifecycle.CanNotify)
            {
                handler.Handle(notification);
            }
        }));
    }

    private void Add(string method, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private Task Publish(PublishDiagnosticsParams diagnostics) => rpc.NotifyWithParameterObjectAsync(Methods.PublishDiagnostics, diagnostics);

    /// <summary>To the client's output channel and stderr; never to stdout, which carries the protocol.</summary>
    private void Log(string message)
    {
        WriteErrorLog(message);
        if (!rpc.IsDisposed && context?.Lifecycle.IsInitialized == true)
        {
            _ = rpc.NotifyWithParameterObjectAsync(Methods.LogMessage, new LogMessageParams { Type = 4, Message = message });
        }
    }

    private void WriteErrorLog(string message)
    {
        try
        {
            errorLog?.WriteLine("zorginkoop lsp: " + message);
            errorLog?.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nobody reads stderr any more; the protocol goes on without it.
        }
    }
}
