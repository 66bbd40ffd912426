using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests.Parsing;

/// <summary>Issue 14 point 10: a long sentence written as adjacent texts is one text, joined by one space.</summary>
public class JoinedTextTests
{
    private static SyntaxTree Parse(string source) => PolicyParser.Parse(new SourceText("test.zip", source));

    private static RequirementSyntax OnlyRequirement(SyntaxTree tree) =>
        Assert.Single(Assert.IsType<RequirementSetDeclarationSyntax>(Assert.Single(tree.Root.Declarations)).Requirements);

    [Fact]
    public void Adjacent_texts_are_one_sentence_joined_by_one_space_and_spanning_every_piece()
    {
        const string source = """
            eisen Algemeen {
                eis wtza "De zorgaanbieder voldoet aan de Wet toetreding"
                         "zorgaanbieders (Wtza)."
                    aanbieder.wtza
            }
            """;
        var tree = Parse(source);

        Assert.Empty(tree.Diagnostics);
        var sentence = OnlyRequirement(tree).Sentence!;
        Assert.Equal("De zorgaanbieder voldoet aan de Wet toetreding zorgaanbieders (Wtza).", sentence.Value);
        Assert.Equal(source.IndexOf("\"De zorg", StringComparison.Ordinal), sentence.Span.Start);
        Assert.Equal(source.IndexOf("(Wtza).\"", StringComparison.Ordinal) + "(Wtza).\"".Length, sentence.Span.End);
    }

