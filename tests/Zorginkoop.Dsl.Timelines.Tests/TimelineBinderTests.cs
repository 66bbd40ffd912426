using Zorginkoop.Dsl.Runtime.Timelines;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Timelines.Tests;

public class TimelineBinderTests
{
    [Fact]
    public void BindsEveryKindOfRowWithIdsPhasesAndClauses()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn Planning "Planning" {
                aanbod:  uiterlijk 30 september 2026      VGZ          "Aanbieden offerteformat"  via e-mail
                vanaf 1 oktober 2026                      VGZ en RHO   "Onderhandelen"  via "Mondeling of via e-mail"
                akkoord: uiterlijk 16 december 2026 13.00 uur  VGZ en RHO  "Overeenstemming"
                offerte: bij voorkeur vóór 16 september 2026, maar uiterlijk 30 september 2026
                             Zorgaanbieder "Aanleveren offerte" via VECOZO tenzij "er afwijkende afspraken zijn" als ontvangst
                reactie: uiterlijk 6 weken na offerte     VGZ          "Reactie"
                interesse: 1 april 2026 t/m 29 mei 2026 vóór 17.00 uur  Zorgaanbieder  "Interesse kenbaar maken"
                mutaties: elk kwartaal in 2026 en 2027    "Z&Z"        "Mutatievragenlijst"
                nazorg: binnen 4 weken na ontvangst        VGZ          "Nazorg" voor "ZBC's waarbij we overgaan tot contractering"
                fase "Afronden" {
                    VGZ "Vastleggen"
                    binnen 2 weken                         VGZ          "Bevestigen"
                }
            }
            """);

        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var timeline = Assert.Single(policy.BoundTimelines);
        Assert.Equal(["aanbod", "2", "akkoord", "offerte", "reactie", "interesse", "mutaties", "nazorg", "9", "10"], timeline.Entries.Select(e => e.Id));
        Assert.Equal(
            [TimelineEntryKind.Deadline, TimelineEntryKind.From, TimelineEntryKind.Deadline, TimelineEntryKind.Preferred, TimelineEntryKind.Deadline,
             TimelineEntryKind.Window, TimelineEntryKind.Recurring, TimelineEntryKind.Within, TimelineEntryKind.Undated, TimelineEntryKind.Within],
            timeline.Entries.Select(e => e.Kind));

        var akkoord = timeline.Find("akkoord")!;
        Assert.Equal(new DateOnly(2026, 12, 16), akkoord.Schedule!.Deadline!.FixedDate);
        Assert.Equal(new TimeOnly(13, 0), akkoord.Schedule.Deadline.Time);

        var offerte = timeline.Find("offerte")!;
        Assert.True(offerte.Schedule!.Preferred!.Before);
        Assert.Equal(new DateOnly(2026, 9, 16), offerte.Schedule.Preferred.FixedDate);
        Assert.Equal(new DateOnly(2026, 9, 30), offerte.Schedule.Deadline!.FixedDate);
        Assert.Equal<string>(["er afwijkende afspraken zijn"], offerte.Exceptions);
        Assert.Equal("ontvangst", offerte.EventName);
        Assert.Equal("VECOZO", offerte.Channel);

        var reactie = timeline.Find("reactie")!;
        Assert.Equal(["offerte"], reactie.Schedule!.Deadline!.Events.Select(v => v.Name));
        Assert.Null(reactie.Schedule.Deadline.FixedDate);

        var interesse = timeline.Find("interesse")!;
        Assert.Equal(new TimeOnly(17, 0), interesse.Schedule!.Deadline!.Time);
        Assert.True(interesse.Schedule.Deadline.Before);

        Assert.Equal<int>([2026, 2027], timeline.Find("mutaties")!.Schedule!.Years);
        Assert.Equal(TimelinePeriod.Quarter, timeline.Find("mutaties")!.Schedule!.Period);
        Assert.Equal<string>(["ZBC's waarbij we overgaan tot contractering"], timeline.Find("nazorg")!.Conditions);
        Assert.Equal(["ontvangst"], timeline.Find("nazorg")!.Schedule!.Deadline!.Events.Select(v => v.Name));
        Assert.Equal("Afronden", timeline.Find("9")!.Phase);
        Assert.False(timeline.Find("9")!.HasExplicitId);

        // "binnen 2 weken" without "na": counted from the row above.
        var bevestigen = timeline.Find("10")!;
        Assert.Equal(["9"], bevestigen.Schedule!.Deadline!.Events.Select(v => v.Name));
        Assert.Equal("2 weken na regel 9", bevestigen.Schedule.Deadline.Text);
        Assert.Equal<string>(["aanbod", "2", "akkoord", "offerte", "ontvangst", "reactie", "interesse", "mutaties", "nazorg", "9", "10"], timeline.Events);
    }

    [Fact]
    public void DateExpressionsAreComputedAtCompileTime()
    {
        var policy = InMemoryPolicy.Compile("""
            definitie termijn = 2 weken
            tijdlijn T {
                a: uiterlijk eerste dag van het volgende kwartaal na 14 februari 2026  VGZ "a"
                b: uiterlijk laatste van (1 maart 2026, 1 oktober 2026 - termijn)     VGZ "b"
                c: uiterlijk 2 weken na a                                             VGZ "c"
            }
            """);

        Assert.DoesNotContain(policy.Diagnostics, d => d.IsError);
        var timeline = policy.FindTimeline("T")!;
        Assert.Equal(new DateOnly(2026, 4, 1), timeline.Find("a")!.Schedule!.Deadline!.FixedDate);
        Assert.Equal(new DateOnly(2026, 9, 17), timeline.Find("b")!.Schedule!.Deadline!.FixedDate);
        Assert.Null(timeline.Find("c")!.Schedule!.Deadline!.FixedDate);
    }

    [Theory]
    [InlineData("w: 1 juli 2026 t/m 1 april 2026  VGZ \"x\"", "ZI5001", "eindigt vóór ze begint")]
    [InlineData("w: uiterlijk 1 juli 2029  VGZ \"x\"", "ZI5002", "1 juli 2029 ligt buiten de looptijd van het beleid (2026 t/m 2027, met het jaar 2025 ervoor")]
    [InlineData("w: uiterlijk 1 juli 2024  VGZ \"x\"", "ZI5002", "1 juli 2024 ligt buiten de looptijd")]
    [InlineData("w: elk kwartaal in 2024 en 2026  VGZ \"x\"", "ZI5002", "2024 ligt buiten de looptijd")]
    [InlineData("w: bij voorkeur vóór 30 september 2026, maar uiterlijk 16 september 2026  VGZ \"x\"", "ZI5003", "16 september 2026")]
    [InlineData("a: uiterlijk 1 oktober 2026 VGZ \"a\"\n b: uiterlijk 1 september 2026 VGZ \"b\"", "ZI5004", "staat na regel 'a' met een latere datum (1 oktober 2026)")]
    [InlineData("offerte: uiterlijk 30 september 2026 VGZ \"a\"\n b: uiterlijk 6 weken na ofertte VGZ \"b\"", "ZI5005", "'ofertte' is geen gebeurtenis in tijdlijn 'T'. Gebeurtenissen zijn de namen van regels ('offerte: …') en 'als'-namen: offerte, b. Bedoelde u 'offerte'?")]
    [InlineData("w: uiterlijk 31 januari 2026 VGZ \"x\"", "ZI5006", "31 januari 2026 valt op een zaterdag. Een wettelijke termijn die dan afloopt, schuift volgens de Algemene termijnenwet door naar maandag 2 februari 2026")]
    [InlineData("w: bij voorkeur vóór 6 april 2026, maar uiterlijk 30 april 2026 VGZ \"x\"", "ZI5006", "6 april 2026 valt op Tweede Paasdag (maandag)")]
    [InlineData("w: 1 april 2026 t/m 27 april 2026 VGZ \"x\"", "ZI5006", "27 april 2026 valt op Koningsdag (maandag)")]
    [InlineData("a: uiterlijk 1 oktober 2026 VGZ \"a\"\n a: uiterlijk 2 oktober 2026 VGZ \"b\"", "ZI5007", "Tijdlijn 'T' heeft al een regel 'a'")]
    [InlineData("w: uiterlijk aanbieder.start VGZ \"x\"", "ZI5008", "'aanbieder.start' hangt af van gegevens")]
    [InlineData("w: uiterlijk 2 weken na peildatum VGZ \"x\"", "ZI5008", "hangt af van gegevens")]
    [InlineData("w: elk kwartaal in 20245 VGZ \"x\"", "ZI5009", "'20245' is geen geldig jaartal")]
    [InlineData("w: uiterlijk 2 weken na w VGZ \"x\"", "ZI5010", "Regel 'w' rekent vanaf zichzelf")]
    [InlineData("w: binnen 2 weken VGZ \"x\"", "ZI5011", "'2 weken' is een duur zonder beginpunt")]
    [InlineData("w: uiterlijk 3 VGZ \"x\"", "ZI3001", "'3' is aantal, maar hier is een datum")]
    public void ReportsTimelineProblemsWithCodeAndHint(string rows, string code, string fragment)
    {
        var policy = InMemoryPolicy.Compile($$"""
            gegevens Zorgaanbieder als aanbieder { start: datum }
            tijdlijn T {
                {{rows}}
            }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics, d => d.Code == code);
        Assert.Contains(fragment, diagnostic.Message);
        Assert.Equal(code is "ZI5002" or "ZI5004" or "ZI5006" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(diagnostic.Location);
    }

    [Fact]
    public void OutOfOrderNamesTheEarlierRowAsRelatedLocation()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn T {
                a: uiterlijk 1 oktober 2026 VGZ "a"
                b: uiterlijk 1 september 2026 VGZ "b"
            }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics, d => d.Code == "ZI5004");
        Assert.Equal(4 + 2, diagnostic.Location!.Start.Line); // header lines + 'tijdlijn' line; 0-based
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(4 + 1, related.Location.Start.Line);
    }

    [Fact]
    public void TheYearBeforeThePeriodIsPlanningTimeAndCausesNoWarning()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn T {
                a: uiterlijk 1 juli 2025 VGZ "a"
                b: 1 september 2025 t/m 31 december 2027 VGZ "b"
                c: elk kwartaal in 2025, 2026 en 2027 VGZ "c"
            }
            """);

        Assert.Empty(policy.Diagnostics);
    }

    [Fact]
    public void AnUnknownEventIsNotAlsoReportedAsAnUnknownName()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn T {
                a: uiterlijk 6 weken na nergens VGZ "a"
            }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI5005", diagnostic.Code);
        Assert.Contains("Gebeurtenissen zijn de namen van regels ('offerte: …') en 'als'-namen: a.", diagnostic.Message);
    }

    [Fact]
    public void EventsAreTheNamesOfRowsAndAlsNamesOfTheSameTimelineOnly()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn A {
                offerte: uiterlijk 30 september 2026 Zorgaanbieder "Offerte" als ontvangst
                reactie: uiterlijk 6 weken na ontvangst VGZ "Reactie"
            }
            tijdlijn B {
                reactie: uiterlijk 6 weken na offerte VGZ "Reactie"
            }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI5005", diagnostic.Code);
        Assert.Contains("tijdlijn 'B'", diagnostic.Message);
    }

    [Fact]
    public void WithoutALooptijdThereIsNoPeriodCheck()
    {
        var policy = InMemoryPolicy.Compile("""
            tijdlijn T {
                a: uiterlijk 1 juli 1999 VGZ "a"
            }
            """, withHeader: false);

        Assert.DoesNotContain(policy.Diagnostics, d => d.Code == "ZI5002");
    }
}
