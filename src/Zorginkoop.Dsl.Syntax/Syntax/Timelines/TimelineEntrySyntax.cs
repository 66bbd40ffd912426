using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Timelines;

/// <summary>
/// One row of a planning: <c>[id:] [wanneer] wie "actie" [via kanaal] [voor "conditie"] [tenzij "…"] [als gebeurtenis]</c>.
/// </summary>
public sealed record TimelineEntrySyntax(
    NameSyntax? Id,
    ScheduleSyntax? Schedule,
    ImmutableArray<PartySyntax> Parties,
    TextSyntax Action,
    ImmutableArray<EntryClauseSyntax> Clauses,
    TextSpan Span) : TimelineMemberSyntax(Span);

/// <summary>A party (<c>VGZ</c>, <c>"Z&amp;Z"</c>).</summary>
public sealed record PartySyntax(string Name, TextSpan Span) : SyntaxNode(Span);

public enum EntryClauseKind
{
    Channel,
    Event,
    Condition,
    Unless,
}

/// <summary><c>via e-mail</c>, <c>als offerte</c>, <c>voor "…"</c>, <c>tenzij "…"</c>.</summary>
public sealed record EntryClauseSyntax(EntryClauseKind Kind, string Value, TextSpan Span) : SyntaxNode(Span);
