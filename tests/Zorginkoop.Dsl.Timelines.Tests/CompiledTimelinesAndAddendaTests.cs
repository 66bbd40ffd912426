using System.Text.Json;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// The compiled assembly exposes timelines and addenda (IPolicyTimelines, IPolicyAddenda) and agrees with the
/// interpreter on every row, status and start date of the real policies.
/// </summary>
public class CompiledTimelinesAndAddendaTests
{
    public static TheoryData<string> PolicyFiles() =>
    [
        .. Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal),
    ];

    private static (CheckedPolicy Policy, IPolicyEvaluator Compiled) Build(string relativePath, DateOnly asOf)
    {
        var policy = PolicyCompilation.Compile(RepositoryPaths.Combine(relativePath), asOf: asOf);
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics.Select(d => d.ToString())));
        return (policy, PolicyBuilder.LoadEvaluator(build));
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void CompiledTimelinesGiveTheInterpretersAnswers(string file)
    {
        var asOf = new DateOnly(2026, 9, 20);
        var (policy, compiled) = Build(file, asOf);
        var interpreted = new TimelineInterpreter(policy).Timelines;
        if (interpreted.Count == 0)
        {
            Assert.False(compiled is IPolicyTimelines);
            return;
        }

        var timelines = Assert.IsAssignableFrom<IPolicyTimelines>(compiled).Timelines;
        Assert.Equal(interpreted.Select(t => t.Name), timelines.Select(t => t.Name));
        var events = new Dictionary<string, DateOnly>
        {
            ["offerte"] = new(2026, 9, 25), ["verhogingsaanvraag"] = new(2027, 7, 10), ["vraag"] = new(2026, 9, 1),
            ["aanbod"] = new(2026, 9, 1), ["meerjarenplan"] = new(2025, 10, 1), ["prestatiecode"] = new(2025, 3, 3), ["vastleggen"] = new(2026, 12, 1),
        };
        foreach (var now in new[] { new DateTime(2025, 6, 1), new DateTime(2026, 9, 20), new DateTime(2026, 11, 6, 23, 0, 0), new DateTime(2027, 8, 1) })
        {
            foreach (var (mine, theirs) in interpreted.Zip(timelines))
            {
                foreach (var query in new[] { new TimelineQuery(now), new TimelineQuery(now, null, events) })
                {
                    Assert.Equal(Render(TimelinePlanner.Query(mine, query)), Render(TimelinePlanner.Query(theirs, query)));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void CompiledAddendaGiveTheInterpretersAnswers(string file)
    {
        var asOf = new DateOnly(2026, 2, 14);
        var (policy, compiled) = Build(file, asOf);
        var interpreter = new AddendumEvaluator(policy);
        if (interpreter.Addenda.Count == 0)
        {
            Assert.False(compiled is IPolicyAddenda);
            return;
        }

        var addenda = Assert.IsAssignableFrom<IPolicyAddenda>(compiled);
        Assert.Equal(interpreter.Addenda, addenda.Addenda.Select(a => a with { Location = a.Location }), new AddendumInfoComparer());
        var facts = ExampleFacts(compiled);
        foreach (var info in interpreter.Addenda)
        {
            foreach (var requested in new[] { new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 14), new DateOnly(2026, 10, 1) })
            {
                foreach (var given in facts)
                {
                    var expected = interpreter.EvaluateAddendum(info.Name, given, requested, new EvaluationInputs(asOf));
                    var actual = addenda.EvaluateAddendum(info.Name, given, requested, new EvaluationInputs(asOf));
                    Assert.Equal(Render(expected), Render(actual));
                }
            }
        }
    }

    [Fact]
    public void TheCompiledPolicyAnswersTheIssuesStartDateQuestions()
    {
        var (_, huisartsen) = Build(Path.Combine("policies", "vgz", "huisartsenzorg-2026-2027.zip"), new DateOnly(2026, 2, 14));
        var addenda = Assert.IsAssignableFrom<IPolicyAddenda>(huisartsen);
        Assert.Equal(new DateOnly(2026, 4, 1), addenda.EvaluateAddendum("PohGgz", null, new DateOnly(2026, 2, 14)).StartDate);
        Assert.Equal(new DateOnly(2027, 1, 1), addenda.EvaluateAddendum("PohGgz", null, new DateOnly(2026, 10, 1)).StartDate);

        var (_, zz) = Build(Path.Combine("policies", "zorg-en-zekerheid", "multidisciplinaire-zorg-2026-2027.zip"), new DateOnly(2026, 3, 10));
        var contract = Assert.IsAssignableFrom<IPolicyAddenda>(zz).EvaluateAddendum("RegioOrganisatie", null, new DateOnly(2026, 3, 10));
        Assert.True(contract.IsContract);
        Assert.Equal(new DateOnly(2026, 3, 1), contract.StartDate);
    }

    [Fact]
    public void TheCompiledReplyIsDueSixNovemberGivenTheOffer()
    {
        var (_, compiled) = Build(Path.Combine("policies", "vgz", "medisch-specialistische-zorg-2027.zip"), new DateOnly(2026, 9, 20));
        var timeline = Assert.IsAssignableFrom<IPolicyTimelines>(compiled).Timelines.Single(t => t.Name == "PlanningZiekenhuizen");
        var report = TimelinePlanner.Query(timeline, TimelineQuery.On(new DateOnly(2026, 9, 20), "Zorgaanbieder", new Dictionary<string, DateOnly> { ["offerte"] = new(2026, 9, 25) }));

        var reply = report.Items.Single(i => i.Entry.Id == "reactie");
        Assert.Equal(new DateOnly(2026, 11, 6), reply.Moments.Single().Date);
        Assert.Equal("bij voorkeur vóór 16 september 2026 (verstreken), uiterlijk 30 september 2026 (open); gepland op 25 september 2026",
            report.Items.Single(i => i.Entry.Id == "offerte").Summary);
    }

    /// <summary>No facts, the repository's example facts that fit, and an empty record (everything unknown).</summary>
    private static List<FactRecord?> ExampleFacts(IPolicyEvaluator evaluator)
    {
        List<FactRecord?> facts = [null];
        if (evaluator.SubjectSchema is not { } schema)
        {
            return facts;
        }

        facts.Add(FactRecord.Empty(schema));
        foreach (var json in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.json", SearchOption.AllDirectories))
        {
            var (record, errors) = FactReader.Parse(File.ReadAllText(json), schema, json);
            if (errors.Count == 0 && record is not null)
            {
                facts.Add(record);
            }
        }

        return facts;
    }

    private static string Render(TimelineReport report) => string.Join("\n", report.Items.Select(i =>
        $"{i.Entry.Id}|{i.Entry.Number}|{i.Entry.Phase}|{string.Join(",", i.Entry.Parties)}|{i.Entry.Action}|{i.Entry.Channel}|{i.Entry.Event}|{i.Entry.Location}|{i.Entry.Schedule?.Text}|"
        + $"{i.Occurrence}|{i.Status}|{i.Due}|{i.Starts}|{string.Join(",", i.WaitingFor)}|{i.LatestPossible}|{i.EventDate}|{i.FollowsFromParty}|{i.Summary}|"
        + $"{i.Entry.Kind}|{string.Join(",", i.Entry.Schedule?.Years ?? [])}|{string.Join(",", i.Moments.Select(m => m.Text))}"));

    private static string Render(AddendumResult result) => JsonSerializer.Serialize(result);

    private sealed class AddendumInfoComparer : IEqualityComparer<AddendumInfo>
    {
        public bool Equals(AddendumInfo? x, AddendumInfo? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Title == y.Title && x.IsContract == y.IsContract
            && x.RequiredContracts.SequenceEqual(y.RequiredContracts) && x.StartDateRule == y.StartDateRule && x.Location == y.Location;

        public int GetHashCode(AddendumInfo obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
