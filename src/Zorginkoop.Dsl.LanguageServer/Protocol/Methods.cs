namespace Zorginkoop.Dsl.LanguageServer.Protocol;

/// <summary>LSP method names, in one place.</summary>
public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string Hover = "textDocument/hover";
    public const string Completion = "textDocument/completion";
    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string Rename = "textDocument/rename";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string FoldingRange = "textDocument/foldingRange";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    public const string SemanticTokensFullDelta = "textDocument/semanticTokens/full/delta";
    public const string SemanticTokensRange = "textDocument/semanticTokens/range";
    public const string Formatting = "textDocument/formatting";
    public const string CodeAction = "textDocument/codeAction";
    public const string InlayHint = "textDocument/inlayHint";
    public const string LogMessage = "window/logMessage";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string DocumentHighlight = "textDocument/documentHighlight";
    public const string RegisterCapability = "client/registerCapability";
}

/// <summary>JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int RequestFailed = -32803;
}
