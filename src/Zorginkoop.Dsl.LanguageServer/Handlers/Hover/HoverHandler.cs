using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Hover;

/// <summary>
/// <c>textDocument/hover</c>: for a name, what it is (a requirement's sentence and outcomes, a field's type and
/// description, a definition's value); for a date, its weekday; for a relative deadline, what it means.
/// </summary>
internal sealed class HoverHandler(ServerContext context) : IRequestHandler<HoverParams, Protocol.Hover?>
{
    public string Method => Methods.Hover;

    public Protocol.Hover? Handle(HoverParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return null;
        }

        var offset = PositionConverter.ToOffset(analysis.Text, request.Position);
        if (RelativeDeadline(analysis, offset) is { } relative)
        {
            return relative;
        }

        if (analysis.ReferenceAt(offset) is { } reference)
        {
            var writtenAs = analysis.Text.GetText(reference.Location.Span);
            return Markdown(SymbolDescriptions.Describe(reference.Symbol, writtenAs, analysis.Policy), PositionConverter.ToRange(reference.Location));
        }

        if (analysis.TokenAt(offset) is not { } token)
        {
            return null;
        }

        if (token.Kind == LexicalTokenKind.Time && DateTimeTokens.DateBefore(analysis.Tokens, token, analysis.Text.Content) is { } dateOfTime)
        {
            // On the time of a date-time: the same hover as on its date.
            token = dateOfTime;
        }

        if (token.Kind == LexicalTokenKind.Date && DutchDates.TryParse(token.Text, out var date))
        {
            // A date-time keeps its time: "dinsdag 30 september 2025 17:00 uur", over both tokens.
            var time = DateTimeTokens.TimeAfter(analysis.Tokens, token, analysis.Text.Content);
            var span = time is null ? token.Span : TextSpan.FromBounds(token.Span.Start, time.Span.End);
            return Markdown($"**{DutchFormat.Weekday(date)}** {DutchFormat.Date(date)}{(time is null ? string.Empty : " " + time.Text)}", PositionConverter.ToRange(analysis.Text, span));
        }

        var parameter = token.Text == BuiltInParameters.RequestDate.Name ? BuiltInParameters.RequestDate
            : token.Text == BuiltInParameters.EvaluationDate.Name ? BuiltInParameters.EvaluationDate
            : null;
        return parameter is null
            ? null
            : Markdown(SymbolDescriptions.Describe(parameter, token.Text, analysis.Policy), PositionConverter.ToRange(analysis.Text, token.Span));
    }

    /// <summary><c>uiterlijk 6 weken na offerte</c>: the date follows from an event that is only known later.</summary>
    private static Protocol.Hover? RelativeDeadline(DocumentAnalysis analysis, int offset)
    {
        var schedule = DeclarationFinder.Enclosing<ScheduleSyntax>(analysis.Tree, offset).FirstOrDefault();
        var (word, moment) = schedule switch
        {
            DeadlineScheduleSyntax deadline => ("Uiterlijk", deadline.Moment),
            WithinScheduleSyntax within => ("Binnen", within.Period),
            FromScheduleSyntax from => ("Vanaf", from.Moment),
            OnScheduleSyntax on => ("Op", on.Moment),
            _ => (null, null),
        };
        if (word is null || moment is not BinaryExpressionSyntax { Operator: BinaryOperator.After, Right: NameExpressionSyntax @event } after)
        {
            return null;
        }

        var period = analysis.Text.GetText(after.Left.Span);
        var text = $"**Relatieve termijn**: {word.ToLowerInvariant()} {period} na de gebeurtenis `{@event.Name.Text}`.\n\n"
            + $"De datum ligt pas vast als bekend is wanneer `{@event.Name.Text}` plaatsvond, bijvoorbeeld met "
            + $"`zorginkoop timeline … --event {@event.Name.Text}=JJJJ-MM-DD`.";
        if (EventDeadline(analysis, @event.Name.Text) is { } eventDate && Durations.TryAdd(eventDate, period, out var example))
        {
            text += $"\n\nValt `{@event.Name.Text}` op de eigen uiterste datum ({DutchFormat.Date(eventDate)}), dan is dit {DutchFormat.Weekday(example)} {DutchFormat.Date(example)}.";
        }

        return Markdown(text, PositionConverter.ToRange(analysis.Text, schedule!.Span));
    }

    /// <summary>The hard deadline of the timeline entry that is the event, when it has one.</summary>
    private static DateOnly? EventDeadline(DocumentAnalysis analysis, string eventName)
    {
        foreach (var entry in Zorginkoop.Dsl.Syntax.Syntax.SyntaxWalker.DescendantsAndSelf(analysis.Tree.Root).OfType<TimelineEntrySyntax>().Where(e => e.Id?.Text == eventName))
        {
            var moment = entry.Schedule switch
            {
                DeadlineScheduleSyntax deadline => deadline.Moment,
                PreferredScheduleSyntax preferred => preferred.Deadline,
                _ => null,
            };
            if (moment is LiteralExpressionSyntax { Kind: LiteralKind.Date or LiteralKind.DateTime } literal
                && DutchDates.TryParse(DatePart(literal.Text), out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static string DatePart(string text) => text.Contains(" uur", StringComparison.Ordinal)
        ? string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Take(3))
        : text;

    private static Protocol.Hover Markdown(string text, Protocol.Range range) =>
        new() { Contents = new MarkupContent { Kind = "markdown", Value = text }, Range = range };
}
