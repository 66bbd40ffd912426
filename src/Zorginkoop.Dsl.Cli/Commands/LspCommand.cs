using System.CommandLine;
using Zorginkoop.Dsl.LanguageServer.Server;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop lsp</c>: the language server over stdin and stdout, as editors start it. Stdout carries only the
/// protocol; the exit code is 0 after shutdown and exit, 1 when the editor went away without them.
/// </summary>
public static class LspCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        // Some clients add --stdio on their own; it is the only transport, so it is accepted and means nothing more.
        var stdio = new Option<bool>("--stdio") { Description = "Communiceer via stdin en stdout (de standaard).", Hidden = true };
        var command = new Command("lsp", "Start de taalserver (Language Server Protocol) via stdin en stdout, voor VS Code en andere editors.") { stdio };
        command.SetAction(_ => Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), error));
        return command;
    }

    public static int Run(Stream input, Stream output, TextWriter? error = null)
    {
        using var server = new ZorginkoopLanguageServer(input, output, Debounce(), errorLog: error);
        return server.RunAsync().GetAwaiter().GetResult();
    }

    /// <summary>
    /// <c>ZORGINKOOP_LSP_DEBOUNCE_MS</c> overrides the wait after an edit (whole milliseconds, 0 to 2000); the
    /// editor benchmark sets 0 to time the server's own work. Anything else means the default.
    /// </summary>
    private static TimeSpan? Debounce() =>
        int.TryParse(Environment.GetEnvironmentVariable("ZORGINKOOP_LSP_DEBOUNCE_MS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms <= 2000
            ? TimeSpan.FromMilliseconds(ms)
            : null;
}
