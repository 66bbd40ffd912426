using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Testing.Tests;

/// <summary>A policy with amendments is tested as it stood on the date asked for, as <c>zorginkoop test</c> does.</summary>
public class AmendmentTests
{
    private const string Source = """
        beleid "Omzet" { verzekeraar: "VGZ"  looptijd: 2026  gepubliceerd: 1 april 2025 }
        gegevens Zorgaanbieder als aanbieder { omzet: bedrag; nieuw: ja/nee }
        eisen Omzet "Omzet" { eis minimum "Minimaal € 225.000 omzet." aanbieder.omzet >= € 225.000 }
        wijziging 1 september 2025 "Hogere grens" {
            vervangt Omzet.minimum door eis minimum "Minimaal € 250.000 omzet." aanbieder.omzet >= € 250.000
        }
        voorbeeld Middelgroot { omzet: € 240.000; nieuw: nee }
        scenario "Vóór de wijziging is € 240.000 genoeg" {
            gegeven aanbieder volgens Middelgroot
            op 31 augustus 2025
            verwacht Omzet voldaan
        }
        scenario "Na de wijziging niet meer" {
            gegeven aanbieder volgens Middelgroot
            op 1 september 2025
            verwacht Omzet niet voldaan
        }
        """;

    private static readonly DateOnly Before = new(2025, 8, 31);
    private static readonly DateOnly After = new(2025, 9, 1);

    [Theory]
    [InlineData(Engine.Interpreter)]
    [InlineData(Engine.Compiled)]
    public void EvaluateUsesTheVersionInForceOnTheDate(Engine engine)
    {
        var policy = TestPolicy.FromSource(Source, engine);
        var facts = Facts.For(policy).Like("Middelgroot");

        policy.Evaluate("Omzet", facts, on: Before).ShouldBeSatisfied();
        policy.Evaluate("Omzet", facts, on: After).ShouldNotBeSatisfied();
        Assert.Contains("€ 250.000", Assert.Throws<PolicyAssertionException>(() => policy.Evaluate("Omzet", facts, on: After).ShouldBeSatisfied()).Message);
    }

    [Theory]
    [InlineData(Engine.Interpreter)]
    [InlineData(Engine.Compiled)]
    public void ScenariosRunAgainstTheVersionTheirDateSelects(Engine engine) =>
        TestPolicy.FromSource(Source, engine).ScenariosShouldPass();

    [Fact]
    public void ACompiledAssemblyPicksTheVersionThroughItsPolicyVersions()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-testing-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "omzet.zip"), Source);
            var build = PolicyBuilder.Build(PolicyCompilation.Compile(Path.Combine(folder, "omzet.zip")));
            Assert.True(build.Success, string.Join("\n", build.Diagnostics));
            var dll = Path.Combine(folder, "Omzet.dll");
            Assert.Empty(PolicyBuilder.Write(build, dll));

            var policy = TestPolicy.FromAssembly(dll);
            var facts = Facts.For(policy).With("omzet", 240_000m).With("nieuw", false);

            policy.Evaluate("Omzet", facts, on: Before).ShouldBe(Outcome.Satisfied);
            policy.Evaluate("Omzet", facts, on: After).ShouldBe(Outcome.NotSatisfied);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder must not fail the test.
            }
        }
    }
}
