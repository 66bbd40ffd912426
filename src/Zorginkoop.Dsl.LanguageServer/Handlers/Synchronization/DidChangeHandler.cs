using Zorginkoop.Dsl.LanguageServer.Protocol;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Synchronization;

/// <summary>
/// <c>textDocument/didChange</c>: applies the edits and schedules a check. Edits to a document that is not open,
/// or with a version older than the one held, are ignored (and logged): the client will resend the full state.
/// </summary>
internal sealed class DidChangeHandler(ServerContext context) : INotificationHandler<DidChangeTextDocumentParams>
{
    public string Method => Methods.DidChange;

    public void Handle(DidChangeTextDocumentParams notification)
    {
        if (notification.TextDocument is null)
        {
            return;
        }

        var updated = context.Workspace.Change(notification.TextDocument, notification.ContentChanges ?? []);
        if (updated is null)
        {
            context.Log($"Wijziging genegeerd: {notification.TextDocument.Uri} versie {notification.TextDocument.Version} is niet open of niet nieuwer.");
            return;
        }

        context.Diagnostics.Changed(updated);
    }
}
