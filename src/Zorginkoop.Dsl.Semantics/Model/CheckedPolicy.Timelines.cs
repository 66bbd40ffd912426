using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Semantics.Model;

public sealed partial record CheckedPolicy
{
    /// <summary>The checked timelines, in the order of <see cref="Timelines"/>.</summary>
    public ImmutableArray<BoundTimeline> BoundTimelines { get; init; } = [];

    public BoundTimeline? FindTimeline(string name) => BoundTimelines.FirstOrDefault(t => t.Name == name);
}
