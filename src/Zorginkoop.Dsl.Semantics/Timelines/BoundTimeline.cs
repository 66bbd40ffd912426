using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Timelines;

/// <summary>A checked <c>tijdlijn</c>: its rows in source order, phases flattened, each with a unique id.</summary>
public sealed record BoundTimeline(TimelineSymbol Symbol, ImmutableArray<BoundTimelineEntry> Entries)
{
    public string Name => Symbol.Name;

    public string? Title => Symbol.Title;

    /// <summary>The names event dates can be given for: row ids and <c>als</c> names, in order of first mention.</summary>
    public ImmutableArray<string> Events =>
        [.. Entries.SelectMany(e => e.EventName is null ? new[] { e.Id } : [e.Id, e.EventName]).Distinct(StringComparer.Ordinal)];

    public BoundTimelineEntry? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
