using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>
/// Names one declared thing across compilations: each open document is checked as its own policy, so the same
/// declaration in a shared file is a different symbol object in each; its file, place and kind are the same.
/// </summary>
public readonly record struct SymbolIdentity(string Path, int Start, string Kind, string Name)
{
    public static SymbolIdentity Of(Symbol symbol) => new(symbol.Location.Path, symbol.Location.Span.Start, symbol.KindName, symbol.Name);

    /// <summary>Built-in inputs such as <c>aanvraagdatum</c> are declared nowhere; there is nothing to go to or rename.</summary>
    public static bool IsDeclaredInSource(Symbol symbol) => symbol is not ParameterSymbol && symbol.Location.Span.Length > 0;
}
