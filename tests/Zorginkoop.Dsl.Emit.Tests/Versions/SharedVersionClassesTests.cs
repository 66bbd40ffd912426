using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Emit.Tests.Evaluation;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Emit.Tests.Versions;

/// <summary>
/// A versioned build declares a class that no amendment changed once, and every version still decides as the
/// interpreter decides that version: requirement sets, addenda and timelines, on the days around each amendment.
/// </summary>
public class SharedVersionClassesTests
{
    private const string DefinitionAmended = """
        beleid "Norm" { verzekeraar: "VGZ"  looptijd: 2026  gepubliceerd: 1 april 2025 }
        gegevens Zorgaanbieder als aanbieder { omzet: bedrag; erkend: ja/nee }
        definitie norm = € 100.000
        eisen Omzet "Omzet" { eis minimum "Genoeg omzet." aanbieder.omzet >= norm }
        eisen Erkenning "Erkenning" { eis erkend "Erkend." aanbieder.erkend }
        wijziging 1 september 2025 "Hogere norm" { vervangt norm door definitie norm = € 200.000 }
        """;

    [Fact]
    public void EveryVersionOfTheHuisartsenPolicyDecidesAsTheInterpreterAroundEachAmendmentDate()
    {
        var policy = PolicyCompilation.Compile(RepositoryPaths.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip"));
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        Assert.Equal(3, policy.VersionDates.Length);
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        using var loaded = PolicyBuilder.Load(build);
        var compiled = VersionsOf(loaded, build);

        // The requirement sets no amendment touched are declared once, in the published namespace.
        var declared = DeclaredClasses(build.GeneratedSource);
        Assert.Single(declared, d => d.Class == "ZorgverleningRho");
        Assert.Equal(2, declared.Count(d => d.Class == "VerkennendGesprekRho"));

        var random = new Random(13);
        var schema = compiled.Published.SubjectSchema!;
        List<FactRecord> facts = [FactRecord.Empty(schema), .. ExampleFacts(schema), .. Enumerable.Range(0, 25).Select(_ => RandomFacts.Create(schema, random))];
        var dates = policy.VersionDates.SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Prepend(new DateOnly(2025, 1, 1)).Append(new DateOnly(2027, 12, 31));
        var planningEntries = new HashSet<string>();
        foreach (var date in dates)
        {
            var version = policy.VersionOn(date);
            var interpreter = new PolicyInterpreter(version);
            var evaluator = compiled.AsOf(date);
            var inputs = new EvaluationInputs(date);
            Assert.Equal(interpreter.Info.RequirementSets.Select(s => s.Name), evaluator.Info.RequirementSets.Select(s => s.Name));
            foreach (var set in interpreter.Info.RequirementSets)
            {
                foreach (var given in facts)
                {
                    var expected = ResultText.Print(interpreter.Evaluate(set.Name, given, inputs));
                    Assert.Equal(expected, ResultText.Print(evaluator.Evaluate(set.Name, given, inputs)));
                    Assert.Equal(interpreter.Check(set.Name, given, inputs), evaluator.Check(set.Name, given, inputs));
                }
            }

            var addenda = new AddendumEvaluator(version);
            var compiledAddenda = Assert.IsAssignableFrom<IPolicyAddenda>(evaluator);
            Assert.Equal(addenda.Addenda.Select(a => a.Name), compiledAddenda.Addenda.Select(a => a.Name));
            foreach (var addendum in addenda.Addenda)
            {
                foreach (var given in facts.Take(8).Prepend(null))
                {
                    var expected = JsonSerializer.Serialize(addenda.EvaluateAddendum(addendum.Name, given, date, inputs));
                    Assert.Equal(expected, JsonSerializer.Serialize(compiledAddenda.EvaluateAddendum(addendum.Name, given, date, inputs)));
                }
            }

            var timelines = new TimelineInterpreter(version).Timelines;
            var compiledTimelines = Assert.IsAssignableFrom<IPolicyTimelines>(evaluator).Timelines;
            Assert.Equal(timelines.Select(t => t.Name), compiledTimelines.Select(t => t.Name));
            var query = new TimelineQuery(date.ToDateTime(new TimeOnly(12, 0)), null, new Dictionary<string, DateOnly> { ["inkoopproces2027Vastgesteld"] = new(2026, 5, 1) });
            foreach (var (mine, theirs) in timelines.Zip(compiledTimelines))
            {
                var expected = Render(TimelinePlanner.Query(mine, query));
                Assert.Equal(expected, Render(TimelinePlanner.Query(theirs, query)));
            }

            var planning = compiledTimelines.Single(t => t.Name == "PlanningVerkennendGesprek");
            planningEntries.Add(string.Join(",", planning.Entries.Select(e => e.Id + ":" + e.Schedule?.Text)));
        }

        // The dates reached four different versions, not one version four times: each amendment changes this timeline,
        // and the one of 1 September 2025 adds two requirements to the addendum.
        Assert.Equal(4, planningEntries.Count);
        Assert.Equal(2, OwnRequirements(compiled.AsOf(new DateOnly(2025, 9, 1))) - OwnRequirements(compiled.AsOf(new DateOnly(2025, 8, 31))));
    }

    [Fact]
    public void ASetWhoseDefinitionAnAmendmentChangedIsDeclaredAgainThoughItsOwnTextIsTheSame()
    {
        var policy = PolicySource.Compile(DefinitionAmended);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));

