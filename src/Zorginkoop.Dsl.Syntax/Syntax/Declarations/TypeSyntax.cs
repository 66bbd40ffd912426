using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

public abstract record TypeSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>A built-in type keyword (<c>tekst</c>, <c>ja/nee</c>, …) or the name of a keuze or gegevens; <c>?</c> makes it optional.</summary>
public sealed record NamedTypeSyntax(NameSyntax Name, bool IsBuiltIn, bool IsOptional, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>lijst van T</c></summary>
public sealed record ListTypeSyntax(TypeSyntax ElementType, TextSpan Span) : TypeSyntax(Span);
