using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Scenarios;

namespace Zorginkoop.Dsl.Testing;

/// <summary>Assertions on a requirement set's result; each failure message carries the policy's explanation.</summary>
public sealed class SetAssertions(RequirementSetResult result)
{
    public RequirementSetResult Result { get; } = result;

    public SetAssertions ShouldBe(Outcome expected)
    {
        if (Result.Outcome != expected)
        {
            throw Failure($"eisen '{Result.Name}'", expected.ToDutch(), ScenarioRunner.Describe(Result.Outcome, Result.Resolution), ScenarioRunner.Explain(Result));
        }

        return this;
    }

    public SetAssertions ShouldBeSatisfied() => ShouldBe(Outcome.Satisfied);

    public SetAssertions ShouldNotBeSatisfied() => ShouldBe(Outcome.NotSatisfied);

    public SetAssertions ShouldBeUnknown() => ShouldBe(Outcome.Unknown);

    public SetAssertions ShouldNotApply() => ShouldBe(Outcome.NotApplicable);

    /// <summary>A requirement of this set by its path below the set (<c>"bezetting"</c>, <c>"keteninformatiesysteem.inzage"</c>), also in included sets.</summary>
    public RequirementAssertions Requirement(string path)
    {
        var full = Result.Name + "." + path;
        var found = Result.AllRequirements().FirstOrDefault(r => r.Path == full || r.Path == path)
            ?? Result.AllRequirements().FirstOrDefault(r => r.Path.EndsWith("." + path, StringComparison.Ordinal));
        if (found is null)
        {
            var why = Result.Outcome == Outcome.NotApplicable
                ? $"eisen '{Result.Name}' gelden niet voor deze aanbieder, dus geen eis is geëvalueerd"
                : $"eisen '{Result.Name}' hebben geen eis '{path}'{Suggestion(path)}";
            throw new PolicyAssertionException(why + ".");
        }

        return new RequirementAssertions(found);
    }

    internal static PolicyAssertionException Failure(string what, string expected, string actual, IEnumerable<string> explanation) =>
        new($"{what}: verwacht {expected}, maar het beleid beslist {actual}.\n  - verwacht:  {expected}\n  + werkelijk: {actual}\n" + string.Join("\n", explanation.Select(l => "    " + l)));

    private string Suggestion(string path)
    {
        var suggestion = NameSuggester.Suggest(path, Result.AllRequirements().Select(r => r.Path[(r.Path.IndexOf('.') + 1)..]));
        return suggestion is null ? string.Empty : $"; bedoelde u '{suggestion}'?";
    }
}

/// <summary>Assertions on one requirement's result.</summary>
public sealed class RequirementAssertions(RequirementResult result)
{
    public RequirementResult Result { get; } = result;

    public RequirementAssertions ShouldBe(Outcome expected)
    {
        if (Result.Outcome != expected)
        {
            throw SetAssertions.Failure($"eis '{Result.Path}'", expected.ToDutch(), ScenarioRunner.Describe(Result.Outcome, Result.Resolution), ScenarioRunner.Explain(Result));
        }

        return this;
    }

    public RequirementAssertions ShouldBeSatisfied() => ShouldBe(Outcome.Satisfied);

    public RequirementAssertions ShouldNotBeSatisfied() => ShouldBe(Outcome.NotSatisfied);

    public RequirementAssertions ShouldBeUnknown() => ShouldBe(Outcome.Unknown);

    public RequirementAssertions ShouldBeSatisfiedByException()
    {
        if (Result.Outcome != Outcome.Satisfied || Result.Resolution != Resolution.ByException)
        {
            throw SetAssertions.Failure($"eis '{Result.Path}'", "voldaan bij uitzondering", ScenarioRunner.Describe(Result.Outcome, Result.Resolution), ScenarioRunner.Explain(Result));
        }

        return this;
    }

    /// <summary>Asserts that the facts named are exactly among the missing ones (for an onbekend outcome).</summary>
    public RequirementAssertions ShouldMiss(params string[] facts)
    {
        var absent = facts.Where(f => !Result.MissingFacts.Contains(f)).ToList();
        if (absent.Count > 0)
        {
            throw SetAssertions.Failure($"eis '{Result.Path}'", "ontbrekende gegevens " + string.Join(", ", facts), Result.MissingFacts.Count == 0 ? "geen ontbrekende gegevens" : "ontbrekend: " + string.Join(", ", Result.MissingFacts), ScenarioRunner.Explain(Result));
        }

        return this;
    }
}
