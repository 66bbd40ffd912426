using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Scenarios;

/// <summary>What running one scenario gave: each expectation's verdict, and every requirement result the evaluation reached.</summary>
public sealed record ScenarioResult(
    CheckedScenario Scenario,
    IReadOnlyList<ExpectationResult> Expectations,
    IReadOnlyList<RequirementResult> Reached,
    DateOnly EvaluationDate)
{
    public bool Passed => Expectations.All(e => e.Passed);
}

/// <summary>
/// One <c>verwacht</c> against what the policy decided. <see cref="Expected"/> and <see cref="Actual"/> are in the
/// author's words ("niet voldaan"); <see cref="Explanation"/> says why the policy decided as it did: the
/// requirement's sentence, the deciding values and the missing facts.
/// </summary>
public sealed record ExpectationResult(
    ScenarioExpectation Expectation,
    bool Passed,
    string Expected,
    string Actual,
    IReadOnlyList<string> Explanation);
