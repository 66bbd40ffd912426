using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Amendments;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.Semantics.Tests.Amendments;

public class AmendmentTests
{
    private const string Entry = "/beleid/test.zip";

    private const string Base = """
        beleid "Test" { verzekeraar: "VGZ"  looptijd: 2026 t/m 2027  gepubliceerd: 1 april 2025 }
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Zorgaanbieder als aanbieder { soort: Soort; fte: decimaal; omzet: bedrag; nieuw: ja/nee; kis: ja/nee }
        definitie normFte = 1,0
        eisen Basis "Basis" { eis fte "Minimaal 1,0 fte" aanbieder.fte >= normFte }
        eisen Huisarts "Huisarts" {
            omvat Basis
            eis omzet "Omzet minimaal € 225.000" aanbieder.omzet >= € 225.000
            eis systeem "Systemen" { eis kis "Keteninformatiesysteem" aanbieder.kis }
        }
        addendum Extra "Extra" { vereist overeenkomst Huisarts }
        tijdlijn Planning "Planning" {
            offerte: uiterlijk 1 oktober 2025  VGZ  "Offerte"  via e-mail
            reactie: uiterlijk 6 weken na offerte  VGZ  "Reactie"
            fase "Onderhandelen" { onderhandelen: VGZ "Onderhandelen" }
        }

        """;

    private static CheckedPolicy Compile(string source, DateOnly? asOf = null) =>
        PolicyCompilation.Compile(Entry, new PolicySource(new() { [Entry] = source }), asOf);

    private static Outcome Evaluate(CheckedPolicy policy, string set, string json)
    {
        var interpreter = new PolicyInterpreter(policy);
        var (facts, errors) = FactReader.Parse(json, interpreter.SubjectSchema!, "test");
        Assert.Empty(errors);
        return interpreter.Evaluate(set, facts!).Outcome;
    }

    private static IEnumerable<string> EntryIds(CheckedPolicy policy, string timeline) =>
        policy.Timelines.Single(t => t.Name == timeline).Syntax.Members
            .SelectMany(m => m is TimelinePhaseSyntax phase ? phase.Entries.AsEnumerable() : [(TimelineEntrySyntax)m])
            .Select(e => e.Id?.Text ?? "?");

    [Fact]
    public void ThePolicyOnADateHasExactlyTheAmendmentsInEffectOnThatDate()
    {
        var source = Base + """
            wijziging 1 september 2025 "Hogere omzetgrens" {
                reden: "De kosten zijn gestegen."
                gevolg: "U heeft meer omzet nodig."
                vervangt Huisarts.omzet door eis omzet "Omzet minimaal € 250.000" aanbieder.omzet >= € 250.000
            }
            """;
        const string facts = """{ "soort": "Huisartsenpraktijk", "fte": 1.2, "omzet": 240000, "nieuw": false, "kis": true }""";

        var published = Compile(source);
        var before = Compile(source, new DateOnly(2025, 8, 31));
        var after = Compile(source, new DateOnly(2025, 9, 1));

        Assert.Empty(published.Diagnostics);
        Assert.Empty(after.Diagnostics);
        Assert.Equal(Outcome.Satisfied, Evaluate(published, "Huisarts", facts));
        Assert.Equal(Outcome.Satisfied, Evaluate(before, "Huisarts", facts));
        Assert.Equal(Outcome.NotSatisfied, Evaluate(after, "Huisarts", facts));
        Assert.Equal("Omzet minimaal € 250.000", after.FindRequirementSet("Huisarts")!.Requirements.Single(r => r.Name == "omzet").Sentence);
        Assert.Empty(before.AmendmentsInEffect);
        Assert.Equal(["Hogere omzetgrens"], after.AmendmentsInEffect.Select(a => a.Title));
        Assert.Null(published.AsOf);
        Assert.Equal(new DateOnly(2025, 9, 1), after.AsOf);
    }

