using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>keuze Soort { Huisartsenpraktijk, RHO, "criminele organisatie" }</c></summary>
public sealed record ChoiceDeclarationSyntax(NameSyntax Name, ImmutableArray<ChoiceMemberSyntax> Members, TextSpan Span)
    : DeclarationSyntax(Span), INamedDeclarationSyntax
{
    /// <summary><c>keuze GGR op volgorde { Laag, Hoog }</c>: the members are listed from low to high.</summary>
    public bool IsOrdered { get; init; }
}

/// <summary>One member of a <c>keuze</c>; quoted members may contain spaces.</summary>
public sealed record ChoiceMemberSyntax(string Name, bool IsQuoted, TextSpan Span) : SyntaxNode(Span);
