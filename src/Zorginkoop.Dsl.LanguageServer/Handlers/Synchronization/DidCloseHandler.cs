using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Synchronization;

/// <summary><c>textDocument/didClose</c>: the file on disk counts again; the document's problems are cleared.</summary>
internal sealed class DidCloseHandler(ServerContext context) : INotificationHandler<DidCloseTextDocumentParams>
{
    public string Method => Methods.DidClose;

    public void Handle(DidCloseTextDocumentParams notification)
    {
        if (notification.TextDocument?.Uri is not { Length: > 0 } uri || context.Workspace.Close(uri) is not { } closed)
        {
            return;
        }

        _ = context.Diagnostics.ClearAsync(closed);
        context.SemanticTokens.Forget(uri);
        // Open documents that import it now see the file on disk instead of the buffer.
        context.Diagnostics.FilesChanged([closed.Path]);
    }
}
