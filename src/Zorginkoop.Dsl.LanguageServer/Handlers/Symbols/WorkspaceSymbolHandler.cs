using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Symbols;

/// <summary>
/// <c>workspace/symbol</c>: every outline entry (<see cref="DocumentSymbolHandler.Outline"/>) of every policy in
/// the workspace folders and the open documents (open buffers win) whose name holds the query's letters in
/// order, ignoring case (<c>hgz</c> finds <c>Huisartsgeneeskundig</c>). From the syntax alone: a parse per file,
/// no binding, so a workspace of 500 policies answers quickly; the search stops when the request is cancelled.
/// </summary>
internal sealed class WorkspaceSymbolHandler(ServerContext context) : IRequestHandler<WorkspaceSymbolParams, List<SymbolInformation>>
{
    private const int MaxFiles = 500;
    private const int MaxResults = 1000;

    public string Method => Methods.WorkspaceSymbol;

    public List<SymbolInformation> Handle(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Workspace.Current;
        var onDisk = snapshot.Folders
            .SelectMany(folder => PolicyFolder.Search(folder, cancellationToken))
            .Where(entry => entry.Skipped is null)
            .Select(entry => Path.GetFullPath(entry.Path))
            .Take(MaxFiles);
        var found = new List<SymbolInformation>();
        foreach (var path in snapshot.Documents.Keys.Concat(onDisk).Distinct(DocumentUris.PathComparer).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (snapshot.Load(path, path).Text is not { } text)
            {
                continue;
            }

            var uri = snapshot.UriOf(path);
            Collect(DocumentSymbolHandler.Outline(PolicyParser.Parse(text)), null, uri, request.Query ?? string.Empty, found);
            if (found.Count >= MaxResults)
            {
                break;
            }
        }

        return [.. found.Take(MaxResults)];
    }

    private static void Collect(IEnumerable<DocumentSymbol> symbols, string? container, string uri, string query, List<SymbolInformation> found)
    {
        foreach (var symbol in symbols)
        {
            if (Matches(symbol.Name, query))
            {
                found.Add(new SymbolInformation
                {
                    Name = symbol.Name,
                    Kind = symbol.Kind,
                    ContainerName = container,
                    Location = new Location { Uri = uri, Range = symbol.SelectionRange },
                });
            }

            if (symbol.Children is { } children)
            {
                Collect(children, symbol.Name, uri, query, found);
            }
        }
    }

    /// <summary>The query's letters in the name, in order, ignoring case; an empty query matches everything.</summary>
    public static bool Matches(string name, string query)
    {
        var at = 0;
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            at = name.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
