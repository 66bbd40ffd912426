using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// The binder folds a timeline entry's fixed date itself (with the runtime's date operations) instead of running
/// the interpreter; on every planning in policies/, in every version, the folded date is the one evaluation gives.
/// </summary>
public class FixedDateFoldingTests
{
    [Fact]
    public void EveryFixedDateOfTheRealPlanningsIsWhatTheInterpreterEvaluates()
    {
        var compared = 0;
        foreach (var path in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories).Where(p => !p.EndsWith(".test.zip", StringComparison.Ordinal)))
        {
            var published = PolicyCompilation.Compile(path);
            foreach (var version in published.VersionDates.Select(published.VersionOn).Prepend(published))
            {
                var moments = version.BoundTimelines.SelectMany(t => t.Entries).Select(e => e.Schedule).OfType<Zorginkoop.Dsl.Semantics.Timelines.BoundSchedule>()
                    .SelectMany(s => s.Moments).Where(m => m.Events.IsEmpty);
                foreach (var moment in moments)
                {
                    var evaluated = new ExpressionInterpreter(FactRecord.Empty(new RecordSchema("tijdlijn")), version.SubjectVariable, EvaluationInputs.None, new EvaluationTrace()).Evaluate(moment.Expression);
                    var expected = evaluated switch
                    {
                        DateOnly date => date,
                        DateTime moment2 => DateOnly.FromDateTime(moment2),
                        _ => (DateOnly?)null,
                    };
                    Assert.True(expected == moment.FixedDate, $"{path}: '{moment.Text}' folds to {moment.FixedDate}, evaluates to {expected}");
                    compared++;
                }
            }
        }

        Assert.True(compared > 50, $"only {compared} fixed dates compared");
    }
}
