using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>eisen Naam "titel" geldt voor … mag afwijken { omvat …; eis …; ingangsdatum: … }</c></summary>
public sealed record RequirementSetDeclarationSyntax(
    NameSyntax Name,
    TextSyntax? Title,
    ExpressionSyntax? AppliesTo,
    DiscretionSyntax? Discretion,
    ImmutableArray<SyntaxNode> Members,
    TextSpan Span) : DeclarationSyntax(Span), INamedDeclarationSyntax
{
    public IEnumerable<IncludeSyntax> Includes => Members.OfType<IncludeSyntax>();

    public IEnumerable<RequirementSyntax> Requirements => Members.OfType<RequirementSyntax>();

    public IEnumerable<PropertySyntax> Properties => Members.OfType<PropertySyntax>();
}

/// <summary><c>omvat AndereEisen</c></summary>
public sealed record IncludeSyntax(NameSyntax Target, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>mag afwijken "toelichting"</c>: a failure is for human judgement, not final.</summary>
public sealed record DiscretionSyntax(TextSyntax? Reason, TextSpan Span) : SyntaxNode(Span);
