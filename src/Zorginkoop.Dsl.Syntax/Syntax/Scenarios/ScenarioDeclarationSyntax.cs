using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Scenarios;

/// <summary><c>scenario "titel" { gegeven …; op …; gebeurtenis …; aanvraag …; verwacht … }</c></summary>
public sealed record ScenarioDeclarationSyntax(TextSyntax Title, ImmutableArray<ScenarioMemberSyntax> Members, TextSpan Span) : DeclarationSyntax(Span);

public abstract record ScenarioMemberSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>gegeven aanbieder [volgens Voorbeeld] { veld: waarde; … }</c>; the record is optional after <c>volgens</c>.</summary>
public sealed record GivenSyntax(NameSyntax Subject, NameSyntax? Base, RecordValueSyntax? Facts, TextSpan Span) : ScenarioMemberSyntax(Span);

/// <summary><c>op 1 januari 2026</c>: the date the policy is evaluated as of.</summary>
public sealed record ScenarioDateSyntax(ExpressionSyntax Date, TextSpan Span) : ScenarioMemberSyntax(Span);

/// <summary><c>gebeurtenis offerte = 25 september 2026</c></summary>
public sealed record ScenarioEventSyntax(NameSyntax Event, ExpressionSyntax Date, TextSpan Span) : ScenarioMemberSyntax(Span);

/// <summary><c>aanvraag PohGgz op 14 februari 2026</c></summary>
public sealed record ScenarioRequestSyntax(NameSyntax Target, ExpressionSyntax Date, TextSpan Span) : ScenarioMemberSyntax(Span);

/// <summary><c>verwacht Doel verwachting</c></summary>
public sealed record ExpectationSyntax(QualifiedNameSyntax Target, ExpectedSyntax Expected, TextSpan Span) : ScenarioMemberSyntax(Span);

public abstract record ExpectedSyntax(TextSpan Span) : SyntaxNode(Span);

public enum ExpectedOutcome
{
    Satisfied,
    SatisfiedByException,
    NotSatisfied,
    Unknown,
    NotApplicable,

    /// <summary><c>niet voldaan ter beoordeling</c>: not met, and a human decides (<c>mag afwijken</c>).</summary>
    NotSatisfiedForJudgement,
}

/// <summary><c>voldaan</c>, <c>voldaan bij uitzondering</c>, <c>niet voldaan</c>, <c>niet voldaan ter beoordeling</c>, <c>onbekend</c>, <c>niet van toepassing</c></summary>
public sealed record ExpectedOutcomeSyntax(ExpectedOutcome Outcome, TextSpan Span) : ExpectedSyntax(Span);

/// <summary><c>ingangsdatum 1 april 2026</c></summary>
public sealed record ExpectedStartDateSyntax(ExpressionSyntax Date, TextSpan Span) : ExpectedSyntax(Span);

/// <summary>A state word such as <c>open</c>, <c>verlopen</c>, <c>komend</c> for timeline entries.</summary>
public sealed record ExpectedStateSyntax(NameSyntax State, TextSpan Span) : ExpectedSyntax(Span);
