using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Testing.Tests;

/// <summary>
/// The Testing library compiles a policy at most once per test run, however many test classes load it: two classes
/// (which xUnit may run in parallel) load the same policy with the compiled engine and each finds exactly one Roslyn
/// build for its key. The policy text carries a value new to this run, so no earlier run's assembly cache can have it
/// and the one build is this run's; without the process's <see cref="CompiledPolicies"/> the second class would count two.
/// </summary>
internal static class CompileOncePolicy
{
    public static readonly string Source = $$"""
        // uniek voor deze testrun: {{Guid.NewGuid():N}}
        gegevens Zorgaanbieder als aanbieder { fte: decimaal }
        eisen Bezetting "Bezetting" { eis genoeg "Minimaal 1,0 fte." aanbieder.fte >= 1 }
        """;

    public static void LoadAndAssertOneBuild()
    {
        var policy = TestPolicy.FromSource(Source, Engine.Compiled);
        policy.Evaluate("Bezetting", Facts.For(policy).With("fte", 1.2m), new DateOnly(2026, 1, 1)).ShouldBe(Outcome.Satisfied);

        var key = PolicyCacheKey.Of(policy.Checked!);
        Assert.Equal(1, CompiledPolicies.Shared.BuildsOf(key));
        Assert.True(CompiledPolicies.Shared.IsAvailable(key));
    }
}

public sealed class CompileOnceFirstClassTests
{
    [Fact]
    public void LoadingThePolicyHereCompilesItOnceInTheRun() => CompileOncePolicy.LoadAndAssertOneBuild();

    [Fact]
    public void LoadingItAgainInTheSameClassDoesNotCompile() => CompileOncePolicy.LoadAndAssertOneBuild();
}

public sealed class CompileOnceSecondClassTests
{
    [Fact]
    public void LoadingThePolicyInAnotherClassDoesNotCompileAgain() => CompileOncePolicy.LoadAndAssertOneBuild();
}