    [Fact]
    public void TheModelListsDateTextsAndResolvedOperations()
    {
        var policy = Compile(Base + """
            wijziging 01-09-2025 "Aanvulling" {
                reden: "Waarom"
                gevolg: "Wat betekent dit"
                voegt toe aan Planning { format: uiterlijk 15 oktober 2025 VGZ "Format" via e-mail }
                voegt toe aan Huisarts { eis nieuw "Nieuw" niet aanbieder.nieuw }
                vervalt Huisarts.systeem.kis
            }
            wijziging 1 januari 2026 "Later" { voegt toe { eisen Nieuw "Nieuwe eisen" { eis n aanbieder.nieuw } } }
            """);

        Assert.Empty(policy.Diagnostics);
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 1)], policy.VersionDates.ToArray());
        var amendment = policy.Amendments[0];
        Assert.Equal((new DateOnly(2025, 9, 1), "Aanvulling", "Waarom", "Wat betekent dit"), (amendment.EffectiveDate!.Value, amendment.Title, amendment.Reason!, amendment.Consequence!));
        Assert.Equal(
            ["Add tijdlijn Planning: Planning.format", "Add eisen Huisarts: Huisarts.nieuw", "Remove eis Huisarts.systeem.kis: "],
            amendment.Operations.Select(o => $"{o.Kind} {o.Target.KindName} {o.Target.Path}: {string.Join(",", o.Items.Select(i => i.Path))}"));
        Assert.All(amendment.Operations, o => Assert.True(o.Target.IsResolved));
        Assert.Equal(AmendedElementKind.Policy, policy.Amendments[1].Operations[0].Target.Kind);
        Assert.Equal("Nieuw", Assert.Single(policy.Amendments[1].Operations[0].Items).Path);
    }

    [Fact]
    public void AddsRequirementsEntriesPhasesAndDeclarationsAndRemovesAndReplacesByName()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Alles" {
                voegt toe aan Planning {
                    vooraf: uiterlijk 1 september 2025  VGZ  "Vooraf"
                    fase "Onderhandelen" { akkoord: VGZ en RHO "Akkoord" }
                    fase "Afronden" { afronden: VGZ "Afronden" }
                }
                voegt toe aan Huisarts.systeem { eis tweede "Tweede" aanbieder.nieuw }
                voegt toe aan Extra { eis eigen "Eigen eis" aanbieder.kis }
                vervangt Planning.reactie door uiterlijk 4 weken na offerte  VGZ  "Snellere reactie"
                vervangt normFte door definitie normFte = 0,8
                voegt toe { definitie grens = € 100.000 }
                vervalt Huisarts.omzet
            }
            """, new DateOnly(2026, 1, 1));

        Assert.Empty(policy.Diagnostics);
        Assert.Equal(["vooraf", "offerte", "reactie", "onderhandelen", "akkoord", "afronden"], EntryIds(policy, "Planning"));
        var huisarts = policy.FindRequirementSet("Huisarts")!;
        Assert.Equal(["systeem"], huisarts.Requirements.Select(r => r.Name));
        Assert.Equal(["Huisarts.systeem.kis", "Huisarts.systeem.tweede"], huisarts.Requirements[0].Children.Select(c => c.Path));
        Assert.Equal(["eigen"], policy.FindAddendum("Extra")!.Requirements.Select(r => r.Name));
        Assert.Equal(["normFte", "grens"], policy.Definitions.Select(d => d.Name));
        Assert.Equal(0.8m, ((Bound.BoundLiteral)policy.Definitions[0].Value).Value);
        Assert.Equal(Outcome.Satisfied, Evaluate(policy, "Basis", """{ "soort": "RHO", "fte": 0.9, "omzet": 1, "nieuw": true, "kis": true }"""));
    }

    [Fact]
    public void AmendmentsOfOneDateApplyInSourceOrderAndLaterDatesSeeEarlierChanges()
    {
        var policy = Compile(Base + """
            wijziging 1 januari 2026 "Tweede" { vervangt Planning.extra door uiterlijk 2 februari 2026 VGZ "Extra, verschoven" }
            wijziging 1 november 2025 "Eerste" { voegt toe aan Planning { extra: uiterlijk 1 december 2025 VGZ "Extra" } }
            """, new DateOnly(2026, 6, 1));

        Assert.Empty(policy.Diagnostics);
        Assert.Equal(["offerte", "reactie", "onderhandelen", "extra"], EntryIds(policy, "Planning"));
        Assert.Equal(["Eerste", "Tweede"], policy.AmendmentsInEffect.Select(a => a.Title));
    }

    [Fact]
    public void ErrorsInsideAnAmendmentAreReportedForThePublishedPolicyWithTheVersionDate()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Typfout" { voegt toe aan Huisarts { eis x aanbieder.omzett >= € 1 } }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI2003", diagnostic.Code);
        Assert.Contains("Bedoelde u 'omzet'?", diagnostic.Message);
        Assert.EndsWith("(in het beleid zoals het geldt vanaf 1 september 2025)", diagnostic.Message);
        Assert.Equal(17, diagnostic.Location!.Start.Line + 1);
    }

    [Theory]
    [InlineData("vervangt Huisarts.omzte door eis omzte ja", "ZI6001", "eisen 'Huisarts' heeft geen eis 'omzte'. Bedoelde u 'omzet'?")]
    [InlineData("vervalt Huisart", "ZI6001", "Bedoelde u 'Huisarts'?")]
    [InlineData("voegt toe aan Planing { x: VGZ \"x\" }", "ZI6001", "Bedoelde u 'Planning'?")]
    [InlineData("vervalt Planning.ofertte", "ZI6001", "tijdlijn 'Planning' heeft geen regel met de naam 'ofertte'. Bedoelde u 'offerte'?")]
    [InlineData("vervalt normFte.waarde", "ZI6001", "definitie 'normFte' heeft geen onderdelen")]
    [InlineData("vervalt Basis", "ZI6004", "'Basis' vervalt per 1 september 2025, maar eisen 'Huisarts' gebruikt het dan nog")]
    [InlineData("vervalt normFte", "ZI6004", "'normFte' vervalt per 1 september 2025, maar eisen 'Basis' gebruikt het dan nog")]
    [InlineData("vervalt Huisarts", "ZI6004", "addendum 'Extra' gebruikt het dan nog")]
    [InlineData("vervalt Planning.offerte", "ZI6004", "tijdlijnregel 'Planning.reactie' gebruikt het dan nog")]
    [InlineData("vervangt Huisarts.omzet door definitie omzet = 3", "ZI6006", "'Huisarts.omzet' is een eis; vervang het door een eis, niet door een definitie")]
    [InlineData("vervangt Huisarts.omzet door eis omzet2 ja", "ZI6007", "De vervanging heet 'omzet2', maar vervangt 'Huisarts.omzet'")]
    [InlineData("vervangt Planning.offerte door andere: uiterlijk 1 oktober 2025 VGZ \"x\"", "ZI6007", "Gebruik de naam 'offerte'")]
    [InlineData("voegt toe aan Huisarts { x: uiterlijk 1 oktober 2025 VGZ \"x\" }", "ZI6008", "Aan eisen 'Huisarts' kunt u geen tijdlijnregel toevoegen; hier past een eis of 'omvat'")]
    [InlineData("voegt toe aan Huisarts.omzet { eis y ja }", "ZI6008", "deze eis heeft een voorwaarde en is geen groep")]
    [InlineData("voegt toe aan Zorgaanbieder { eis y ja }", "ZI6008", "voegt toe { aanvulling Zorgaanbieder")]
    [InlineData("voegt toe { eis y ja }", "ZI6008", "Aan het beleid zelf kunt u geen eis toevoegen")]
    [InlineData("voegt toe { gebruik \"ander.zip\" }", "ZI6008", "geen gebruik toevoegen")]
    public void ReportsAmendmentsThatCannotBeApplied(string operation, string code, string fragment)
    {
        var policy = Compile(Base + $"wijziging 1 september 2025 \"Wijziging\" {{\n    {operation}\n}}\n");

        var diagnostic = Assert.Single(policy.Diagnostics, d => d.Code.StartsWith("ZI6", StringComparison.Ordinal));
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(fragment, diagnostic.Message);
        Assert.Equal(18, diagnostic.Location!.Start.Line + 1);
    }

    [Fact]
    public void ARemovalIsFineWhenTheSameDateAlsoRemovesTheUse()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Weg met Basis" { vervalt Basis }
            wijziging 1 september 2025 "Huisarts zonder Basis" { vervangt Huisarts door eisen Huisarts "Huisarts" { eis omzet aanbieder.omzet >= € 1 } }
            """);

        // The two amendments change different elements, so neither the order nor the use of Basis is a problem.
        Assert.Empty(policy.Diagnostics);
    }

    [Fact]
    public void TwoAmendmentsChangingTheSameElementOnTheSameDateConflict()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Eerste" { vervangt Huisarts.omzet door eis omzet aanbieder.omzet >= € 250.000 }
            wijziging 1 september 2025 "Tweede" { vervalt Huisarts }
            wijziging 1 september 2025 "Derde" { voegt toe aan Huisarts.systeem { eis a ja } }
            wijziging 1 oktober 2025 "Later" { vervangt Basis.fte door eis fte aanbieder.fte >= 2,0 }
            wijziging 1 oktober 2025 "Ook later" { voegt toe aan Basis { eis b ja } }
            """);

        var conflicts = policy.Diagnostics.Where(d => d.Code == "ZI6002").ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.Contains("Deze wijziging en de wijziging \"Eerste\" veranderen allebei 'Huisarts.omzet' op 1 september 2025", conflicts[0].Message);
        Assert.Equal((18, 17), (conflicts[0].Location!.Start.Line + 1, conflicts[0].Related.Single().Location.Start.Line + 1));
        Assert.Contains("Deze wijziging en de wijziging \"Tweede\" veranderen allebei 'Huisarts.systeem'", conflicts[1].Message);
        Assert.Equal(19, conflicts[1].Location!.Start.Line + 1);
    }

    [Fact]
    public void ATargetRemovedEarlierIsNamedAsSuch()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Weg" { vervalt Planning.reactie }
            wijziging 1 oktober 2025 "Te laat" { vervangt Planning.reactie door uiterlijk 2 weken na offerte VGZ "Reactie" }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI6001", diagnostic.Code);
        Assert.Contains("al vervallen door de wijziging van 1 september 2025 (\"Weg\")", diagnostic.Message);
    }

    [Theory]
    [InlineData("1 maart 2025", "het beleid is pas op 1 april 2025 gepubliceerd")]
    [InlineData("1 januari 2028", "de looptijd eindigt in 2027")]
    public void WarnsForAnAmendmentOutsideThePolicyPeriod(string date, string reason)
    {
        var policy = Compile(Base + $"wijziging {date} \"Buiten\" {{ reden: \"x\" }}\n");

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI6003", diagnostic.Code);
        Assert.False(diagnostic.IsError);
        Assert.Contains($"buiten de looptijd van dit beleid (1 april 2025 t/m 31 december 2027): {reason}", diagnostic.Message);
    }

    [Fact]
    public void AnAmendmentNeedsAFixedDateAndKnownProperties()
    {
        var policy = Compile(Base + """
            wijziging normFte "Zonder datum" { waarom: "x" }
            wijziging 31 april 2026 "Onmogelijk" { }
            """);

        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI6005" && d.Message.Contains("'normFte' is geen vaste datum"));
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI2013" && d.Message.Contains("Toegestaan: reden, gevolg"));
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI4001");
        Assert.Empty(policy.VersionDates);
    }

    [Fact]
    public void AddingOrReplacingAcrossFilesIsRefusedButRemovingIsAllowed()
    {
        var files = new Dictionary<string, string>
        {
            ["/beleid/algemeen.zip"] = """
                gegevens Zorgaanbieder als aanbieder { vecozo: ja/nee; ubo: ja/nee }
                eisen Algemeen { eis vecozo aanbieder.vecozo  eis ubo aanbieder.ubo }
                """,
            ["/beleid/huisarts.zip"] = """
                beleid "Huisarts" { verzekeraar: "VGZ"  looptijd: 2026 }
                gebruik "algemeen.zip"
                eisen Huisarts { omvat Algemeen }
                wijziging 1 maart 2026 "Gedeeld" {
                    voegt toe aan Algemeen { eis nieuw ja }
                    vervalt Algemeen.ubo
                }
                """,
        };

        var published = PolicyCompilation.Compile("/beleid/huisarts.zip", new PolicySource(files));
        var later = PolicyCompilation.Compile("/beleid/huisarts.zip", new PolicySource(files), new DateOnly(2026, 3, 1));

        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("ZI6009", diagnostic.Code);
        Assert.Contains("'Algemeen' staat in algemeen.zip", diagnostic.Message);
        Assert.Equal(["vecozo"], later.FindRequirementSet("Algemeen")!.Requirements.Select(r => r.Name));
    }

    [Fact]
    public void AReplacedEntryWithoutAnIdKeepsItsId()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Verschoven" { vervangt Planning.offerte door uiterlijk 15 oktober 2025 VGZ "Offerte" via e-mail }
            """, new DateOnly(2025, 9, 1));

        Assert.Empty(policy.Diagnostics);
        Assert.Equal(["offerte", "reactie", "onderhandelen"], EntryIds(policy, "Planning"));
        var operation = Assert.Single(policy.Amendments.Single().Operations);
        Assert.Equal("Planning.offerte", Assert.Single(operation.Items).Path);
    }

    [Fact]
    public void VersionOnBindsEachVersionOnceAndReturnsTheSameModelForTheSameAmendments()
    {
        var published = Compile(Base + """
            wijziging 1 september 2025 "Eerste" { vervalt Huisarts.omzet }
            wijziging 1 januari 2026 "Tweede" { vervalt Huisarts.systeem }
            """);

        var august = published.VersionOn(new DateOnly(2025, 8, 1));
        var september = published.VersionOn(new DateOnly(2025, 9, 1));
        var december = published.VersionOn(new DateOnly(2025, 12, 31));
        var january = september.VersionOn(new DateOnly(2026, 1, 1));

        Assert.Equal(["omzet", "systeem"], august.FindRequirementSet("Huisarts")!.Requirements.Select(r => r.Name));
        Assert.Equal(["systeem"], september.FindRequirementSet("Huisarts")!.Requirements.Select(r => r.Name));
        Assert.Empty(january.FindRequirementSet("Huisarts")!.Requirements);
        Assert.Same(september, december);
        Assert.Same(published, published.VersionOn(new DateOnly(2025, 1, 1)));
        Assert.Same(september, january.VersionOn(new DateOnly(2025, 10, 1)));
        Assert.Same(january, published.VersionOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void TheAmendmentsAreAnalysedOnceForThePublishedPolicyAndEveryVersion()
    {
        var published = Compile(Base + """
            wijziging 1 september 2025 "Eerste" { vervalt Huisarts.omzet }
            wijziging 1 januari 2026 "Tweede" { vervalt Huisarts.bestaatNiet }
            """);

        var september = published.VersionOn(new DateOnly(2025, 9, 1));
        var january = published.VersionOn(new DateOnly(2026, 1, 1));

        // One analysis, so every model holds the very operations it resolved, and reports its finding once.
        Assert.All(new[] { september, january }, version =>
            Assert.Equal(published.Amendments.SelectMany(a => a.Operations), version.Amendments.SelectMany(a => a.Operations), ReferenceEqualityComparer.Instance));
        Assert.Single(published.Diagnostics, d => d.Code == "ZI6001");
        Assert.Same(published.VersionSet, january.VersionSet);
        Assert.Equal(published.VersionDates.ToArray(), published.VersionSet!.Dates.ToArray());
    }

    [Fact]
    public void AReplacementMustBeTheSameKindOfDeclarationEvenWhenNeitherIsARequirementOrTimeline()
    {
        var policy = Compile(Base + """
            voorbeeld Goed { fte: 1,0 }
            wijziging 1 september 2025 "Vreemd" { vervangt Goed door gebruik "ander.zip" }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI6006", diagnostic.Code);
        Assert.Contains("'Goed' is een voorbeeld; vervang het door een voorbeeld, niet door een gebruik.", diagnostic.Message);
    }

    [Fact]
    public void AScenarioIsBoundAgainstThePolicyOfItsDate()
    {
        var policy = Compile(Base + """
            wijziging 1 september 2025 "Extra" {
                voegt toe aan Huisarts { eis extra "Extra" aanbieder.nieuw }
                vervalt Huisarts.omzet
            }
            scenario "Erna" { gegeven aanbieder { nieuw: ja }  op 1 september 2025  verwacht Huisarts.extra voldaan }
            scenario "Ervoor" { gegeven aanbieder { omzet: € 1 }  op 31 augustus 2025  verwacht Huisarts.omzet niet voldaan }
            scenario "Te vroeg" { gegeven aanbieder { nieuw: ja }  op 31 augustus 2025  verwacht Huisarts.extra voldaan }
            """);

        var diagnostic = Assert.Single(policy.Diagnostics);
        Assert.Equal("ZI7005", diagnostic.Code);
        Assert.Equal(23, diagnostic.Location!.Start.Line + 1);
        Assert.DoesNotContain("(in het beleid zoals het geldt", diagnostic.Message);
        var after = policy.Scenarios.Single(s => s.Title == "Erna");
        Assert.Same(policy.VersionOn(new DateOnly(2025, 9, 1)).FindRequirementSet("Huisarts"), after.Expectations.Single().Root);
    }
}
