using Zorginkoop.Dsl.Runtime.Results;

namespace Zorginkoop.Dsl.Runtime.Timelines;

/// <summary>A <c>tijdlijn</c>: a purchasing planning, its rows in source order (phases flattened).</summary>
public sealed record TimelineInfo(string Name, string? Title, PolicyLocation Location, IReadOnlyList<TimelineEntryInfo> Entries)
{
    /// <summary>The names an event date can be given for: row identifiers and <c>als</c> names.</summary>
    public IEnumerable<string> EventNames =>
        Entries.SelectMany(e => e.Event is null ? new[] { e.Id } : [e.Id, e.Event]).Distinct(StringComparer.Ordinal);

    /// <summary>Every party named in this planning, in order of first mention.</summary>
    public IEnumerable<string> Parties => Entries.SelectMany(e => e.Parties).Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// One row of a planning. <see cref="Id"/> is the author's name for it (<c>offerte:</c>) or, without one, its
/// position in the timeline ("3"); <see cref="Event"/> is the <c>als</c> name. <see cref="Conditions"/> are the
/// <c>voor "…"</c> clauses, <see cref="Exceptions"/> the <c>tenzij "…"</c> clauses.
/// </summary>
public sealed record TimelineEntryInfo(
    string Id,
    int Number,
    string? Phase,
    IReadOnlyList<string> Parties,
    string Action,
    string? Channel,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Exceptions,
    string? Event,
    TimelineSchedule? Schedule,
    PolicyLocation Location)
{
    public TimelineEntryKind Kind => Schedule?.Kind ?? TimelineEntryKind.Undated;

    /// <summary>True when the row's id was written by the author rather than generated from its position.</summary>
    public bool HasExplicitId => Id.Length > 0 && !char.IsAsciiDigit(Id[0]);

    public bool Involves(string party) => Parties.Any(p => string.Equals(p.Trim(), party.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an event name stands for this row (its id or its <c>als</c> name).</summary>
    public bool IsNamed(string name) => Id == name || Event == name;
}
