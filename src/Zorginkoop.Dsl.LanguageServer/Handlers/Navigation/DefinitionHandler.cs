using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Navigation;

/// <summary>
/// <c>textDocument/definition</c>: from a use to where it is declared, also in an imported file; from a
/// <c>gebruik "…"</c> to the file it imports.
/// </summary>
internal sealed class DefinitionHandler(ServerContext context) : IRequestHandler<DefinitionParams, List<Location>?>
{
    public string Method => Methods.Definition;

    public List<Location>? Handle(DefinitionParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return null;
        }

        var offset = PositionConverter.ToOffset(analysis.Text, request.Position);
        if (analysis.ReferenceAt(offset) is { } reference && SymbolIdentity.IsDeclaredInSource(reference.Symbol))
        {
            return [DiagnosticConverter.ToLocation(reference.Symbol.Location, analysis)];
        }

        var import = analysis.Tree.Root.OfKind<ImportSyntax>().FirstOrDefault(i => i.Path.Span.Start <= offset && offset <= i.Path.Span.End);
        if (import is null || import.Path.Value.Length == 0)
        {
            return null;
        }

        // The same rule as the compiler's: no navigation to a file the policy may not use.
        var root = new ImportRoot(analysis.Snapshot.ImportRootFor(analysis.Path));
        var resolved = root.Resolve(analysis.Path, import.Path.Value, new SourceLocation(analysis.Text, import.Path.Span));
        return resolved.Target is { } target && (File.Exists(target) || analysis.Snapshot.Documents.ContainsKey(target))
            ? [new Location { Uri = analysis.UriOf(target), Range = new Protocol.Range(new Position(0, 0), new Position(0, 0)) }]
            : null;
    }
}
