using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Navigation;

/// <summary><c>textDocument/references</c>: every use in every policy of the workspace, open or not (searched off the message loop).</summary>
internal sealed class ReferencesHandler(ServerContext context) : IRequestHandler<ReferenceParams, Task<List<Location>?>>
{
    public string Method => Methods.References;

    public async Task<List<Location>?> Handle(ReferenceParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis
            || analysis.ReferenceAt(PositionConverter.ToOffset(analysis.Text, request.Position)) is not { } reference
            || !SymbolIdentity.IsDeclaredInSource(reference.Symbol))
        {
            return null;
        }

        return
        [
            .. (await ReferenceSearch.FindAllAsync(reference.Symbol, context.Workspace, cancellationToken))
                .Where(f => request.Context?.IncludeDeclaration != false || !f.IsDeclaration)
                .Select(f => new Location { Uri = f.Uri, Range = PositionConverter.ToRange(f.Location) }),
        ];
    }
}
