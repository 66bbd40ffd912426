using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary>
/// <c>gegevens Zorgaanbieder als aanbieder { … }</c>: a record of facts. <see cref="SubjectName"/> is set on the
/// record that requirements are about, and names the variable they use for it.
/// </summary>
public sealed record RecordDeclarationSyntax(NameSyntax Name, NameSyntax? SubjectName, ImmutableArray<FieldDeclarationSyntax> Fields, TextSpan Span)
    : DeclarationSyntax(Span), INamedDeclarationSyntax;

/// <summary><c>aanvulling Zorgaanbieder { … }</c>: fields added to a record declared elsewhere.</summary>
public sealed record RecordExtensionSyntax(NameSyntax Name, ImmutableArray<FieldDeclarationSyntax> Fields, TextSpan Span) : DeclarationSyntax(Span);

/// <summary><c>fteHuisarts: decimaal "uitleg"</c></summary>
public sealed record FieldDeclarationSyntax(NameSyntax Name, TypeSyntax Type, TextSyntax? Description, TextSpan Span) : SyntaxNode(Span);
