using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests;

public class ParserTests
{
    private static SyntaxTree Parse(string source) => PolicyParser.Parse(new SourceText("test.zip", source));

    [Fact]
    public void ParsesRequirementSetWithDutchLiterals()
    {
        var tree = Parse("""
            eisen RHO "Minimumeisen RHO" geldt voor aanbieder.soort = RHO {
                eis omvang "Tenminste 100.000 patiënten." aanbieder.ingeschrevenPatienten >= 100.000
                    uitzondering "Gecontracteerd in 2023" als aanbieder.gecontracteerdIn2023
                eis mandaat aanbieder.mandaatHuisartsen >= 80%
                eis fte aanbieder.fte >= 1,0
                eis kis "Keteninformatiesysteem" {
                    eis inzage aanbieder.kis.inzage
                }
            }
            """);

        Assert.Empty(tree.Diagnostics);
        var set = Assert.IsType<RequirementSetDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        var requirements = set.Requirements.ToList();
        Assert.Equal(["omvang", "mandaat", "fte", "kis"], requirements.Select(r => r.Name.Text));
        var omvang = Assert.IsType<BinaryExpressionSyntax>(requirements[0].Condition);
        Assert.Equal(BinaryOperator.GreaterOrEqual, omvang.Operator);
        Assert.Equal("100.000", Assert.IsType<LiteralExpressionSyntax>(omvang.Right).Text);
        Assert.Single(requirements[0].Exceptions);
        Assert.Equal(LiteralKind.Percentage, Assert.IsType<LiteralExpressionSyntax>(((BinaryExpressionSyntax)requirements[1].Condition!).Right).Kind);
        Assert.Equal(LiteralKind.Decimal, Assert.IsType<LiteralExpressionSyntax>(((BinaryExpressionSyntax)requirements[2].Condition!).Right).Kind);
        Assert.True(requirements[3].IsGroup);
    }

    [Fact]
    public void ParsesTimelineEntryKinds()
    {
        var tree = Parse("""
            tijdlijn Msz "Planning" {
                offerte: bij voorkeur vóór 16 september 2026, maar uiterlijk 30 september 2026 Zorgaanbieder "Aanleveren offerte" via VECOZO
                reactie: uiterlijk 6 weken na offerte VGZ "Reactie" via e-mail
                1 april 2026 t/m 29 mei 2026 vóór 17.00 uur Zorgaanbieder "Interesse" via formulier
                uiterlijk 19 december 2025 13.00 uur VGZ en RHO "Overeenstemming"
                elk kwartaal in 2024 en 2025 "Z&Z" "Mutatievragenlijst"
            }
            """);

        Assert.Empty(tree.Diagnostics);
        var timeline = Assert.IsType<TimelineDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        var entries = timeline.Members.Cast<TimelineEntrySyntax>().ToList();
        Assert.IsType<PreferredScheduleSyntax>(entries[0].Schedule);
        var relative = Assert.IsType<BinaryExpressionSyntax>(Assert.IsType<DeadlineScheduleSyntax>(entries[1].Schedule).Moment);
        Assert.Equal(BinaryOperator.After, relative.Operator);
        Assert.NotNull(Assert.IsType<WindowScheduleSyntax>(entries[2].Schedule).ClosingTime);
        Assert.Equal(["VGZ", "RHO"], entries[3].Parties.Select(p => p.Name));
        Assert.Equal("Z&Z", Assert.Single(entries[4].Parties).Name);
    }

    [Fact]
    public void OneBadLineDoesNotHideTheRestOfTheFile()
    {
        var tree = Parse("""
            eisen A {
                eis een aanbieder.x >= >= 3
                eis twee aanbieder.y
            }
            eisen B {
                eis drie aanbieder.z
            }
            """);

        Assert.NotEmpty(tree.Diagnostics);
        Assert.All(tree.Diagnostics, d => Assert.Equal(2, d.Location!.Start.Line + 1));
        Assert.Contains(tree.Root.Declarations, d => d is RequirementSetDeclarationSyntax { Name.Text: "B" });
    }

    [Theory]
    [InlineData("definitie x = 1.5", "ZI1005")]
    [InlineData("definitie x = \"open", "ZI1004")]
    [InlineData("definitie x = 1 # 2", "ZI1003")]
    [InlineData("definitie x = \"a\\qb\"", "ZI1007")]
    [InlineData("definitie x = [1,5]", "ZI1006")]
    [InlineData("eisen A { eis b aanbieder.x", "ZI1002")]
    [InlineData("eisen A { eis }", "ZI1001")]
    public void ReportsLexicalAndSyntaxErrorsWithCodes(string source, string code)
    {
        var tree = Parse(source);
        Assert.Contains(tree.Diagnostics, d => d.Code == code);
    }

    [Theory]
    [InlineData("definitie x = a en b of c", "(a en b) of c")]
    [InlineData("definitie x = a of b en c", "a of (b en c)")]
    [InlineData("definitie x = a en b of c of d en niet e", "(a en b) of c of (d en niet e)")]
    [InlineData("definitie x = a of (b of c en d)", "b of (c en d)")]
    public void MixingEnAndOfWithoutParenthesesIsAnErrorThatShowsTodaysReading(string source, string reading)
    {
        var mixed = Assert.Single(Parse(source).Diagnostics);
        Assert.Equal("ZI1008", mixed.Code);
        Assert.Contains($"'{reading}'", mixed.Message);
    }

    [Theory]
    [InlineData("definitie x = (a en b) of c")]
    [InlineData("definitie x = a en (b of c)")]
    [InlineData("definitie x = a en b en c")]
    [InlineData("definitie x = a of b of c")]
    [InlineData("definitie x = als a en b dan c of d")]
    public void EnAndOfWithParenthesesOrAloneAreAccepted(string source) => Assert.Empty(Parse(source).Diagnostics);

    [Fact]
    public void UnescapesTextAndKeepsSpansOnQuotes()
    {
        var tree = Parse("definitie x \"zegt \\\"ja\\\" \\\\ nee\" = 1");
        var definition = Assert.IsType<DefinitionDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        Assert.Equal("zegt \"ja\" \\ nee", definition.Description!.Value);
        Assert.Equal('"', tree.Text.Content[definition.Description.Span.Start]);
    }
}
