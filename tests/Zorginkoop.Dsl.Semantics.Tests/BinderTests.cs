using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Types;

namespace Zorginkoop.Dsl.Semantics.Tests;

public class BinderTests
{
    private const string Prelude = """
        keuze Soort { Huisartsenpraktijk, RHO, GLI-aanbieder }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            agbCode: tekst?
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            preferenteRegio: ja/nee
            mandaat: percentage
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        """;

    [Fact]
    public void BindsRequirementsWithTypesAndResolvedNames()
    {
        var policy = PolicySource.Compile(Prelude + """
            eisen Huisarts "Huisartsen" geldt voor aanbieder.soort = Huisartsenpraktijk {
                eis bezetting "1,0 fte per 3.000" aanbieder.fteHuisarts >= normFte
                eis agb aanbieder.agbCode is bekend
                eis mandaat aanbieder.mandaat >= 80%
            }
            """);

        Assert.Empty(policy.Diagnostics);
        var set = Assert.Single(policy.RequirementSets);
        Assert.IsType<BoundBinary>(set.AppliesTo);
        var bezetting = set.Requirements[0];
        Assert.Equal("Huisarts.bezetting", bezetting.Path);
        var comparison = Assert.IsType<BoundBinary>(bezetting.Condition);
        Assert.Equal(PrimitiveType.Decimal, comparison.Right.Type);
        Assert.Equal("normFte", comparison.Right.Label);
    }

    [Theory]
    [InlineData("eis x aanbieder.fteHuisart >= 1,0", "ZI2003", "Bedoelde u 'fteHuisarts'?")]
    [InlineData("eis x normFt >= 1,0", "ZI2001", "Bedoelde u 'normFte'?")]
    [InlineData("eis x aanbieder.soort = Huisartsenpraktyk", "ZI3005", "Bedoelde u 'Huisartsenpraktijk'?")]
    [InlineData("eis x aanbieder.fteHuisarts", "ZI3003", "ja/nee")]
    [InlineData("eis x aanbieder.fteHuisarts >= 31 april 2026", "ZI4001", "april 2026 heeft 30 dagen")]
    [InlineData("eis x aanbieder.agbCode >= 3", "ZI3002", "'>='")]
    [InlineData("eis x aanbieder.preferenteRegio en aanbieder.mandaat", "ZI3003", "percentage")]
    [InlineData("eis x voor elke s in aanbieder.soort geldt ja", "ZI3006", "geen lijst")]
    [InlineData("eis x aanbieder.soort in [RHO, 3]", "ZI3007", "")]
    [InlineData("eis x Huisarts", "ZI2011", "een eisen")]
    [InlineData("eis x aanbieder.agbCode.lengte = 3", "ZI3004", "geen velden")]
    [InlineData("eis x aanbieder.fteHuisarts >= 17.00 uur", "ZI3008", "alleen een tijd")]
    [InlineData("eis x voor elke normFte in [1, 2] geldt ja", "ZI2016", "normFte")]
    [InlineData("eis x ja\n eis x nee", "ZI2009", "'x'")]
    [InlineData("eis x ja\n ingangsdatum: 1 januari 2026\n duur: 3", "ZI2013", "'duur'")]
    [InlineData("eis x aanbieder.fteHuisarts >= 1,0 en (1 mei 2026 + 2 weken) > 25.00 uur", "ZI4002", "25.00 uur")]
    [InlineData("eis x aanbieder.ingeschrevenPatienten < 99999999999999999999999", "ZI4003", "te groot")]
    public void ReportsBindingErrorsWithCodeAndHint(string requirement, string code, string fragment)
    {
        var policy = PolicySource.Compile(Prelude + "\neisen Huisarts {\n" + requirement + "\n}\n");

        var diagnostic = Assert.Single(policy.Diagnostics, d => d.Code == code);
        Assert.Contains(fragment, diagnostic.Message);
        Assert.True(diagnostic.Location!.Start.Line > 0);
    }

    [Fact]
    public void ResolvesNamesAcrossImportsAndReportsCycles()
    {
        var files = new Dictionary<string, string>
        {
            ["/beleid/algemeen.zip"] = """
                gegevens Zorgaanbieder als aanbieder { vecozo: ja/nee }
                eisen Algemeen { eis vecozo aanbieder.vecozo }
                """,
            ["/beleid/huisarts.zip"] = """
                gebruik "algemeen.zip"
                aanvulling Zorgaanbieder { fte: decimaal }
                eisen Huisarts { omvat Algemeen  eis fte aanbieder.fte >= 1,0 }
                """,
        };

        var policy = PolicySource.Compile(files, "/beleid/huisarts.zip");

        Assert.Empty(policy.Diagnostics);
        Assert.Equal(["vecozo", "fte"], policy.Subject!.Fields.Select(f => f.Name));
        Assert.Same(policy.FindRequirementSet("Algemeen"), Assert.Single(policy.FindRequirementSet("Huisarts")!.Includes));

        files["/beleid/algemeen.zip"] = "gebruik \"huisarts.zip\"\n" + files["/beleid/algemeen.zip"];
        var cyclic = PolicySource.Compile(files, "/beleid/huisarts.zip");
        Assert.Contains(cyclic.Diagnostics, d => d.Code == "ZI2005" && d.Message.Contains("huisarts.zip → algemeen.zip → huisarts.zip"));
    }

    [Fact]
    public void ReportsDefinitionAndIncludeCyclesAndDuplicates()
    {
        var policy = PolicySource.Compile("""
            definitie a = b + 1
            definitie b = a + 1
            eisen A { omvat B }
            eisen B { omvat A }
            eisen A { }
            gebruik "ontbreekt.zip"
            """);

        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI2006");
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI2007");
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI2002" && d.Related.Length == 1);
        Assert.Contains(policy.Diagnostics, d => d.Code == "ZI2004");
    }
}
