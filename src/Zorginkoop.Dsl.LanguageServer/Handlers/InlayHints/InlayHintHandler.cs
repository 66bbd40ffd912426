using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.InlayHints;

/// <summary>
/// <c>textDocument/inlayHint</c>: the weekday after each date, "30 september 2025 (di)", so a deadline on a
/// weekend stands out while reading. Dates that do not exist get none (they have a diagnostic).
/// </summary>
internal sealed class InlayHintHandler(ServerContext context) : IRequestHandler<InlayHintParams, List<InlayHint>>
{
    public string Method => Methods.InlayHint;

    public List<InlayHint> Handle(InlayHintParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return [];
        }

        var range = PositionConverter.ToSpan(analysis.Text, request.Range);
        return
        [
            .. analysis.Tokens
                .Where(t => t.Kind == LexicalTokenKind.Date && t.Span.End >= range.Start && t.Span.Start <= range.End)
                .Select(t => (Token: t, Parsed: DutchDates.TryParse(t.Text, out var date), Date: date))
                .Where(t => t.Parsed)
                .Select(t => new InlayHint
                {
                    // After the whole date-time ("30 september 2025 17:00 uur (di)"), not between date and time.
                    Position = PositionConverter.ToPosition(analysis.Text, (DateTimeTokens.TimeAfter(analysis.Tokens, t.Token, analysis.Text.Content) ?? t.Token).Span.End),
                    Label = $"({DutchDates.ShortWeekday(t.Date)})",
                    PaddingLeft = true,
                    Tooltip = DutchFormat.Weekday(t.Date),
                }),
        ];
    }
}
