using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Scenarios;

/// <summary>
/// Which requirements the scenarios exercised, and how. A requirement is identified by its file and path
/// ("algemene-minimumeisen.zip", "AlgemeneMinimumeisen.wtza"), so a requirement in a shared file counts once
/// however many policies include it. It is exercised with an outcome when some scenario's evaluation reached it
/// with that outcome — whether or not an expectation names it. Groups count like any requirement.
/// </summary>
public sealed class ScenarioCoverage
{
    private readonly Dictionary<(string File, string Path), CoverageEntry> entries = [];

    /// <summary>Adds every requirement of the policy's requirement sets and addenda, exercised or not.</summary>
    public void AddPolicy(CheckedPolicy policy)
    {
        var requirements = policy.RequirementSets.SelectMany(s => s.Requirements)
            .Concat(policy.Addenda.SelectMany(a => a.Requirements));
        foreach (var requirement in requirements.SelectMany(Flatten))
        {
            var location = PolicyLocations.Of(requirement.Location);
            entries.TryAdd((location.File, requirement.Path), new CoverageEntry(requirement.Path, requirement.Sentence, location));
        }
    }

    /// <summary>Records the requirement results a scenario reached.</summary>
    public void Record(IEnumerable<RequirementResult> reached)
    {
        foreach (var result in reached)
        {
            if (!entries.TryGetValue((result.Location.File, result.Path), out var entry))
            {
                entry = entries[(result.Location.File, result.Path)] = new CoverageEntry(result.Path, result.Sentence, result.Location);
            }

            entry.Reached.Add(result.Outcome);
        }
    }

    /// <summary>Every requirement in a stable order: by file, then by position in it.</summary>
    public IReadOnlyList<CoverageEntry> Entries =>
        [.. entries.Values.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)];

    public int Count => entries.Count;

    /// <summary>How many requirements were exercised both voldaan and niet voldaan.</summary>
    public int BothWays => entries.Values.Count(e => e.Reached.Contains(Outcome.Satisfied) && e.Reached.Contains(Outcome.NotSatisfied));

    /// <summary>Percentage of requirements exercised both voldaan and niet voldaan; 100 when there are none.</summary>
    public decimal BothWaysPercentage => Count == 0 ? 100m : Math.Round(100m * BothWays / Count, 1);

    public IEnumerable<CoverageEntry> Missing(Outcome outcome) => Entries.Where(e => !e.Reached.Contains(outcome));

    private static IEnumerable<RequirementSymbol> Flatten(RequirementSymbol requirement) =>
        new[] { requirement }.Concat(requirement.Children.SelectMany(Flatten));
}

/// <summary>One requirement and the outcomes scenarios reached it with.</summary>
public sealed record CoverageEntry(string Path, string? Sentence, PolicyLocation Location)
{
    public HashSet<Outcome> Reached { get; } = [];
}
