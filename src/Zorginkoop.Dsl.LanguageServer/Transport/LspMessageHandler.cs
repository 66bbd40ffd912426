using System.Buffers;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Transport;

/// <summary>
/// The LSP base protocol as StreamJsonRpc writes it, read through <see cref="LspFrameReader"/> instead of
/// StreamJsonRpc's own reader, which closes the connection on the first frame it cannot read. A frame that breaks
/// the protocol and a body that is not JSON-RPC are answered with an error (for the id of the request when it can
/// be read, else id null), logged and skipped; the server keeps serving. Only an input that ends inside a message
/// ends the connection, with its reason logged.
/// </summary>
internal sealed class LspMessageHandler(Stream sending, Stream receiving, SystemTextJsonFormatter formatter, Action<string> log)
    : HeaderDelimitedMessageHandler(sending, receiving, formatter)
{
    private LspFrameReader? frames;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        frames ??= new LspFrameReader(Reader!, log);
        while (true)
        {
            switch (await frames.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                case Frame.Message message:
                    try
                    {
                        return Formatter.Deserialize(new ReadOnlySequence<byte>(message.Body));
                    }
                    catch (Exception e) when (IsBadBody(e))
                    {
                        log($"Onleesbaar bericht overgeslagen: {e.Message}");
                        await AnswerAsync(RequestId.Null, ErrorCodes.ParseError, "Parse error: " + e.Message, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case Frame.Malformed malformed:
                    log($"Bericht met een onjuiste omlijsting overgeslagen: {malformed.Reason}.");
                    var id = RequestIdOf(malformed.Body);
                    await AnswerAsync(
                        id,
                        id.IsNull ? ErrorCodes.ParseError : ErrorCodes.InvalidRequest,
                        $"Het bericht houdt zich niet aan het LSP-basisprotocol: {malformed.Reason}.",
                        cancellationToken).ConfigureAwait(false);
                    break;
                case Frame.End end:
                    if (end.Reason is { } reason)
                    {
                        log($"De verbinding is onbruikbaar en wordt gesloten: {reason}.");
                    }

                    return null;
            }
        }
    }

    private ValueTask AnswerAsync(RequestId id, int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message } }, cancellationToken);

    /// <summary>The id of a request recovered after a bad frame, so the client's call ends instead of waiting for ever.</summary>
    private static RequestId RequestIdOf(byte[]? body)
    {
        if (body is null)
        {
            return RequestId.Null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("method", out _) && root.TryGetProperty("id", out var id)
                ? id.ValueKind switch
                {
                    JsonValueKind.Number when id.TryGetInt64(out var number) => new RequestId(number),
                    JsonValueKind.String => new RequestId(id.GetString()),
                    _ => RequestId.Null,
                }
                : RequestId.Null;
        }
        catch (JsonException)
        {
            return RequestId.Null;
        }
    }

    private static bool IsBadBody(Exception e) =>
        e is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException
        && e is not ObjectDisposedException;
}
