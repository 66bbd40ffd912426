using Zorginkoop.Dsl.Runtime.Timelines;

namespace Zorginkoop.Dsl.Runtime.Evaluation;

/// <summary>
/// The plannings of a policy as data, for <see cref="TimelinePlanner"/> and calendar export. Kept apart from
/// <see cref="IPolicyEvaluator"/> so that evaluators without timelines need not change.
/// </summary>
public interface IPolicyTimelines
{
    IReadOnlyList<TimelineInfo> Timelines { get; }
}
