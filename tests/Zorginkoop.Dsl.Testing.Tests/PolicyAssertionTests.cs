using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Testing.Tests;

public class PolicyAssertionTests
{
    private const string Source = """
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Huisarts { betrekking: tekst }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            gecontracteerd: ja/nee?
            huisarts: Huisarts
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisartsgeneeskundig "Minimumeisen" geldt voor aanbieder.soort = Huisartsenpraktijk {
            eis bezetting "Minimaal 1,0 fte huisarts per 3.000 patiënten." aanbieder.fteHuisarts >= normFte
                uitzondering "Al gecontracteerd" als aanbieder.gecontracteerd
            eis vast "De huisarts is eigenaar." aanbieder.huisarts.betrekking = "Eigenaar"
        }
        voorbeeld Praktijk { soort: Huisartsenpraktijk; gecontracteerd: nee; fteHuisarts: 1,2; ingeschrevenPatienten: 3.000; huisarts: { betrekking: "Eigenaar" } }
        """;

    private static readonly DateOnly On = new(2026, 1, 1);

    [Theory]
    [InlineData(Engine.Interpreter)]
    [InlineData(Engine.Compiled)]
    public void OutcomesAreAssertedFluently(Engine engine)
    {
        var policy = TestPolicy.FromSource(Source, engine);
        var facts = Facts.For(policy).Like("Praktijk").With("fteHuisarts", 0.8m);

        policy.Evaluate("Huisartsgeneeskundig", facts, On)
            .ShouldBe(Outcome.NotSatisfied)
            .Requirement("bezetting").ShouldNotBeSatisfied();
        policy.Evaluate("Huisartsgeneeskundig", facts.With("gecontracteerd", true), On)
            .ShouldBeSatisfied()
            .Requirement("bezetting").ShouldBeSatisfiedByException();
        policy.Evaluate("Huisartsgeneeskundig", facts.With("huisarts.betrekking", "Waarnemer"), On)
            .Requirement("vast").ShouldNotBeSatisfied();
        policy.Evaluate("Huisartsgeneeskundig", facts.Without("ingeschrevenPatienten"), On)
            .ShouldBeUnknown()
            .Requirement("bezetting").ShouldBeUnknown().ShouldMiss("ingeschrevenPatienten");
        policy.Evaluate("Huisartsgeneeskundig", facts.With("soort", "RHO"), On).ShouldNotApply();
    }

    [Fact]
    public void AFailingAssertionShowsExpectedActualAndThePolicysExplanation()
    {
        var policy = TestPolicy.FromSource(Source, Engine.Interpreter);
        var facts = Facts.For(policy).Like("Praktijk").With("fteHuisarts", 0.8m);

        var failure = Assert.Throws<PolicyAssertionException>(() =>
            policy.Evaluate("Huisartsgeneeskundig", facts, On).Requirement("bezetting").ShouldBeSatisfied());

        Assert.Contains("eis 'Huisartsgeneeskundig.bezetting': verwacht voldaan, maar het beleid beslist niet voldaan.", failure.Message);
        Assert.Contains("- verwacht:  voldaan", failure.Message);
        Assert.Contains("+ werkelijk: niet voldaan", failure.Message);
        Assert.Contains("\"Minimaal 1,0 fte huisarts per 3.000 patiënten.\"", failure.Message);
        Assert.Contains("waarom: fteHuisarts 0,8 < normFte 1", failure.Message);

        var setFailure = Assert.Throws<PolicyAssertionException>(() => policy.Evaluate("Huisartsgeneeskundig", facts, On).ShouldBeSatisfied());
        Assert.Contains("Huisartsgeneeskundig.bezetting: niet voldaan — fteHuisarts 0,8 < normFte 1", setFailure.Message);
    }

