using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Semantics.Interpretation;

/// <summary>
/// Translates the checked timelines into the runtime's <see cref="TimelineInfo"/>, the same data a compiled
/// policy exposes; relative dates are computed by interpreting their bound expressions over the event dates.
/// </summary>
public sealed class TimelineInterpreter : IPolicyTimelines
{
    private static readonly RecordSchema NoFacts = new("tijdlijn");

    public TimelineInterpreter(CheckedPolicy policy)
    {
        Timelines = [.. policy.BoundTimelines.Select(t => ToInfo(t, policy.SubjectVariable))];
    }

    public IReadOnlyList<TimelineInfo> Timelines { get; }

    public TimelineInfo? Find(string name) => Timelines.FirstOrDefault(t => t.Name == name);

    public static TimelineInfo ToInfo(BoundTimeline timeline, VariableSymbol? subjectVariable) =>
        new(timeline.Name, timeline.Title, PolicyLocations.Of(timeline.Symbol.Location), [.. timeline.Entries.Select(e => new TimelineEntryInfo(
            e.Id,
            e.Number,
            e.Phase,
            e.Parties,
            e.Action,
            e.Channel,
            e.Conditions,
            e.Exceptions,
            e.EventName,
            e.Schedule is { } s ? new TimelineSchedule(s.Kind, s.Text, Moment(s.Start, subjectVariable), Moment(s.Preferred, subjectVariable), Moment(s.Deadline, subjectVariable), s.Period, s.Years) : null,
            PolicyLocations.Of(e.Location)))]);

    private static TimelineMoment? Moment(BoundMoment? moment, VariableSymbol? subjectVariable)
    {
        if (moment is null)
        {
            return null;
        }

        if (moment.FixedDate is { } date)
        {
            return TimelineMoment.Fixed(date, moment.Time, moment.Before, moment.Text);
        }

        if (moment.Events.IsEmpty)
        {
            return null;
        }

        return TimelineMoment.Relative(moment.Text, [.. moment.Events.Select(e => e.Name)], events =>
        {
            var interpreter = new ExpressionInterpreter(FactRecord.Empty(NoFacts), subjectVariable, EvaluationInputs.None, new EvaluationTrace());
            foreach (var variable in moment.Events)
            {
                interpreter.SetVariable(variable, events.TryGetValue(variable.Name, out var d) ? d : null);
            }

            return interpreter.EvaluateDate(moment.Expression);
        }, moment.Time, moment.Before);
    }
}
