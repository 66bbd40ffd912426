using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Declarations;

/// <summary>
/// <c>eis naam "bronzin" [mag afwijken] voorwaarde [uitzondering "…" als …]</c>, or a group
/// <c>eis naam "bronzin" { eis …; eis … }</c> whose children must all hold.
/// </summary>
public sealed record RequirementSyntax(
    NameSyntax Name,
    TextSyntax? Sentence,
    DiscretionSyntax? Discretion,
    ExpressionSyntax? Condition,
    ImmutableArray<RequirementSyntax> Children,
    ImmutableArray<ExceptionSyntax> Exceptions,
    TextSpan Span) : SyntaxNode(Span)
{
    public bool IsGroup => Condition is null;

    /// <summary><c>mag afwijken "…" als voorwaarde</c> written after the condition (and its exceptions); null otherwise.</summary>
    public DiscretionSyntax? TrailingDiscretion { get; init; }
}

/// <summary><c>uitzondering "omschrijving" als voorwaarde</c></summary>
public sealed record ExceptionSyntax(TextSyntax? Description, ExpressionSyntax Condition, TextSpan Span) : SyntaxNode(Span);