        var later = DeclaredClasses(build.GeneratedSource).Where(d => d.Namespace.EndsWith("Per20250901", StringComparison.Ordinal)).Select(d => d.Class);
        Assert.Equal(["Omzet", "PolicyDefinitions", "Policy"], later);

        using var loaded = PolicyBuilder.Load(build);
        var compiled = VersionsOf(loaded, build);
        var (facts, errors) = FactReader.Parse("""{ "omzet": 150000, "erkend": true }""", compiled.Published.SubjectSchema!, "test");
        Assert.Empty(errors);
        foreach (var (date, outcome) in new[] { (new DateOnly(2025, 8, 31), Outcome.Satisfied), (new DateOnly(2025, 9, 1), Outcome.NotSatisfied) })
        {
            var interpreter = new PolicyInterpreter(policy.VersionOn(date));
            Assert.Equal(outcome, interpreter.Evaluate("Omzet", facts!).Outcome);
            foreach (var set in new[] { "Omzet", "Erkenning" })
            {
                Assert.Equal(ResultText.Print(interpreter.Evaluate(set, facts!)), ResultText.Print(compiled.AsOf(date).Evaluate(set, facts!)));
                Assert.Equal(interpreter.Check(set, facts!), compiled.AsOf(date).Check(set, facts!));
            }
        }
    }

    [Fact]
    public void BuildingEveryVersionInFullDecidesTheSameAsSharing()
    {
        var policy = PolicySource.Compile(DefinitionAmended);
        var shared = PolicyBuilder.Build(policy);
        var full = PolicyBuilder.Build(policy, null, shareVersionClasses: false);
        Assert.True(full.Success, string.Join("\n", full.Diagnostics));
        Assert.Equal(2, DeclaredClasses(full.GeneratedSource).Count(d => d.Class == "Erkenning"));
        Assert.Single(DeclaredClasses(shared.GeneratedSource), d => d.Class == "Erkenning");

        using var loadedShared = PolicyBuilder.Load(shared);
        using var loadedFull = PolicyBuilder.Load(full);
        var (one, other) = (VersionsOf(loadedShared, shared), VersionsOf(loadedFull, full));
        var random = new Random(5);
        for (var i = 0; i < 50; i++)
        {
            var facts = RandomFacts.Create(one.Published.SubjectSchema!, random);
            foreach (var date in new[] { new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 1) })
            {
                foreach (var set in new[] { "Omzet", "Erkenning" })
                {
                    Assert.Equal(ResultText.Print(other.AsOf(date).Evaluate(set, facts)), ResultText.Print(one.AsOf(date).Evaluate(set, facts)));
                }
            }
        }
    }

    private static int OwnRequirements(IPolicyEvaluator evaluator) =>
        ((IPolicyAddenda)evaluator).EvaluateAddendum("VerkennendGesprekRho", FactRecord.Empty(evaluator.SubjectSchema!), new DateOnly(2026, 1, 1)).OwnRequirements!.Requirements.Count;

    private static IPolicyVersions VersionsOf(Emit.Compilation.LoadedPolicyAssembly loaded, BuildResult build) =>
        (IPolicyVersions)loaded.Assembly.GetType(build.EntryTypeName[..build.EntryTypeName.LastIndexOf('.')] + ".PolicyVersions", throwOnError: true)!
            .GetField("Instance")!.GetValue(null)!;

    private static List<(string Namespace, string Class)> DeclaredClasses(string source) =>
        [.. CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot().Members.OfType<BaseNamespaceDeclarationSyntax>()
            .SelectMany(n => n.Members.OfType<BaseTypeDeclarationSyntax>().Select(t => (n.Name.ToString(), t.Identifier.Text)))];

    private static IEnumerable<FactRecord> ExampleFacts(RecordSchema schema)
    {
        foreach (var json in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (record, errors) = FactReader.Parse(File.ReadAllText(json), schema, json);
            if (errors.Count == 0 && record is not null)
            {
                yield return record;
            }
        }
    }

    private static string Render(TimelineReport report) => string.Join("\n", report.Items.Select(i =>
        $"{i.Entry.Id}|{i.Entry.Number}|{i.Entry.Phase}|{string.Join(",", i.Entry.Parties)}|{i.Entry.Action}|{i.Entry.Channel}|{i.Entry.Event}|{i.Entry.Location}|{i.Entry.Schedule?.Text}|"
        + $"{i.Occurrence}|{i.Status}|{i.Due}|{i.Starts}|{string.Join(",", i.WaitingFor)}|{i.LatestPossible}|{i.EventDate}|{i.FollowsFromParty}|{i.Summary}"));
}