    [Fact]
    public void A_space_typed_at_the_join_is_not_doubled_and_is_reported_with_a_fix()
    {
        const string source = """
            eisen Algemeen {
                eis wtza "De zorgaanbieder voldoet aan de Wet "
                         " toetreding zorgaanbieders."
                    aanbieder.wtza
            }
            """;
        var tree = Parse(source);

        Assert.Equal("De zorgaanbieder voldoet aan de Wet toetreding zorgaanbieders.", OnlyRequirement(tree).Sentence!.Value);
        var warnings = tree.Diagnostics.Where(d => d.Code == "ZI1032").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.False(w.IsError));
        var fixedText = warnings.OrderByDescending(w => w.Edit!.Span.Start)
            .Aggregate(source, (text, w) => text.Remove(w.Edit!.Span.Start, w.Edit.Span.Length).Insert(w.Edit.Span.Start, w.Edit.NewText));
        var again = Parse(fixedText);
        Assert.Empty(again.Diagnostics);
        Assert.Equal("De zorgaanbieder voldoet aan de Wet toetreding zorgaanbieders.", OnlyRequirement(again).Sentence!.Value);
    }

    [Fact]
    public void A_piece_ending_in_a_line_break_joins_without_a_space_and_an_empty_piece_is_reported()
    {
        var tree = Parse("""
            eisen Algemeen {
                eis a "Eerste alinea.\n"
                      "Tweede alinea."
                      ""
                    aanbieder.a
            }
            """);

        Assert.Equal("Eerste alinea.\nTweede alinea.", OnlyRequirement(tree).Sentence!.Value);
        Assert.Equal("ZI1032", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void Every_sentence_position_joins_descriptions_reasons_exceptions_actions_and_text_values()
    {
        var tree = Parse("""
            gegevens Zorgaanbieder als aanbieder {
                wtza: ja/nee  "Voldoet aan de"
                              "Wtza"
            }
            definitie norm "1,0 fte per"
                           "3.000 patiënten" = 1
            eisen Set "Minimumeisen voor"
                      "alle zorgaanbieders"
                mag afwijken "Als wij niet aan onze"
                             "zorgplicht kunnen voldoen."
            {
                eis a "A" aanbieder.wtza
                    uitzondering "RHO's die in 2023"
                                 "gecontracteerd zijn" als aanbieder.wtza
            }
            addendum Poh "POH-"
                         "GGZ" {
            }
            tijdlijn Planning "Planning" {
                uiterlijk 1 juni 2025  VGZ  "Aanbieden"
                                            "offerteformat"  voor "een complete"
                                                                  "aanvraag"
            }
            wijziging 1 september 2025 "Inkoopproces"
                                       "verkennend gesprek" {
                reden: "De inkoopprocedure is"
                       "inmiddels vastgesteld."
            }
            """);

        Assert.Empty(tree.Diagnostics);
        var declarations = tree.Root.Declarations;
        Assert.Equal("Voldoet aan de Wtza", Assert.Single(((RecordDeclarationSyntax)declarations[0]).Fields).Description!.Value);
        Assert.Equal("1,0 fte per 3.000 patiënten", ((DefinitionDeclarationSyntax)declarations[1]).Description!.Value);
        var set = (RequirementSetDeclarationSyntax)declarations[2];
        Assert.Equal("Minimumeisen voor alle zorgaanbieders", set.Title!.Value);
        Assert.Equal("Als wij niet aan onze zorgplicht kunnen voldoen.", set.Discretion!.Reason!.Value);
        Assert.Equal("RHO's die in 2023 gecontracteerd zijn", Assert.Single(Assert.Single(set.Requirements).Exceptions).Description!.Value);
        Assert.Equal("POH- GGZ", ((AddendumDeclarationSyntax)declarations[3]).Title!.Value);
        var entry = Assert.IsType<TimelineEntrySyntax>(Assert.Single(((TimelineDeclarationSyntax)declarations[4]).Members));
        Assert.Equal("Aanbieden offerteformat", entry.Action.Value);
        Assert.Equal("een complete aanvraag", Assert.Single(entry.Clauses).Value);
        var amendment = (AmendmentDeclarationSyntax)declarations[5];
        Assert.Equal("Inkoopproces verkennend gesprek", amendment.Title.Value);
        Assert.Equal("De inkoopprocedure is inmiddels vastgesteld.", Assert.IsType<LiteralExpressionSyntax>(Assert.Single(amendment.Properties).Value).Text);
    }

    [Fact]
    public void A_party_text_and_the_action_after_it_stay_two_texts()
    {
        var tree = Parse("""
            tijdlijn Planning "Planning" {
                verzoek:  "Nieuwe praktijkeigenaar"
                          "Verzoek tot een zorgovereenkomst (het hele jaar)"  via "huisartsen@zorgenzekerheid.nl"
            }
            """);

        Assert.Empty(tree.Diagnostics);
        var entry = Assert.IsType<TimelineEntrySyntax>(Assert.Single(((TimelineDeclarationSyntax)Assert.Single(tree.Root.Declarations)).Members));
        Assert.Equal("Nieuwe praktijkeigenaar", Assert.Single(entry.Parties).Name);
        Assert.Equal("Verzoek tot een zorgovereenkomst (het hele jaar)", entry.Action.Value);
    }

    [Theory]
    [InlineData("definitie namen = [\"a\" \"b\"]")]
    [InlineData("scenario \"s\" { gegeven aanbieder { namen: [\"a\"\n \"b\"] } }")]
    public void Two_texts_without_a_separator_in_a_list_are_an_error_that_says_what_to_write(string source)
    {
        var tree = Parse(source);

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("ZI1033", error.Code);
        Assert.True(error.IsError);
        Assert.Contains("\"a b\"", error.Message);
        Assert.Contains("komma of ;", error.Message);
    }

    [Fact]
    public void A_joined_text_in_parentheses_or_texts_with_separators_are_fine_in_a_list()
    {
        var tree = Parse("definitie namen = [(\"a\" \"b\"), \"c\"; \"d\"]");

        Assert.Empty(tree.Diagnostics);
        var list = Assert.IsType<ListExpressionSyntax>(((DefinitionDeclarationSyntax)Assert.Single(tree.Root.Declarations)).Value);
        Assert.Equal(3, list.Items.Length);
    }
}
