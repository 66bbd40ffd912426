using StreamJsonRpc;
using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Navigation;

/// <summary>
/// <c>textDocument/rename</c>: renames the declaration and every use of it, in every policy of the workspace
/// (also in an imported file that is not open). The new name must be a name the language accepts.
/// </summary>
internal sealed class RenameHandler(ServerContext context) : IRequestHandler<RenameParams, Task<WorkspaceEdit?>>
{
    public string Method => Methods.Rename;

    public async Task<WorkspaceEdit?> Handle(RenameParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis || Renaming.Target(analysis, request.Position) is not { } target)
        {
            throw new LocalRpcException("Hier staat geen naam die hernoemd kan worden.") { ErrorCode = ErrorCodes.RequestFailed };
        }

        if (Renaming.Problem(request.NewName, target.Symbol, analysis) is { } problem)
        {
            throw new LocalRpcException(problem) { ErrorCode = ErrorCodes.InvalidParams };
        }

        var edit = new WorkspaceEdit();
        foreach (var found in (await ReferenceSearch.FindAllAsync(target.Symbol, context.Workspace, cancellationToken)).Where(f => f.WrittenAs == target.Symbol.Name))
        {
            if (!edit.Changes.TryGetValue(found.Uri, out var edits))
            {
                edit.Changes[found.Uri] = edits = [];
            }

            edits.Add(new TextEdit { Range = PositionConverter.ToRange(found.Location), NewText = request.NewName });
        }

        return edit;
    }
}
