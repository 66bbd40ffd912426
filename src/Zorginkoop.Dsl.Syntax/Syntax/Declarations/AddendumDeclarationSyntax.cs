using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>addendum Naam "titel" { vereist overeenkomst X; ingangsdatum: …; eis … }</c></summary>
public sealed record AddendumDeclarationSyntax(
    NameSyntax Name,
    TextSyntax? Title,
    ExpressionSyntax? AppliesTo,
    ImmutableArray<SyntaxNode> Members,
    TextSpan Span) : DeclarationSyntax(Span), INamedDeclarationSyntax
{
    public IEnumerable<PrerequisiteSyntax> Prerequisites => Members.OfType<PrerequisiteSyntax>();

    public IEnumerable<IncludeSyntax> Includes => Members.OfType<IncludeSyntax>();

    public IEnumerable<RequirementSyntax> Requirements => Members.OfType<RequirementSyntax>();

    public IEnumerable<PropertySyntax> Properties => Members.OfType<PropertySyntax>();

    public IEnumerable<OnRequestSyntax> OnRequest => Members.OfType<OnRequestSyntax>();
}

/// <summary><c>vereist overeenkomst Huisartsgeneeskundig</c>, or <c>… Huisartsgeneeskundig of ZorgverleningRho</c>.</summary>
public sealed record PrerequisiteSyntax(NameSyntax Contract, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The contracts after <c>of</c>: any one of <see cref="Contracts"/> will do.</summary>
    public ImmutableArray<NameSyntax> Alternatives { get; init; } = [];

    public IEnumerable<NameSyntax> Contracts => [Contract, .. Alternatives];
}

/// <summary><c>aanbod: op aanvraag</c> (the other offers are ordinary properties: <c>aanbod: automatisch</c>).</summary>
public sealed record OnRequestSyntax(NameSyntax Property, TextSpan Span) : SyntaxNode(Span);
