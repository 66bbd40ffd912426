using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>A named value (<c>definitie</c>), bound on first use so that cycles can be found.</summary>
public sealed class DefinitionSymbol(string name, SourceLocation location, string? description, DefinitionDeclarationSyntax syntax) : Symbol(name, location)
{
    public string? Description { get; } = description;

    internal DefinitionDeclarationSyntax Syntax { get; } = syntax;

    public BoundExpression Value { get; internal set; } = BoundErrorExpression.Instance;

    public TypeSymbol Type => Value.Type;

    public override string KindName => "definitie";
}
