using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Every use of a declared thing in every policy the workspace knows, each place once.</summary>
public static class ReferenceSearch
{
    public sealed record Found(SourceLocation Location, string Uri, bool IsDeclaration, string WrittenAs);

    public static IReadOnlyList<Found> FindAll(Symbol symbol, DocumentWorkspace workspace)
    {
        var identity = SymbolIdentity.Of(symbol);
        var snapshot = workspace.Snapshot();
        var found = new Dictionary<(string, int, int), Found>();
        foreach (var analysis in workspace.AnalyzeAll(snapshot))
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
