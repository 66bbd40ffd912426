using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Model;

public sealed partial record CheckedPolicy
{
    /// <summary>Every <c>voorbeeld</c> of the policy and its imports.</summary>
    public ImmutableArray<ExampleSymbol> Examples { get; init; } = [];

    /// <summary>Every <c>scenario</c> of the policy and its imports, in source order.</summary>
    public ImmutableArray<CheckedScenario> Scenarios { get; init; } = [];

    /// <summary>
    /// The scenarios written in the entry file. A runner runs only these, so a policy's scenarios run once
    /// even when a <c>*.test.zip</c> file imports that policy.
    /// </summary>
    public IEnumerable<CheckedScenario> EntryScenarios =>
        Files.IsEmpty ? [] : Scenarios.Where(s => ReferenceEquals(s.Location.Source, Files[^1].Text));

    public ExampleSymbol? FindExample(string name) => Examples.FirstOrDefault(e => e.Name == name);
}
