using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Timelines;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;
using static Zorginkoop.Dsl.Semantics.Binding.BindingContext;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Translates each <c>tijdlijn</c> into a <see cref="BoundTimeline"/>: rows with ids, schedules with dates bound
/// over event variables, and the checks of docs/timelines.md (order, period, weekends and holidays, windows).
/// </summary>
internal sealed class TimelineBinder(BindingContext context, ExpressionBinder expressions)
{
    /// <summary>The bound timelines of the policy, in declaration order.</summary>
    public ImmutableArray<BoundTimeline> Bind(PolicyHeaderInfo? header) =>
        [.. context.Timelines.Select(t => BindTimeline(t, RowsOf(t), header))];

    private IReadOnlyList<TimelineRow> RowsOf(TimelineSymbol timeline)
    {
        var file = context.FileOf(timeline);
        return [.. timeline.Syntax.Members.SelectMany(member => member switch
        {
            TimelinePhaseSyntax phase => phase.Entries.Select(e => new TimelineRow(e, phase.Title.Value, file)),
            TimelineEntrySyntax entry => [new TimelineRow(entry, null, file)],
            _ => [],
        })];
    }

    private BoundTimeline BindTimeline(TimelineSymbol timeline, IReadOnlyList<TimelineRow> rows, PolicyHeaderInfo? header)
    {
        // Every row id and 'als' name is an event: a datum variable that schedules may compute from.
        var ids = new List<string>();
        var events = new Dictionary<string, VariableSymbol>(StringComparer.Ordinal);
        var explicitIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var (syntax, _, file) = rows[i];
            var id = syntax.Id is { Text.Length: > 0 } name ? name.Text : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (syntax.Id is { Text.Length: > 0 } idName)
            {
                if (explicitIds.TryGetValue(idName.Text, out var previous))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.DuplicateEntryId(At(file, idName), idName.Text, timeline.Name, previous));
                }
                else
                {
                    explicitIds[idName.Text] = At(file, idName);
                }
            }

            ids.Add(id);
            Declare(id, syntax.Id is null ? At(file, syntax) : At(file, syntax.Id));
            if (EventNameOf(syntax) is { } eventClause)
            {
                Declare(eventClause.Value, At(file, eventClause));
            }
        }

        void Declare(string name, SourceLocation location)
        {
            if (!events.ContainsKey(name))
            {
                events[name] = new VariableSymbol(name, location, PrimitiveType.Date);
            }
        }

        var entries = new List<BoundTimelineEntry>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (syntax, phase, file) = rows[i];
            var scope = events.Values.Aggregate(ExpressionScope.ForFile(file), (s, v) => s.WithLocal(v));
            var row = new ScheduleRow(timeline, scope, events, ids[i], EventNameOf(syntax)?.Value, i == 0 ? null : entries[i - 1], header);
            var schedule = syntax.Schedule is null ? null : BindSchedule(syntax.Schedule, row);
            var clauses = syntax.Clauses;
            var channels = clauses.Where(c => c.Kind == EntryClauseKind.Channel).Select(c => c.Value).ToList();
            entries.Add(new BoundTimelineEntry(
                ids[i],
                syntax.Id is { Text.Length: > 0 },
                i + 1,
                phase,
                schedule,
                [.. syntax.Parties.Select(p => p.Name).Where(p => p.Length > 0)],
                syntax.Action.Value,
                channels.Count == 0 ? null : string.Join(" / ", channels),
                [.. clauses.Where(c => c.Kind == EntryClauseKind.Condition).Select(c => c.Value)],
                [.. clauses.Where(c => c.Kind == EntryClauseKind.Unless).Select(c => c.Value)],
                EventNameOf(syntax)?.Value,
                At(file, syntax)));
        }

        CheckTimeline(entries, header);
        return new BoundTimeline(timeline, [.. entries]);
    }

    /// <summary>A row of a timeline as written, with its phase and file.</summary>
    private sealed record TimelineRow(TimelineEntrySyntax Syntax, string? Phase, SyntaxTree File);

    private static EntryClauseSyntax? EventNameOf(TimelineEntrySyntax syntax) =>
        syntax.Clauses.FirstOrDefault(c => c.Kind == EntryClauseKind.Event && c.Value.Length > 0);

    private sealed record ScheduleRow(
        TimelineSymbol Timeline,
        ExpressionScope Scope,
        IReadOnlyDictionary<string, VariableSymbol> Events,
        string EntryId,
        string? EntryEvent,
        BoundTimelineEntry? Previous,
        PolicyHeaderInfo? Header);

    private BoundSchedule BindSchedule(ScheduleSyntax syntax, ScheduleRow row)
    {
        var location = At(row.Scope.File, syntax);
        var text = ExpressionBinder.TextOf(row.Scope, syntax);
        BoundSchedule Schedule(TimelineEntryKind kind, BoundMoment? start = null, BoundMoment? preferred = null, BoundMoment? deadline = null) =>
            new(kind, text, start, preferred, deadline, null, [], location);

        switch (syntax)
        {
            case DeadlineScheduleSyntax s:
                return Schedule(TimelineEntryKind.Deadline, deadline: BindMoment(s.Moment, row));
            case FromScheduleSyntax s:
                return Schedule(TimelineEntryKind.From, start: BindMoment(s.Moment, row));
            case OnScheduleSyntax s:
                return Schedule(TimelineEntryKind.On, start: BindMoment(s.Moment, row));
            case WithinScheduleSyntax s:
                return Schedule(TimelineEntryKind.Within, deadline: BindMoment(s.Period, row));
            case WindowScheduleSyntax s:
                var closing = s.ClosingTime is null ? null
                    : LiteralBinder.Bind(s.ClosingTime, At(row.Scope.File, s.ClosingTime), context.Diagnostics) is BoundLiteral { Value: TimeOnly time } ? time : (TimeOnly?)null;
                var start = BindMoment(s.Start, row);
                var end = BindMoment(s.End, row, closing, before: s.ClosingTime is not null);
                if (start?.FixedDate is { } from && end?.FixedDate is { } to && to < from)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.WindowEndsBeforeStart(location, DutchFormat.Date(from), DutchFormat.Date(to)));
                }

                return Schedule(TimelineEntryKind.Window, start: start, deadline: end);
            case PreferredScheduleSyntax s:
                var preferred = BindMoment(s.Preferred, row, before: true);
                var deadline = BindMoment(s.Deadline, row);
                if (preferred?.FixedDate is { } p && deadline?.FixedDate is { } d && p > d)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.PreferredAfterDeadline(location, DutchFormat.Date(p), DutchFormat.Date(d)));
                }

                return Schedule(TimelineEntryKind.Preferred, preferred: preferred, deadline: deadline);
            case RecurringScheduleSyntax s:
                var years = Years(s.Years, row);
                var period = s.Unit switch
                {
                    PeriodUnit.Week => TimelinePeriod.Week,
                    PeriodUnit.Month => TimelinePeriod.Month,
                    PeriodUnit.Quarter => TimelinePeriod.Quarter,
                    _ => TimelinePeriod.Year,
                };
                return new BoundSchedule(TimelineEntryKind.Recurring, text, null, null, null, period, [.. years.Distinct().Order()], location);
            case ContinuousScheduleSyntax s:
                // Without years of its own the row holds all through the looptijd, as "het gehele jaar door" in a
                // policy for 2026-2027 means; without a looptijd there is no period a calendar could show.
                var through = Years(s.Years, row);
                if (s.Years.IsEmpty && Looptijd(row) is var (firstYear, lastYear))
                {
                    through = [.. Enumerable.Range(firstYear, lastYear - firstYear + 1)];
                }
                else if (s.Years.IsEmpty)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.ContinuousWithoutYears(location, text));
                }

                return new BoundSchedule(TimelineEntryKind.Continuous, text, null, null, null, null, [.. through.Distinct().Order()], location);
            case HalfYearScheduleSyntax s:
                return new BoundSchedule(TimelineEntryKind.Recurring, text, null, null, null, TimelinePeriod.HalfYear, [.. Years(s.Years, row).Distinct().Order()], location);
            case YearlyDeadlineScheduleSyntax s:
                return YearlyDeadline(s, row, text, location);
            default:
                return Schedule(TimelineEntryKind.Undated);
        }
    }

    /// <summary>
    /// <c>elk jaar uiterlijk 1 juni</c>: the deadline's moment is the date in the first year (so the checks and the
    /// compiled policy see a plain fixed date); the planner takes its day and month for every year.
    /// </summary>
    private BoundSchedule YearlyDeadline(YearlyDeadlineScheduleSyntax syntax, ScheduleRow row, string text, SourceLocation location)
    {
        var file = row.Scope.File;
        var years = Years(syntax.Years, row);
        if (syntax.Years.IsEmpty && Looptijd(row) is var (firstYear, lastYear))
        {
            years = [.. Enumerable.Range(firstYear, lastYear - firstYear + 1)];
        }
        else if (syntax.Years.IsEmpty)
        {
            context.Diagnostics.Add(DiagnosticCatalog.ContinuousWithoutYears(location, text));
        }

        years = [.. years.Distinct().Order()];
        var month = Enumerable.Range(1, 12).FirstOrDefault(m => string.Equals(DutchFormat.MonthName(m), syntax.Month.Text, StringComparison.OrdinalIgnoreCase));
        var dayText = $"{syntax.Day.Text} {syntax.Month.Text}";
        if (!int.TryParse(syntax.Day.Text, out var day) || month == 0 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            context.Diagnostics.Add(DiagnosticCatalog.InvalidDayOfYear(At(file, syntax), dayText, month == 0 ? null : $"er zijn in {DutchFormat.MonthName(month)} geen {day} dagen"));
            return Invalid();
        }

        foreach (var year in years.Where(y => day > DateTime.DaysInMonth(y, month)))
        {
            context.Diagnostics.Add(DiagnosticCatalog.InvalidDayOfYear(At(file, syntax), dayText, $"{year} heeft geen {dayText}"));
        }

        var time = syntax.Time is null ? null
            : LiteralBinder.Bind(syntax.Time, At(file, syntax.Time), context.Diagnostics) is BoundLiteral { Value: TimeOnly at } ? at : (TimeOnly?)null;
        var first = years.FirstOrDefault(y => day <= DateTime.DaysInMonth(y, month));
        if (first == 0)
        {
            return Invalid();
        }

        var date = new DateOnly(first, month, day);
        var momentText = dayText + (syntax.Time is null ? string.Empty : " " + syntax.Time.Text);
        var deadline = new BoundMoment(new BoundLiteral(date, PrimitiveType.Date, location), [], date, time, false, momentText, location);
        return new BoundSchedule(TimelineEntryKind.YearlyDeadline, text, null, null, deadline, TimelinePeriod.Year, [.. years], location);

        // Reported already; the row stays in the planning without a date.
        BoundSchedule Invalid() => new(TimelineEntryKind.Undated, text, null, null, null, null, [], location);
    }

    /// <summary>
    /// The looptijd a continuous row holds in: that of the policy the timeline is written in (a scenario file that
    /// uses the policy has no beleid-kop of its own), else the entry file's.
    /// </summary>
    private static (int First, int Last)? Looptijd(ScheduleRow row)
    {
        var own = row.Scope.File.Root.OfKind<PolicyHeaderSyntax>().FirstOrDefault()?.Properties.FirstOrDefault(p => p.Name.Text == "looptijd");
        int? Year(ExpressionSyntax? value) =>
            value is LiteralExpressionSyntax { Kind: LiteralKind.Integer } literal && int.TryParse(literal.Text, out var year) ? year : null;
        var (first, last) = own is not null && Year(own.Value) is { } from ? (from, Year(own.RangeEnd) ?? from)
            : (row.Header?.FirstYear ?? 0, row.Header?.LastYear ?? 0);
        return first is >= 1900 and <= 2200 && last >= first && last - first < 100 ? (first, last) : null;
    }

    /// <summary>The years of <c>elk kwartaal in 2024 en 2025</c> or <c>doorlopend in 2026</c>; an impossible one is reported.</summary>
    private List<int> Years(ImmutableArray<LiteralExpressionSyntax> literals, ScheduleRow row)
    {
        var years = new List<int>();
        foreach (var literal in literals)
        {
            if (LiteralBinder.Bind(literal, At(row.Scope.File, literal), context.Diagnostics) is BoundLiteral { Value: long year } && year is >= 1900 and <= 2200)
            {
                years.Add((int)year);
            }
            else
            {
                context.Diagnostics.Add(DiagnosticCatalog.InvalidRecurrenceYear(At(row.Scope.File, literal), literal.Text));
            }
        }

        return years;
    }

    /// <summary>Binds one date of a schedule; null when it cannot be bound (the reason is reported).</summary>
    private BoundMoment? BindMoment(ExpressionSyntax syntax, ScheduleRow row, TimeOnly? closingTime = null, bool before = false)
    {
        var scope = row.Scope;
        var location = At(scope.File, syntax);
        var text = ExpressionBinder.TextOf(scope, syntax);

        // Names where an event belongs ("6 weken na X") that name nothing at all are unknown events, not unknown values.
        var unresolved = false;
        foreach (var name in EventPositionNames(syntax))
        {
            if (name.Text == row.EntryId || name.Text == row.EntryEvent)
            {
                context.Diagnostics.Add(DiagnosticCatalog.SelfReference(At(scope.File, name), name.Text));
                unresolved = true;
            }
            else if (!row.Events.ContainsKey(name.Text) && !IsKnownValueName(name.Text, scope))
            {
                var candidates = row.Events.Keys.Where(k => !char.IsAsciiDigit(k[0])).ToList();
                context.Diagnostics.Add(DiagnosticCatalog.UnknownEvent(At(scope.File, name), name.Text, row.Timeline.Name, candidates, NameSuggester.Suggest(name.Text, candidates)));
                unresolved = true;
            }
        }

        if (unresolved)
        {
            return null;
        }

        var bound = expressions.BindExpression(syntax, scope);
        if (bound.Type == PrimitiveType.Duration)
        {
            // "binnen 4 weken": counted from the row above, the way a planning table reads.
            if (row.Previous is not { } previous)
            {
                context.Diagnostics.Add(DiagnosticCatalog.NoAnchor(location, text));
                return null;
            }

            var anchor = new BoundVariable(row.Events[previous.Id], location);
            var anchorName = previous.HasExplicitId ? previous.Id : $"regel {previous.Id}";
            text = $"{text} na {anchorName}";
            bound = new BoundBinary(BoundBinaryOperator.Add, anchor, bound, PrimitiveType.Date, location, text);
        }

        if (bound.Type.IsError)
        {
            return null;
        }

        if (bound.Type != PrimitiveType.Date && bound.Type != PrimitiveType.DateTime)
        {
            context.Diagnostics.Add(DiagnosticCatalog.TypeMismatch(location, text, bound.Type.DisplayName, "een datum (of een duur na een gebeurtenis)"));
            return null;
        }

        var nodes = Descendants(bound).ToList();
        if (nodes.Any(n => n is BoundFieldAccess or BoundParameter || (n is BoundVariable v && v.Variable == context.SubjectVariable)))
        {
            context.Diagnostics.Add(DiagnosticCatalog.ScheduleDependsOnFacts(location, text));
            return null;
        }

        var eventVariables = row.Events.Values.ToHashSet();
        ImmutableArray<VariableSymbol> used = [.. nodes.OfType<BoundVariable>().Select(v => v.Variable).Where(eventVariables.Contains).Distinct()];
        DateOnly? fixedDate = null;
        var time = closingTime;
        if (used.IsEmpty)
        {
            switch (ConstantEvaluator.Evaluate(bound, context.SubjectVariable))
            {
                case DateOnly date:
                    fixedDate = date;
                    break;
                case DateTime moment:
                    fixedDate = DateOnly.FromDateTime(moment);
                    time ??= TimeOnly.FromDateTime(moment);
                    break;
            }
        }

        return new BoundMoment(bound, used, fixedDate, time, before, text, location);
    }

    /// <summary>The names standing where a date belongs: "X", "6 weken na X", "X + 2 weken", "vroegste van (X, Y)".</summary>
    private static IEnumerable<NameSyntax> EventPositionNames(ExpressionSyntax syntax) => syntax switch
    {
        NameExpressionSyntax name => [name.Name],
        ParenthesizedExpressionSyntax p => EventPositionNames(p.Inner),
        BinaryExpressionSyntax { Operator: BinaryOperator.After } b => EventPositionNames(b.Right),
        BinaryExpressionSyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => EventPositionNames(b.Left).Concat(EventPositionNames(b.Right)),
        FirstDayOfNextPeriodExpressionSyntax f => EventPositionNames(f.Date),
        FirstDayOfPeriodExpressionSyntax f => EventPositionNames(f.Date),
        ExtremeDateExpressionSyntax x => EventPositionNames(x.First).Concat(EventPositionNames(x.Second)),
        ConditionalExpressionSyntax c => EventPositionNames(c.Then).Concat(c.Else is null ? [] : EventPositionNames(c.Else)),
        _ => [],
    };

    private bool IsKnownValueName(string name, ExpressionScope scope) =>
        scope.Locals.ContainsKey(name)
        || context.SubjectVariable?.Name == name
        || name == BuiltInParameters.EvaluationDate.Name
        || name == BuiltInParameters.RequestDate.Name
        || context.LookupGlobal(name, scope.File) is not null
        || context.VisibleGlobals(scope.File).OfType<ChoiceSymbol>().Any(c => c.Find(name) is not null);

    /// <summary>Every node of a bound expression, itself first.</summary>
    private static IEnumerable<BoundExpression> Descendants(BoundExpression expression)
    {
        yield return expression;
        IEnumerable<BoundExpression> children = expression is BoundDefinitionReference d
            ? [d.Definition.Value]
            : BoundChildren.Of(expression);
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    /// <summary>The checks across rows: period, order, and deadlines on days nobody works.</summary>
    private void CheckTimeline(List<BoundTimelineEntry> entries, PolicyHeaderInfo? header)
    {
        BoundTimelineEntry? latest = null;
        DateOnly latestKey = default;
        foreach (var entry in entries)
        {
            if (entry.Schedule is not { } schedule)
            {
                continue;
            }

            if (header is { FirstYear: { } first, LastYear: { } last })
            {
                // Purchasing for a contract year happens in the year before it, so that year belongs to the period.
                var from = new DateOnly(first - 1, 1, 1);
                var to = new DateOnly(last, 12, 31);
                foreach (var moment in schedule.Moments.Where(m => m.FixedDate is { } d && (d < from || d > to)))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.OutsidePolicyPeriod(moment.Location, DutchFormat.Date(moment.FixedDate!.Value), first, last));
                }

                foreach (var year in schedule.Years.Where(y => y < first - 1 || y > last))
                {
                    context.Diagnostics.Add(DiagnosticCatalog.OutsidePolicyPeriod(schedule.Location, year.ToString(System.Globalization.CultureInfo.InvariantCulture), first, last));
                }
            }

            // "elk jaar uiterlijk 1 juni": each year's date can fall on a Sunday.
            if (schedule.Kind == TimelineEntryKind.YearlyDeadline && schedule.Deadline is { } yearly)
            {
                foreach (var (_, date) in TimelinePlanner.YearlyDates(new TimelineSchedule(schedule.Kind, schedule.Text, null, null,
                    TimelineMoment.Fixed(yearly.FixedDate!.Value, yearly.Time, false, yearly.Text), schedule.Period, schedule.Years)))
                {
                    if (DutchHolidays.NonWorkingReason(date) is { } reason)
                    {
                        var next = DutchHolidays.NextWorkingDay(date);
                        context.Diagnostics.Add(DiagnosticCatalog.DeadlineOnNonWorkingDay(yearly.Location, DutchFormat.Date(date), reason, $"{DutchFormat.Weekday(next)} {DutchFormat.Date(next)}"));
                    }
                }
            }

            var deadlines = schedule.Kind switch
            {
                TimelineEntryKind.Deadline or TimelineEntryKind.Within or TimelineEntryKind.Window => new[] { schedule.Deadline },
                TimelineEntryKind.Preferred => [schedule.Preferred, schedule.Deadline],
                _ => [],
            };
            foreach (var moment in deadlines.OfType<BoundMoment>())
            {
                if (moment.FixedDate is { } date && DutchHolidays.NonWorkingReason(date) is { } reason)
                {
                    var next = DutchHolidays.NextWorkingDay(date);
                    context.Diagnostics.Add(DiagnosticCatalog.DeadlineOnNonWorkingDay(moment.Location, moment.Text, reason, $"{DutchFormat.Weekday(next)} {DutchFormat.Date(next)}"));
                }
            }

            // A planning reads top to bottom; a row that ends before one above it is probably a typo.
            if (schedule.Kind is not (TimelineEntryKind.Recurring or TimelineEntryKind.YearlyDeadline) && (schedule.Deadline ?? schedule.Start)?.FixedDate is { } key)
            {
                if (latest is not null && key < latestKey)
                {
                    context.Diagnostics.Add(DiagnosticCatalog.EntryOutOfOrder(schedule.Location, DutchFormat.Date(key), DutchFormat.Date(latestKey), latest.Id, latest.Schedule!.Location));
                }

                if (latest is null || key >= latestKey)
                {
                    latest = entry;
                    latestKey = key;
                }
            }
        }
    }
}