    [Fact]
    public void MistakesInTheTestItselfAreNamedWithASuggestion()
    {
        var policy = TestPolicy.FromSource(Source, Engine.Interpreter);

        Assert.Contains("geen veld 'fteHuisart'. Bedoelde u 'fteHuisarts'?",
            Assert.Throws<PolicyAssertionException>(() => Facts.For(policy).With("fteHuisart", 1m)).Message);
        Assert.Contains("'soort' is Soort, maar de waarde Ziekenhuis",
            Assert.Throws<PolicyAssertionException>(() => Facts.For(policy).With("soort", "Ziekenhuis")).Message);
        Assert.Contains("geen voorbeeld 'Praktyk'. Bedoelde u 'Praktijk'?",
            Assert.Throws<PolicyAssertionException>(() => Facts.For(policy).Like("Praktyk")).Message);
        Assert.Contains("geen eisen 'Huisartsgeneeskundg'. Bedoelde u 'Huisartsgeneeskundig'?",
            Assert.Throws<PolicyAssertionException>(() => policy.Evaluate("Huisartsgeneeskundg", Facts.For(policy))).Message);
        Assert.Contains("error ZI2001",
            Assert.Throws<PolicyAssertionException>(() => TestPolicy.FromSource("eisen A { eis x onbekendeNaam }", Engine.Interpreter)).Message);
    }

    [Fact]
    public void TheRealPolicyIsTestedWithTheVoorbeeldenOfItsTestFile()
    {
        var policy = TestPolicy.FromFile(RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.test.zip"), Engine.Interpreter);
        var practice = Facts.For(policy).Like("GoedePraktijk");

        policy.Evaluate("Huisartsgeneeskundig", practice, On).ShouldBeSatisfied();
        policy.Evaluate("Huisartsgeneeskundig", practice.With("fteHuisarts", 1.2m), On)
            .ShouldNotBeSatisfied()
            .Requirement("bezetting").ShouldNotBeSatisfied();
        policy.Evaluate("Huisartsgeneeskundig", practice.With("veroordelingen", new[] { "fraude" }), On)
            .Requirement("AlgemeneMinimumeisen.veroordelingen").ShouldNotBeSatisfied();
        policy.ScenariosShouldPass();
    }

    [Fact]
    public void ScenariosThatFailAreReportedTogether()
    {
        var policy = TestPolicy.FromSource(Source + """

            scenario "Klopt niet" {
                gegeven aanbieder volgens Praktijk { fteHuisarts: 0,8 }
                op 1 januari 2026
                verwacht Huisartsgeneeskundig voldaan
            }
            """, Engine.Interpreter);

        var failure = Assert.Throws<PolicyAssertionException>(() => policy.ScenariosShouldPass());

        Assert.Contains("✗ Klopt niet", failure.Message);
        Assert.Contains("+ werkelijk: niet voldaan", failure.Message);
    }

    [Fact]
    public void ACompiledAssemblyOnDiskIsTestedThroughIPolicyEvaluator()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zorginkoop-testing-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var build = PolicyBuilder.Build(PolicyCompilation.Compile(RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip")));
            Assert.True(build.Success, string.Join("\n", build.Diagnostics));
            var dll = Path.Combine(folder, "Huisartsenzorg.dll");
            Assert.Empty(PolicyBuilder.Write(build, dll));

            var policy = TestPolicy.FromAssembly(dll);
            var facts = Facts.For(policy)
                .With("soort", "Huisartsenpraktijk")
                .With("ingeschrevenPatienten", 4200)
                .With("fteHuisarts", 1.2m);

            Assert.Null(policy.Checked);
            policy.Evaluate("Huisartsgeneeskundig", facts, On)
                .Requirement("bezetting").ShouldNotBeSatisfied();
            var failure = Assert.Throws<PolicyAssertionException>(() =>
                policy.Evaluate("Huisartsgeneeskundig", facts, On).Requirement("bezetting").ShouldBeSatisfied());
            Assert.Contains("fteHuisarts 1,2 < normFte 1,4", failure.Message);
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
