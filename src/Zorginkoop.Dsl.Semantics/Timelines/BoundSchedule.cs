using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Timelines;

/// <summary>
/// A checked schedule; the same shape as the runtime's <see cref="TimelineSchedule"/>: <see cref="Start"/>
/// (vanaf, op, start of a window), <see cref="Preferred"/> (bij voorkeur vóór) and <see cref="Deadline"/>
/// (uiterlijk, binnen, end of a window). <see cref="Text"/> is the schedule in the author's words.
/// </summary>
public sealed record BoundSchedule(
    TimelineEntryKind Kind,
    string Text,
    BoundMoment? Start,
    BoundMoment? Preferred,
    BoundMoment? Deadline,
    TimelinePeriod? Period,
    ImmutableArray<int> Years,
    SourceLocation Location)
{
    public IEnumerable<BoundMoment> Moments => new[] { Start, Preferred, Deadline }.OfType<BoundMoment>();

    public bool IsRelative => Moments.Any(m => m.Events.Length > 0);
}

/// <summary>
/// A date of a schedule as a bound expression over event variables (each event is a <c>datum</c> variable
/// named after a row id or <c>als</c> name). Without events the value is known at compile time:
/// <see cref="FixedDate"/> and, for "19 december 2025 13.00 uur" or "vóór 17.00 uur", <see cref="Time"/>.
/// <see cref="Before"/> marks "vóór": due at the start of the day rather than its end.
/// </summary>
public sealed record BoundMoment(
    BoundExpression Expression,
    ImmutableArray<VariableSymbol> Events,
    DateOnly? FixedDate,
    TimeOnly? Time,
    bool Before,
    string Text,
    SourceLocation Location);
