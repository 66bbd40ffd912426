using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Highlight;

/// <summary>
/// <c>textDocument/documentHighlight</c>: every place in this file where the name under the cursor resolves to
/// the same declaration (the declaration itself marked as written, the uses as read). Names the binder did not
/// resolve, and keywords, highlight nothing (the editor's own word highlighting then applies).
/// </summary>
internal sealed class DocumentHighlightHandler(ServerContext context) : IRequestHandler<DocumentHighlightParams, List<DocumentHighlight>?>
{
    private const int Read = 2;
    private const int Write = 3;

    public string Method => Methods.DocumentHighlight;

    public List<DocumentHighlight>? Handle(DocumentHighlightParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis
            || analysis.ReferenceAt(PositionConverter.ToOffset(analysis.Text, request.Position)) is not { } reference
            || !SymbolIdentity.IsDeclaredInSource(reference.Symbol))
        {
            return null;
        }

        var identity = SymbolIdentity.Of(reference.Symbol);
        return
        [
            .. analysis.ReferencesInFile
                .Where(r => SymbolIdentity.Of(r.Symbol) == identity)
                .Select(r => (r.Location.Span, IsDeclaration: r.Location.Path == r.Symbol.Location.Path && r.Location.Span == r.Symbol.Location.Span))
                .DistinctBy(r => r.Span)
                .OrderBy(r => r.Span.Start)
                .Select(r => new DocumentHighlight { Range = PositionConverter.ToRange(analysis.Text, r.Span), Kind = r.IsDeclaration ? Write : Read }),
        ];
    }
}
