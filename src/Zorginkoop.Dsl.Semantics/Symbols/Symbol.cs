using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A named thing in a policy. Symbols are compared by identity; <see cref="Location"/> is where it is declared.</summary>
public abstract class Symbol(string name, SourceLocation location)
{
    public string Name { get; } = name;

    public SourceLocation Location { get; } = location;

    /// <summary>How an author would call this kind of thing, for messages: "eisen", "definitie", ….</summary>
    public abstract string KindName { get; }

    public override string ToString() => $"{KindName} {Name}";
}

/// <summary>A use of a symbol in the source, for go-to-definition, find-references and rename.</summary>
public sealed record SymbolReference(SourceLocation Location, Symbol Symbol);
