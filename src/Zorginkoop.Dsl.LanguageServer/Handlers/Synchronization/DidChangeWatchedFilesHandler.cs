using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Synchronization;

/// <summary><c>workspace/didChangeWatchedFiles</c>: an imported file changed on disk; re-check who uses it.</summary>
internal sealed class DidChangeWatchedFilesHandler(ServerContext context) : INotificationHandler<DidChangeWatchedFilesParams>
{
    public string Method => Methods.DidChangeWatchedFiles;

    public void Handle(DidChangeWatchedFilesParams notification)
    {
        context.Workspace.FilesChanged();
        context.Diagnostics.FilesChanged((notification.Changes ?? []).Select(c => DocumentUris.ToPath(c.Uri)));
    }
}
