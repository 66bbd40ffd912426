using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nerdbank.Streams;
using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Server;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// A language client written on StreamJsonRpc, talking to the server in-process over an in-memory duplex pipe or to
/// the real <c>zorginkoop lsp</c> process over stdio. It collects the diagnostics the server publishes.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly JsonRpc rpc;
    private readonly Lock gate = new();
    private readonly List<PublishDiagnosticsParams> published = [];
    private readonly List<string> log = [];
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Dictionary<string, int> versions = [];
    private readonly Func<ValueTask> stop;

    private LspClient(Stream toServer, Stream fromServer, Task<int> serverRun, Func<ValueTask> stop)
    {
        ServerRun = serverRun;
        this.stop = stop;
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, Formatter()));
        Add(Methods.PublishDiagnostics, new Action<PublishDiagnosticsParams>(Received));
        Add(Methods.LogMessage, new Action<LogMessageParams>(m =>
        {
            lock (gate)
            {
                log.Add(m.Message);
            }
        }));
        rpc.StartListening();
    }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> ServerRun { get; }

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (gate)
            {
                return [.. log];
            }
        }
    }


    public static LspClient InProcess(TimeSpan? debounce = null)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var languageServer = new ZorginkoopLanguageServer(server, server, debounce);
        var run = Task.Run(languageServer.RunAsync);
        return new LspClient(client, client, run, () =>
        {
            languageServer.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>The real thing: <c>dotnet zorginkoop.dll lsp</c>, exactly as the VS Code extension starts it.</summary>
    public static LspClient Process()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zorginkoop.dll"));
        start.ArgumentList.Add("lsp");
        var process = System.Diagnostics.Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var run = process.WaitForExitAsync().ContinueWith(_ => process.ExitCode, TaskScheduler.Default);
        return new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, run, () =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    public static SystemTextJsonFormatter Formatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    public Task<InitializeResult> InitializeAsync(string? rootFolder = null) =>
        RequestAsync<InitializeResult>(Methods.Initialize, new InitializeParams
        {
            ProcessId = Environment.ProcessId,
            RootUri = rootFolder is null ? null : new Uri(rootFolder + Path.DirectorySeparatorChar).AbsoluteUri,
        }).ContinueWith(t => { _ = NotifyAsync(Methods.Initialized, new { }); return t.Result; }, TaskScheduler.Default);

    public async Task<T> RequestAsync<T>(string method, object? parameters) =>
        await rpc.InvokeWithParameterObjectAsync<T>(method, parameters).WaitAsync(TimeSpan.FromSeconds(60));

    public Task NotifyAsync(string method, object? parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string path, string? text = null)
    {
        var uri = new Uri(path).AbsoluteUri;
        versions[uri] = 1;
        await NotifyAsync(Methods.DidOpen, new DidOpenTextDocumentParams
        {
            TextDocument = new TextDocumentItem { Uri = uri, LanguageId = "zorginkoop", Version = 1, Text = text ?? File.ReadAllText(path) },
        });
        return uri;
    }

    /// <summary>Replaces a range with new text, as the next version of the document.</summary>
    public Task ChangeAsync(string uri, Range range, string newText, int? version = null)
    {
        var next = version ?? versions.GetValueOrDefault(uri) + 1;
        versions[uri] = Math.Max(versions.GetValueOrDefault(uri), next);
        return NotifyAsync(Methods.DidChange, new DidChangeTextDocumentParams
        {
            TextDocument = new VersionedTextDocumentIdentifier { Uri = uri, Version = next },
            ContentChanges = [new TextDocumentContentChangeEvent { Range = range, Text = newText }],
        });
    }

    public Task ReplaceAllAsync(string uri, string text, int? version = null)
    {
        var next = version ?? versions.GetValueOrDefault(uri) + 1;
        versions[uri] = Math.Max(versions.GetValueOrDefault(uri), next);
        return NotifyAsync(Methods.DidChange, new DidChangeTextDocumentParams
        {
            TextDocument = new VersionedTextDocumentIdentifier { Uri = uri, Version = next },
            ContentChanges = [new TextDocumentContentChangeEvent { Text = text }],
        });
    }

    public int VersionOf(string uri) => versions.GetValueOrDefault(uri);

    /// <summary>Waits for a publication for this document that satisfies the condition (earlier ones count too).</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (gate)
            {
                if (published.LastOrDefault(p => p.Uri == uri) is { } latest && condition(latest))
                {
                    return latest;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left))
            {
                lock (gate)
                {
                    var last = published.LastOrDefault(p => p.Uri == uri);
                    throw new TimeoutException($"No matching diagnostics for {uri}; last: " + (last is null ? "none" : string.Join("; ", last.Diagnostics.Select(d => $"{d.Code} {d.Range} {d.Message}"))));
                }
            }
        }
    }

    /// <summary>Waits for the diagnostics of the current version of a document.</summary>
    public Task<PublishDiagnosticsParams> CurrentDiagnosticsAsync(string uri, TimeSpan? timeout = null) =>
        DiagnosticsAsync(uri, p => p.Version == VersionOf(uri), timeout);

    public IReadOnlyList<PublishDiagnosticsParams> Published(string uri)
    {
        lock (gate)
        {
            return [.. published.Where(p => p.Uri == uri)];
        }
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync<object?>(Methods.Shutdown, null);
        await NotifyAsync(Methods.Exit, null);
        return await ServerRun.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        await stop();
    }

    private void Add(string method, Delegate handler) =>
        rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private void Received(PublishDiagnosticsParams diagnostics)
    {
        lock (gate)
        {
            published.Add(diagnostics);
        }

        arrived.Release();
    }
}
