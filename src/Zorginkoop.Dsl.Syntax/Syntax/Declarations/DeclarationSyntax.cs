using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary>A top-level declaration of a policy file.</summary>
public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>A declaration that introduces a name others can refer to.</summary>
public interface INamedDeclarationSyntax
{
    NameSyntax Name { get; }
}

/// <summary>Stands in for a declaration too broken to build, so later phases see no gap and report nothing more.</summary>
public sealed record ErrorDeclarationSyntax(TextSpan Span) : DeclarationSyntax(Span);
