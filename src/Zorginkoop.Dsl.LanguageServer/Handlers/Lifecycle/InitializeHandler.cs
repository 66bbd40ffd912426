using Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;
using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Lifecycle;

/// <summary><c>initialize</c>: starts the session and tells the client what this server can do.</summary>
internal sealed class InitializeHandler(ServerContext context)
{
    public string Method => Methods.Initialize;

    public InitializeResult Handle(InitializeParams request)
    {
        context.Lifecycle.Initialize();
        var folders = request.WorkspaceFolders?.Select(f => f.Uri).ToList() ?? [];
        if (folders.Count == 0 && request.RootUri is { } root)
        {
            folders.Add(root);
        }

        context.Workspace.SetRoots(folders);
        context.Lifecycle.CanWatchFiles = CanRegisterWatchers(request.Capabilities);
        return new InitializeResult
        {
            ServerInfo = new ServerInfo { Name = "zorginkoop", Version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString() },
            Capabilities = new ServerCapabilities
            {
                TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental },
                HoverProvider = true,
                CompletionProvider = new CompletionOptions { TriggerCharacters = ["."] },
                DefinitionProvider = true,
                ReferencesProvider = true,
                RenameProvider = new RenameOptions { PrepareProvider = true },
                DocumentSymbolProvider = true,
                FoldingRangeProvider = true,
                SemanticTokensProvider = new SemanticTokensOptions { Legend = SemanticTokenLegend.Legend, Full = new SemanticTokensFullOptions { Delta = true }, Range = true },
                DocumentFormattingProvider = true,
                CodeActionProvider = new CodeActionOptions { CodeActionKinds = ["quickfix"] },
                InlayHintProvider = true,
                WorkspaceSymbolProvider = true,
                DocumentHighlightProvider = true,
            },
        };
    }

    /// <summary>Whether the client lets the server register file watchers (<c>workspace.didChangeWatchedFiles.dynamicRegistration</c>).</summary>
    private static bool CanRegisterWatchers(System.Text.Json.JsonElement? capabilities) =>
        capabilities is { ValueKind: System.Text.Json.JsonValueKind.Object } c
        && c.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == System.Text.Json.JsonValueKind.Object
        && workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == System.Text.Json.JsonValueKind.Object
        && watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == System.Text.Json.JsonValueKind.True;
}
