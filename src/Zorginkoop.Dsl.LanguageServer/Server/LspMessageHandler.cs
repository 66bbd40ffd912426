using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Server;

/// <summary>
/// The LSP base protocol (Content-Length headers, JSON bodies) as VS Code speaks it, with one change: a body that is
/// not valid JSON-RPC is answered with a parse error (id null) and skipped, instead of closing the connection, so
/// one bad message never takes the server down.
/// </summary>
internal sealed class LspMessageHandler(Stream sending, Stream receiving, SystemTextJsonFormatter formatter, Action<string> log)
    : HeaderDelimitedMessageHandler(sending, receiving, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsBadBody(e))
            {
                // The body was consumed before it failed to parse, so the next message starts cleanly.
                log($"Onleesbaar bericht overgeslagen: {e.Message}");
                await WriteAsync(
                    new JsonRpcError
                    {
                        RequestId = RequestId.Null,
                        Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)ErrorCodes.ParseError, Message = "Parse error: " + e.Message },
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBadBody(Exception e) =>
        e is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException
        && e is not ObjectDisposedException;
}
