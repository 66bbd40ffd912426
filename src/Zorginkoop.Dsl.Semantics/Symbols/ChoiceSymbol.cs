using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A <c>keuze</c>: an enumeration of named values.</summary>
public sealed class ChoiceSymbol(string name, SourceLocation location) : Symbol(name, location)
{
    public ImmutableArray<ChoiceMemberSymbol> Members { get; internal set; } = [];

    /// <summary><c>op volgorde</c>: members compare by their position, the first the lowest (<c>Operations.ChoiceOrder</c>).</summary>
    public bool IsOrdered { get; internal set; }

    public override string KindName => "keuze";

    public ChoiceMemberSymbol? Find(string member) => Members.FirstOrDefault(m => m.Name == member);
}

public sealed class ChoiceMemberSymbol(string name, SourceLocation location, ChoiceSymbol choice) : Symbol(name, location)
{
    public ChoiceSymbol Choice { get; } = choice;

    public override string KindName => "keuzewaarde";
}
