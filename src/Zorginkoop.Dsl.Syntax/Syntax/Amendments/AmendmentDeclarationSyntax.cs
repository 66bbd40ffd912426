using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Amendments;

/// <summary><c>wijziging 1 september 2025 "titel" { reden: …; gevolg: …; voegt toe …; vervangt …; vervalt … }</c></summary>
public sealed record AmendmentDeclarationSyntax(
    ExpressionSyntax EffectiveDate,
    TextSyntax Title,
    ImmutableArray<PropertySyntax> Properties,
    ImmutableArray<AmendmentOperationSyntax> Operations,
    TextSpan Span) : DeclarationSyntax(Span);

public abstract record AmendmentOperationSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>voegt toe [aan Doel] { … }</c>: items are declarations, requirements, includes or timeline members.</summary>
public sealed record AddOperationSyntax(QualifiedNameSyntax? Target, ImmutableArray<SyntaxNode> Items, TextSpan Span) : AmendmentOperationSyntax(Span);

/// <summary><c>vervangt Doel door …</c></summary>
public sealed record ReplaceOperationSyntax(QualifiedNameSyntax Target, SyntaxNode Replacement, TextSpan Span) : AmendmentOperationSyntax(Span);

/// <summary><c>vervalt Doel</c></summary>
public sealed record RemoveOperationSyntax(QualifiedNameSyntax Target, TextSpan Span) : AmendmentOperationSyntax(Span);
