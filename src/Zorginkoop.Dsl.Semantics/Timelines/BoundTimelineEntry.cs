using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Timelines;

/// <summary>
/// One checked row of a planning. <see cref="Id"/> is the author's name or, without one, the row's 1-based
/// position in its timeline ("3", which no author name can clash with). <see cref="Number"/> is that position.
/// </summary>
public sealed record BoundTimelineEntry(
    string Id,
    bool HasExplicitId,
    int Number,
    string? Phase,
    BoundSchedule? Schedule,
    ImmutableArray<string> Parties,
    string Action,
    string? Channel,
    ImmutableArray<string> Conditions,
    ImmutableArray<string> Exceptions,
    string? EventName,
    SourceLocation Location)
{
    public TimelineEntryKind Kind => Schedule?.Kind ?? TimelineEntryKind.Undated;
}
