using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;
using P = Zorginkoop.Dsl.Syntax.Parsing.Generated.ZorginkoopParser;

namespace Zorginkoop.Dsl.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private TimelineDeclarationSyntax Timeline(P.TimelineDeclarationContext context) =>
        new(Name(context.name()), OptionalText(context.joinedText()), [.. context.timelineMember().Select(TimelineMember)], SpanOf(context));

    private TimelineMemberSyntax TimelineMember(P.TimelineMemberContext context) => context switch
    {
        P.PhaseMemberContext c => new TimelinePhaseSyntax(Text(c.joinedText()), [.. c.timelineEntry().Select(TimelineEntry)], SpanOf(c)),
        P.EntryMemberContext c => TimelineEntry(c.timelineEntry()),
        _ => new TimelinePhaseSyntax(new TextSyntax(string.Empty, SpanOf(context)), [], SpanOf(context)),
    };

    private TimelineEntrySyntax TimelineEntry(P.TimelineEntryContext context)
    {
        var parties = context.parties()?.party()
            .Select(p => new PartySyntax(p.STRING() is { } s ? Text(s).Value : p.name()?.GetText() ?? string.Empty, SpanOf(p)))
            .ToList() ?? [];
        var clauses = context.entryClause().Select(EntryClause);
        return new TimelineEntrySyntax(
            context.COLON() is null ? null : Name(context.name()),
            Schedule(context.schedule()),
            [.. parties],
            Text(context.joinedText()),
            [.. clauses],
            SpanOf(context));
    }

    private EntryClauseSyntax EntryClause(P.EntryClauseContext context) => context switch
    {
        P.ChannelClauseContext c => new EntryClauseSyntax(EntryClauseKind.Channel, c.STRING() is { } s ? Text(s).Value : c.name()?.GetText() ?? string.Empty, SpanOf(c)),
        P.EventClauseContext c => new EntryClauseSyntax(EntryClauseKind.Event, c.name()?.GetText() ?? string.Empty, SpanOf(c)),
        P.ConditionClauseContext c => new EntryClauseSyntax(EntryClauseKind.Condition, Text(c.joinedText()).Value, SpanOf(c)),
        P.UnlessClauseContext c => new EntryClauseSyntax(EntryClauseKind.Unless, Text(c.joinedText()).Value, SpanOf(c)),
        _ => new EntryClauseSyntax(EntryClauseKind.Condition, string.Empty, SpanOf(context)),
    };

    private ScheduleSyntax? Schedule(P.ScheduleContext? context) => context switch
    {
        null => null,
        P.DeadlineScheduleContext c => new DeadlineScheduleSyntax(Expression(c.expression()), SpanOf(c)),
        P.FromScheduleContext c => new FromScheduleSyntax(Expression(c.expression()), SpanOf(c)),
        P.OnScheduleContext c => new OnScheduleSyntax(Expression(c.expression()), SpanOf(c)),
        P.WithinScheduleContext c => new WithinScheduleSyntax(Expression(c.expression()), SpanOf(c)),
        P.WindowScheduleContext c => new WindowScheduleSyntax(
            Literal(LiteralKind.Date, c.dateLiteral()),
            Expression(c.expression()),
            c.beforeTime()?.TIME() is { } time ? new LiteralExpressionSyntax(LiteralKind.Time, time.GetText(), SpanOf(time.Symbol)) : null,
            SpanOf(c)),
        P.PreferredScheduleContext c => new PreferredScheduleSyntax(Expression(c.expression(0)), Expression(c.expression(1)), SpanOf(c)),
        P.RecurringScheduleContext c => new RecurringScheduleSyntax(
            Period(c.periodUnit()),
            [.. c.INTEGER().Select(i => new LiteralExpressionSyntax(LiteralKind.Integer, i.GetText(), SpanOf(i.Symbol)))],
            SpanOf(c)),
        P.ContinuousScheduleContext c => new ContinuousScheduleSyntax(
            [.. c.INTEGER().Select(i => new LiteralExpressionSyntax(LiteralKind.Integer, i.GetText(), SpanOf(i.Symbol)))],
            SpanOf(c)),
        _ => null,
    };
}
