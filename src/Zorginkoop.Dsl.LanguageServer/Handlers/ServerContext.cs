using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers;

/// <summary>What handlers share: the open documents, the diagnostics scheduler, the session state and the log.</summary>
internal sealed class ServerContext(DocumentWorkspace workspace, DiagnosticsScheduler diagnostics, ServerLifecycle lifecycle, Action<string> log)
{
    public DocumentWorkspace Workspace { get; } = workspace;

    public DiagnosticsScheduler Diagnostics { get; } = diagnostics;

    public ServerLifecycle Lifecycle { get; } = lifecycle;

    public Action<string> Log { get; } = log;

    /// <summary>The last semantic tokens sent per document, for <c>full/delta</c>.</summary>
    public SemanticTokens.SemanticTokenResults SemanticTokens { get; } = new();
}
