using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers;

/// <summary>
/// Where the session is: before <c>initialize</c> only <c>initialize</c> (and <c>exit</c>) are served; after
/// <c>shutdown</c> only <c>exit</c>. Every other request then gets the error the specification names.
/// </summary>
public sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsInitialized { get; private set; }

    public bool IsShutDown { get; private set; }

    /// <summary>The client said it lets the server register file watchers (dynamic registration).</summary>
    public bool CanWatchFiles { get; set; }

    /// <summary>Completes with the process exit code: 0 after shutdown then exit, 1 for exit without shutdown.</summary>
    public Task<int> Exited => exited.Task;

    /// <summary>Throws the LSP error for a request that may not be served now.</summary>
    public void EnsureCanServe(string method)
    {
        if (IsShutDown)
        {
            throw new LocalRpcException($"De server is afgesloten (shutdown); '{method}' wordt niet meer behandeld.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        if (!IsInitialized)
        {
            throw new LocalRpcException($"De server is nog niet gestart; stuur eerst 'initialize' (niet '{method}').") { ErrorCode = ErrorCodes.ServerNotInitialized };
        }
    }

    /// <summary>Whether a notification may be acted on; before initialize and after shutdown they are dropped, as LSP says.</summary>
    public bool CanNotify => IsInitialized && !IsShutDown;

    public void Initialize()
    {
        if (IsInitialized || IsShutDown)
        {
            throw new LocalRpcException("De server is al gestart; 'initialize' mag maar één keer.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        IsInitialized = true;
    }

    public void Shutdown()
    {
        EnsureCanServe(Methods.Shutdown);
        IsShutDown = true;
    }

    public void Exit() => exited.TrySetResult(IsShutDown ? 0 : 1);
}
