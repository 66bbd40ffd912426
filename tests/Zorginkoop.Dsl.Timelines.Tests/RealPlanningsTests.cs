using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>
/// The plannings in policies/ check without errors, and the weekend and holiday warnings they give are exactly
/// the ones below, each explained. A new warning means a planning changed: check it against the source.
/// </summary>
public partial class RealPlanningsTests
{
    private static readonly (string File, string Message, string Why)[] ExpectedWarnings =
    [
        ("huisartsenzorg-2026-2027.zip", "1 juni 2025 valt op een zondag.",
            "PlanningRho: the source (000, Planning zorginkoop) really says 'Uiterlijk 1 juni 2025' for the offer format."),
        ("huisartsenzorg-2026-2027.zip", "31 januari 2026 12.00 uur valt op een zaterdag.",
            "PlanningRho: 'Uiterlijk 31 januari 2026, 12.00 uur' in the source; a Saturday noon deadline for the administrative round-off."),
        ("huisartsenzorg-2026-2027.zip", "1 november 2026 valt op een zondag.",
            "PlanningHds: 'Uiterlijk 1 november 2026' in the source (the HDS contract offer)."),
        ("huisartsenzorg-2026-2027.zip", "1 november 2025 valt op een zaterdag.",
            "PlanningVerkennendGesprek, added by the amendment of 1 september 2025: 'Uiterlijk 1 november 2025 RHO Indienen offerte'."),
        ("medisch-specialistische-zorg-2026.zip", "29 mei 2025 valt op Hemelvaartsdag (donderdag).",
            "The 2026 planning is reconstructed by moving the 2027 dates back a year; 29 mei 2026 is a Friday, 29 mei 2025 Ascension Day. The assumed date is probably wrong."),
        ("medisch-specialistische-zorg-2026.zip", "8 juni 2025 valt op Eerste Pinksterdag (zondag).",
            "Same reconstruction: 8 juni 2026 is a Monday, 8 juni 2025 Whit Sunday."),
        ("huisartsenzorg-2025.zip", "1 april 2024 valt op Tweede Paasdag (maandag).",
            "Z&Z 2025, 6.3: the policy was published on 1 april 2024, Easter Monday (Easter 2024 was 31 March)."),
    ];

    /// <summary>
    /// Each of these warnings is right and the source says so: the policies acknowledge them (<c>// erkend ZI5006:
    /// …</c>), so <c>check</c> passes with no open warning and lists exactly these as acknowledged, none hidden.
    /// </summary>
    [Fact]
    public void CheckPassesAndAcknowledgesExactlyTheExplainedWeekendAndHolidayWarnings()
    {
        var (exitCode, output, _) = Cli.Run("check", RepositoryPaths.Combine("policies"));

        Assert.True(exitCode == 0, output);
        Assert.Contains(" 0 fouten, 0 waarschuwingen, 7 erkend", output);
        Assert.DoesNotContain(output.Split('\n'), line => WarningLine().Match(line) is { Success: true } m && m.Groups["code"].Value.StartsWith("ZI5", StringComparison.Ordinal));

        var lines = output.Split('\n');
        var acknowledged = lines
            .Select((line, i) => (Match: AcknowledgedLine().Match(line), Next: i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty))
            .Where(p => p.Match.Success)
            .Select(p => (File: Path.GetFileName(p.Match.Groups["file"].Value), Code: p.Match.Groups["code"].Value, Message: p.Next))
            .ToList();

        Assert.All(acknowledged, w => Assert.Equal("ZI5006", w.Code));
        var actual = acknowledged.Select(w => (w.File, w.Message[..(w.Message.IndexOf(". ", StringComparison.Ordinal) + 1)])).Order().ToList();
        var expected = ExpectedWarnings.Select(w => (w.File, w.Message)).Order().ToList();
        Assert.Equal(expected, actual);
        Assert.All(acknowledged, w => Assert.Contains("schuift volgens de Algemene termijnenwet door naar", w.Message));
    }

    [Fact]
    public void EveryPolicyWithAPlanningHasTimelinesAndEveryRelativeRowResolves()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories).Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal)))
        {
            var policy = Semantics.Compilation.PolicyCompilation.Compile(file);
            foreach (var timeline in policy.BoundTimelines)
            {
                // A schedule that failed to bind would have left its moment empty.
                Assert.All(timeline.Entries.Where(e => e.Schedule is { Kind: not (Runtime.Timelines.TimelineEntryKind.Recurring or Runtime.Timelines.TimelineEntryKind.Continuous) }),
                    e => Assert.NotEmpty(e.Schedule!.Moments));
                // A continuous row has no moments but the years of its period, here always the looptijd.
                Assert.All(timeline.Entries.Where(e => e.Schedule is { Kind: Runtime.Timelines.TimelineEntryKind.Continuous }),
                    e => Assert.Equal(Enumerable.Range(policy.Header!.FirstYear!.Value, policy.Header.LastYear!.Value - policy.Header.FirstYear.Value + 1), e.Schedule!.Years));
            }
        }
    }

    [GeneratedRegex(@"^(?<file>.+?)\(\d+,\d+\): warning (?<code>ZI\d{4}): (?<message>.*)$")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"^\s+(?<file>\S+)\(\d+,\d+\): erkend (?<code>ZI\d{4}): ")]
    private static partial Regex AcknowledgedLine();
}
