using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Timelines;

/// <summary><c>tijdlijn Naam "titel" { regels en fases }</c>: a purchasing planning.</summary>
public sealed record TimelineDeclarationSyntax(NameSyntax Name, TextSyntax? Title, ImmutableArray<TimelineMemberSyntax> Members, TextSpan Span)
    : DeclarationSyntax(Span), INamedDeclarationSyntax;

public abstract record TimelineMemberSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>fase "titel" { … }</c>: entries without a date of their own belong to it.</summary>
public sealed record TimelinePhaseSyntax(TextSyntax Title, ImmutableArray<TimelineEntrySyntax> Entries, TextSpan Span) : TimelineMemberSyntax(Span);
