using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 13: the interpreter counted a not-applicable child of a group as onbekend while compiled policies counted
/// it as met. Both engines now call <see cref="RequirementAssembly.Group"/>, which counts it as a set counts a
/// not-applicable included set (<see cref="OutcomeTruth.Of"/>). No policy can show it today (a requirement is
/// never not applicable), so the rule is held here, on the one method both engines call.
/// </summary>
public class GroupOutcomeTests
{
    private static readonly PolicyLocation At = new("beleid.zip", 1, 1);

    private static RequirementResult Requirement(string path, Outcome outcome) =>
        new(path, null, At, outcome, Resolution.Direct, null, [], [], []);

    [Fact]
    public void ANotApplicableChildOfAGroupCountsAsMetAsANotApplicableIncludedSetDoes()
    {
        var met = Requirement("A.groep.b", Outcome.Satisfied);

        var group = RequirementAssembly.Group("A.groep", null, At, discretion: false, [Requirement("A.groep.a", Outcome.NotApplicable), met]);
        var set = SetAssembly.Set("A", null, At, discretion: false, applies: true, ([], []), [SetAssembly.NotApplicable("B", null, At, [])], [met]);

        Assert.Equal(Outcome.Satisfied, group.Outcome);
        Assert.Equal(Outcome.Satisfied, set.Outcome);
    }
}
