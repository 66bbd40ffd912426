using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Navigation;

/// <summary><c>textDocument/prepareRename</c>: only a name written as declared can be renamed (not <c>aanbieder</c> for its record).</summary>
internal sealed class PrepareRenameHandler(ServerContext context) : IRequestHandler<PrepareRenameParams, PrepareRenameResult?>
{
    public string Method => Methods.PrepareRename;

    public PrepareRenameResult? Handle(PrepareRenameParams request, CancellationToken cancellationToken) =>
        context.Workspace.Analyze(request.TextDocument.Uri) is { } analysis
        && Renaming.Target(analysis, request.Position) is { } reference
            ? new PrepareRenameResult { Range = PositionConverter.ToRange(reference.Location), Placeholder = reference.Symbol.Name }
            : null;
}
