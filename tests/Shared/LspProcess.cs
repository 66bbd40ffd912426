using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Zorginkoop.Dsl.Tests.Shared;

/// <summary>
/// The real <c>zorginkoop lsp</c> process with raw bytes on its stdin: for frames no client library would send.
/// Reads the server's frames from stdout as JSON and keeps everything it writes to stderr (its log).
/// </summary>
public sealed class LspProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly StringBuilder log = new();
    private readonly Lock gate = new();
    private readonly List<JsonElement> notifications = [];

    public LspProcess(string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ChildProcess.ZorginkoopDll);
        start.ArgumentList.Add("lsp");
        process = Process.Start(start)!;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (gate)
            {
                log.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>What the server wrote to stderr so far.</summary>
    public string Log
    {
        get
        {
            lock (gate)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>
    /// The log written since <paramref name="from"/> once it holds <paramref name="expected"/>, or after a grace
    /// period whatever it holds: stderr is read on its own thread, so a line written before an answer may arrive after it.
    /// </summary>
    public async Task<string> LogSinceAsync(int from, string expected)
    {
        for (var waited = 0; waited < 5000 && !Log[from..].Contains(expected, StringComparison.Ordinal); waited += 20)
        {
            await Task.Delay(20);
        }

        return Log[from..];
    }

    /// <summary>The notifications and requests the server sent so far (messages with a method), in order.</summary>
    public IReadOnlyList<JsonElement> ServerMessages => [.. notifications];

    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public static string Request(int id, string method, string parameters = "{}") =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{parameters}}}";

    /// <summary>A request every initialized server answers with a result: the outline of a document nobody opened.</summary>
    public static string Probe(int id) =>
        Request(id, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"file:///nergens.zip\"}}");

    /// <summary>Bytes as they are, or false when the server has closed its input (it exited).</summary>
    public async Task<bool> SendRawAsync(byte[] bytes)
    {
        try
        {
            await input.WriteAsync(bytes);
            await input.FlushAsync();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public Task<bool> SendAsync(string json) => SendRawAsync(Frame(json));

    /// <summary>Sends initialize and initialized; the initialize result.</summary>
    public async Task<JsonElement> InitializeAsync()
    {
        await SendAsync(Request(0, "initialize", "{\"processId\":null,\"capabilities\":{}}"));
        var result = await ResponseAsync(0);
        await SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        return result;
    }

    /// <summary>The server's answer with this id (skipping notifications and other answers); throws when the server exits first or takes too long.</summary>
    public async Task<JsonElement> ResponseAsync(int id) =>
        await TryResponseAsync(id) ?? throw new InvalidOperationException($"No answer to request {id}; the server {(process.HasExited ? $"exited with {process.ExitCode}" : "is still running")}. Its log:\n{Log}");

    /// <summary>The server's answer with this id, or null when the server's output ended first.</summary>
    public Task<JsonElement?> TryResponseAsync(int id) => WaitForAsync(async () =>
    {
        while (await ReceiveAsync() is { } message)
        {
            if (!message.TryGetProperty("method", out _) && message.TryGetProperty("id", out var found) && found.ValueKind == JsonValueKind.Number && found.GetInt32() == id)
            {
                return message;
            }
        }

        return (JsonElement?)null;
    });

    /// <summary>Every answer with an id until the one with <paramref name="id"/>, that one included; null when the output ended first.</summary>
    public Task<List<JsonElement>?> ResponsesUntilAsync(int id) => WaitForAsync(async () =>
    {
        var answers = new List<JsonElement>();
        while (await ReceiveAsync() is { } message)
        {
            if (message.TryGetProperty("id", out var found) && !message.TryGetProperty("method", out _))
            {
                answers.Add(message);
                if (found.ValueKind == JsonValueKind.Number && found.GetInt32() == id)
                {
                    return answers;
                }
            }
        }

        return (List<JsonElement>?)null;
    });

    /// <summary>A pipe read does not always heed a cancellation token, so the whole wait is bounded instead.</summary>
    private async Task<T> WaitForAsync<T>(Func<Task<T>> reading)
    {
        try
        {
            return await reading().WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The server gave no answer in {Patience.TotalSeconds} s (a hang); it {(process.HasExited ? $"exited with {process.ExitCode}" : "is still running")}. Its log:\n{Log}");
        }
    }

    /// <summary>The first notification of <paramref name="method"/> the server sent (before now or from now on).</summary>
    public Task<JsonElement> NotificationAsync(string method) => WaitForAsync(async () =>
    {
        while (true)
        {
            if (notifications.FirstOrDefault(n => n.GetProperty("method").GetString() == method) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            if (await ReceiveAsync() is null)
            {
                throw new InvalidOperationException($"The server ended without sending {method}. Its log:\n{Log}");
            }
        }
    });

    /// <summary>Closes the server's input; its exit code once it has stopped.</summary>
    public async Task<int> CloseInputAndWaitAsync()
    {
        try
        {
            input.Close();
        }
        catch (IOException)
        {
            // It had exited already.
        }

        await process.WaitForExitAsync().WaitAsync(Patience);
        process.WaitForExit(); // lets the stderr reader reach the end
        return process.ExitCode;
    }

    public bool HasExited => process.HasExited;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    /// <summary>The next frame from stdout, or null at its end.</summary>
    private async Task<JsonElement?> ReceiveAsync()
    {
        var length = -1;
        while (await ReadLineAsync() is { } header)
        {
            if (header.Length == 0)
            {
                if (length < 0)
                {
                    continue;
                }

                var body = new byte[length];
                await output.ReadExactlyAsync(body);
                var message = JsonDocument.Parse(body).RootElement.Clone();
                if (message.TryGetProperty("method", out _))
                {
                    notifications.Add(message);
                }

                return message;
            }

            if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private async Task<string?> ReadLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) != 1)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (one[0] == '\n')
            {
                return line.ToString();
            }

            if (one[0] != '\r')
            {
                line.Append((char)one[0]);
            }
        }
    }
}
