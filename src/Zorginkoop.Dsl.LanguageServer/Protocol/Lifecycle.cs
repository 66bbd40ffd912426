using System.Text.Json;

namespace Zorginkoop.Dsl.LanguageServer.Protocol;

public sealed class InitializeParams
{
    public int? ProcessId { get; set; }

    public string? RootUri { get; set; }

    public List<WorkspaceFolder>? WorkspaceFolders { get; set; }

    /// <summary>Kept as raw JSON: the server does not vary its answers by client capability.</summary>
    public JsonElement? Capabilities { get; set; }
}

public sealed class WorkspaceFolder
{
    public string Uri { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class InitializeResult
{
    public ServerCapabilities Capabilities { get; set; } = new();

    public ServerInfo ServerInfo { get; set; } = new();
}

public sealed class ServerInfo
{
    public string Name { get; set; } = "zorginkoop";

    public string? Version { get; set; }
}

public sealed class ServerCapabilities
{
    public TextDocumentSyncOptions TextDocumentSync { get; set; } = new();

    public bool HoverProvider { get; set; }

    public CompletionOptions? CompletionProvider { get; set; }

    public bool DefinitionProvider { get; set; }

    public bool ReferencesProvider { get; set; }

    public RenameOptions? RenameProvider { get; set; }

    public bool DocumentSymbolProvider { get; set; }

    public bool FoldingRangeProvider { get; set; }

    public SemanticTokensOptions? SemanticTokensProvider { get; set; }

    public bool DocumentFormattingProvider { get; set; }

    public CodeActionOptions? CodeActionProvider { get; set; }

    public bool InlayHintProvider { get; set; }

    public bool WorkspaceSymbolProvider { get; set; }

    public bool DocumentHighlightProvider { get; set; }
}

public sealed class TextDocumentSyncOptions
{
    public bool OpenClose { get; set; } = true;

    /// <summary>2: incremental — the client sends only what changed.</summary>
    public int Change { get; set; } = TextDocumentSyncKind.Incremental;
}

public static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed class CompletionOptions
{
    public List<string> TriggerCharacters { get; set; } = [];
}

public sealed class RenameOptions
{
    public bool PrepareProvider { get; set; }
}

public sealed class CodeActionOptions
{
    public List<string> CodeActionKinds { get; set; } = [];
}
