using System.Text;
using System.Text.Json;
using Nerdbank.Streams;
using Zorginkoop.Dsl.LanguageServer.Server;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// Bytes on the wire, for messages no well-behaved client library would send (a real client drops the replies to
/// them, or gives up on the connection). Frames with Content-Length and reads the server's frames back as JSON.
/// </summary>
internal sealed class RawLspConnection : IDisposable
{
    private readonly Stream stream;
    private readonly ZorginkoopLanguageServer server;

    public RawLspConnection()
    {
        var (client, serverSide) = FullDuplexStream.CreatePair();
        stream = client;
        server = new ZorginkoopLanguageServer(serverSide, serverSide);
        _ = Task.Run(server.RunAsync);
    }

    public async Task SendAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n").Concat(bytes).ToArray());
        await stream.FlushAsync();
    }

    public Task SendAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    /// <summary>The next message from the server that is not a notification.</summary>
    public async Task<JsonElement> ReceiveResponseAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(30));
            if (!message.TryGetProperty("method", out _))
            {
                return message;
            }
        }
    }

    public void Dispose()
    {
        server.Dispose();
        stream.Dispose();
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        var length = 0;
        while (await ReadLineAsync() is { Length: > 0 } header)
        {
            if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string> ReadLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1 && one[0] != '\n')
        {
            if (one[0] != '\r')
            {
                line.Append((char)one[0]);
            }
        }

        return line.ToString();
    }
}
