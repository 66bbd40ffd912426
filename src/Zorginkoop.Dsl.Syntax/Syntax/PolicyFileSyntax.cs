using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax;

/// <summary>The root of one policy file: its declarations in source order.</summary>
public sealed record PolicyFileSyntax(ImmutableArray<DeclarationSyntax> Declarations, TextSpan Span) : SyntaxNode(Span)
{
    public IEnumerable<T> OfKind<T>() where T : DeclarationSyntax => Declarations.OfType<T>();
}
