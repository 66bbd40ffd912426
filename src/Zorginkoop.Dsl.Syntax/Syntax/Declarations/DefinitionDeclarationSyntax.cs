using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary><c>definitie normFte "uitleg" = aanbieder.ingeschrevenPatienten / 3.000</c></summary>
public sealed record DefinitionDeclarationSyntax(NameSyntax Name, TextSyntax? Description, ExpressionSyntax Value, TextSpan Span)
    : DeclarationSyntax(Span), INamedDeclarationSyntax;
