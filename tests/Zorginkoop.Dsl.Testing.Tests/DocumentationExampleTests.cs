namespace Zorginkoop.Dsl.Testing.Tests;

/// <summary>The example of docs/testing.md, section 2, word for word (but for the repository path), so the page stays true.</summary>
public class DocumentationExampleTests
{
    [Fact]
    public void TheExampleOfTheTestingPagePassesOnTheRealPolicyWithItsAmendments()
    {
        var policy = TestPolicy.FromFile(RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.test.zip"));   // Engine.Compiled by default
        var practice = Facts.For(policy).Like("GoedePraktijk");                               // a voorbeeld of the policy

        policy.Evaluate("Huisartsgeneeskundig", practice.With("fteHuisarts", 1.2m), on: new DateOnly(2026, 1, 1))
            .ShouldNotBeSatisfied()
            .Requirement("bezetting").ShouldNotBeSatisfied();

        policy.ScenariosShouldPass();   // the scenarios of the file, as one assertion
    }
}
