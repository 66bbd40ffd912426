using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Every use of a declared thing in every policy the workspace knows, each place once.</summary>
public static class ReferenceSearch
{
    public sealed record Found(SourceLocation Location, string Uri, bool IsDeclaration, string WrittenAs);

    /// <summary>
    /// Reads and compiles every policy of the workspace, so it runs on the thread pool: the message loop goes on
    /// answering while a large or slow workspace is searched, and a cancelled request stops the search.
    /// </summary>
    public static Task<IReadOnlyList<Found>> FindAllAsync(Symbol symbol, DocumentWorkspace workspace, CancellationToken cancellationToken) =>
        Task.Run(() => FindAll(symbol, workspace, cancellationToken), cancellationToken);

    private static IReadOnlyList<Found> FindAll(Symbol symbol, DocumentWorkspace workspace, CancellationToken cancellationToken)
    {
        var identity = SymbolIdentity.Of(symbol);
        var snapshot = workspace.Current;
        var found = new Dictionary<(string, int, int), Found>();
        foreach (var analysis in workspace.AnalyzeAll(snapshot, cancellationToken))
        {
            foreach (var reference in analysis.Policy.References.Where(r => SymbolIdentity.Of(r.Symbol) == identity))
            {
                var location = reference.Location;
                var key = (location.Path, location.Span.Start, location.Span.Length);
                found.TryAdd(key, new Found(
                    location,
                    snapshot.UriOf(location.Path),
                    location.Path == symbol.Location.Path && location.Span == symbol.Location.Span,
                    location.Source.GetText(location.Span)));
            }
        }

        return [.. found.Values.OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Span.Start)];
    }
}
