using System.Reflection;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Amendments;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Versions;

/// <summary>A compiled policy with amendments answers for any date through <c>PolicyVersions.Instance.AsOf(date)</c>.</summary>
public class VersionedBuildTests
{
    private const string Source = """
        beleid "Omzet" { verzekeraar: "VGZ"  looptijd: 2026  gepubliceerd: 1 april 2025 }
        gegevens Zorgaanbieder als aanbieder { omzet: bedrag; nieuw: ja/nee }
        eisen Omzet "Omzet" { eis minimum "Minimaal € 225.000 omzet." aanbieder.omzet >= € 225.000 }
        wijziging 1 september 2025 "Hogere \"grens\"" {
            reden: "De kosten stijgen.\nFlink."
            gevolg: "U heeft meer omzet nodig."
            vervangt Omzet.minimum door eis minimum "Minimaal € 250.000 omzet." aanbieder.omzet >= € 250.000
        }
        wijziging 1 januari 2026 "Nieuwe aanbieders" { voegt toe aan Omzet { eis nieuw "Geen nieuwe aanbieders." niet aanbieder.nieuw } }
        """;

    [Fact]
    public void PolicyVersionsPicksTheVersionOfADateAndListsTheAmendments()
    {
        var policy = PolicySource.Compile(Source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        using var loaded = PolicyBuilder.Load(build);

        var versions = (IPolicyVersions)loaded.Assembly.GetType(build.EntryTypeName[..build.EntryTypeName.LastIndexOf('.')] + ".PolicyVersions", throwOnError: true)!
            .GetField("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var (facts, errors) = FactReader.Parse("""{ "omzet": 240000, "nieuw": true }""", versions.Published.SubjectSchema!, "test");
        Assert.Empty(errors);

        Assert.Equal(Outcome.Satisfied, versions.AsOf(new DateOnly(2025, 8, 31)).Evaluate("Omzet", facts!).Outcome);
        var september = versions.AsOf(new DateOnly(2025, 9, 1)).Evaluate("Omzet", facts!);
        Assert.Equal(Outcome.NotSatisfied, september.Outcome);
        Assert.Equal(["Minimaal € 250.000 omzet."], september.Requirements.Select(r => r.Sentence));
        Assert.Equal(["Omzet.minimum", "Omzet.nieuw"], versions.AsOf(new DateOnly(2026, 6, 1)).Evaluate("Omzet", facts!).Requirements.Select(r => r.Path));
        Assert.Same(loaded.Evaluator, versions.Published);

        var first = versions.Amendments[0];
        Assert.Equal((new DateOnly(2025, 9, 1), "Hogere \"grens\"", "De kosten stijgen.\nFlink.", "U heeft meer omzet nodig."), (first.EffectiveDate, first.Title, first.Reason!, first.Consequence!));
        Assert.Equal(["vervangt Omzet.minimum"], first.Changes);
        Assert.Equal(["voegt toe aan Omzet: nieuw"], versions.Amendments[1].Changes);
    }

    [Fact]
    public void TheCompiledVersionsAgreeWithTheInterpreterAndTheBuildIsDeterministic()
    {
        var policy = PolicySource.Compile(Source);
        var build = PolicyBuilder.Build(policy);
        Assert.Equal(build.Dll, PolicyBuilder.Build(PolicySource.Compile(Source)).Dll);
        using var loaded = PolicyBuilder.Load(build);
        var compiled = (IPolicyVersions)loaded.Assembly.GetType(build.EntryTypeName[..build.EntryTypeName.LastIndexOf('.')] + ".PolicyVersions", throwOnError: true)!
            .GetField("Instance")!.GetValue(null)!;
        var interpreted = new InterpretedPolicyVersions(policy);

        // Only the published Policy is public, so a loader looking for the one IPolicyEvaluator still finds it.
        Assert.Single(loaded.Assembly.GetExportedTypes(), t => typeof(IPolicyEvaluator).IsAssignableFrom(t));
        Assert.Equal(interpreted.Amendments.Select(a => (a.EffectiveDate, a.Title, string.Join("|", a.Changes))), compiled.Amendments.Select(a => (a.EffectiveDate, a.Title, string.Join("|", a.Changes))));
        var (facts, _) = FactReader.Parse("""{ "omzet": 260000, "nieuw": true }""", compiled.Published.SubjectSchema!, "test");
        foreach (var date in new[] { new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 1) })
        {
            var expected = interpreted.AsOf(date).Evaluate("Omzet", facts!);
            var actual = compiled.AsOf(date).Evaluate("Omzet", facts!);
            Assert.Equal(expected.Outcome, actual.Outcome);
            Assert.Equal(expected.Requirements.Select(r => (r.Path, r.Outcome)), actual.Requirements.Select(r => (r.Path, r.Outcome)));
        }
    }
}
