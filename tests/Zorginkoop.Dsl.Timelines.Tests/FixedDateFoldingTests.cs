using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Timelines;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// The binder folds a timeline entry's fixed date itself (lowered, then computed by the runtime's operations)
/// instead of running the interpreter; on every planning in policies/, in every version, and on every kind of
/// constant date arithmetic, the folded date is the one evaluation gives.
/// </summary>
public class FixedDateFoldingTests
{
    [Fact]
    public void EveryKindOfConstantDateArithmeticFoldsAsTheInterpreterEvaluates()
    {
        var policy = InMemoryPolicy.Compile("""
            definitie termijn = 2 weken
            tijdlijn T {
                keer: uiterlijk 1 oktober 2026 + 2 * termijn                           VGZ "keer"
                maal: uiterlijk 1 oktober 2026 - termijn * 2                           VGZ "maal"
                min: uiterlijk 1 oktober 2026 + -termijn                               VGZ "min"
                vroegst: uiterlijk vroegste van (1 maart 2027, 1 februari 2027)        VGZ "vroegst"
                kwartaal: uiterlijk eerste dag van het volgende kwartaal na 14 februari 2026  VGZ "kwartaal"
                moment: uiterlijk 16 december 2026 13.00 uur + 1 dag                   VGZ "moment"
            }
            """);

        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var moments = policy.FindTimeline("T")!.Entries.Select(e => e.Schedule!.Deadline!).ToList();
        Assert.Equal(
            [new DateOnly(2026, 10, 29), new DateOnly(2026, 9, 3), new DateOnly(2026, 9, 17), new DateOnly(2027, 2, 1), new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 17)],
            moments.Select(m => m.FixedDate));
        foreach (var moment in moments)
        {
            Assert.Equal(Evaluated(policy, moment), moment.FixedDate);
        }
    }

    [Fact]
    public void EveryFixedDateOfTheRealPlanningsIsWhatTheInterpreterEvaluates()
    {
        var compared = 0;
        foreach (var path in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories).Where(p => !p.EndsWith(".test.zip", StringComparison.Ordinal)))
        {
            var published = PolicyCompilation.Compile(path);
            foreach (var version in published.VersionDates.Select(published.VersionOn).Prepend(published))
            {
                var moments = version.BoundTimelines.SelectMany(t => t.Entries).Select(e => e.Schedule).OfType<BoundSchedule>()
                    .SelectMany(s => s.Moments).Where(m => m.Events.IsEmpty);
                foreach (var moment in moments)
                {
                    var expected = Evaluated(version, moment);
                    Assert.True(expected == moment.FixedDate, $"{path}: '{moment.Text}' folds to {moment.FixedDate}, evaluates to {expected}");
                    compared++;
                }
            }
        }

        Assert.True(compared > 50, $"only {compared} fixed dates compared");
    }

    private static DateOnly? Evaluated(CheckedPolicy policy, BoundMoment moment) =>
        new ExpressionInterpreter(FactRecord.Empty(new RecordSchema("tijdlijn")), policy.SubjectVariable, EvaluationInputs.None, new EvaluationTrace()).Evaluate(moment.Expression) switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            _ => null,
        };
}
