using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Synchronization;

/// <summary><c>textDocument/didOpen</c>: the buffer now overrides the file, and is checked.</summary>
internal sealed class DidOpenHandler(ServerContext context) : INotificationHandler<DidOpenTextDocumentParams>
{
    public string Method => Methods.DidOpen;

    public void Handle(DidOpenTextDocumentParams notification)
    {
        if (notification.TextDocument?.Uri is not { Length: > 0 })
        {
            return;
        }

        context.Diagnostics.Changed(context.Workspace.Open(notification.TextDocument));
    }
}
