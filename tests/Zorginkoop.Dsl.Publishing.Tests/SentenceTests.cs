using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Publishing.Rendering;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The document says what the policy says: each requirement of the policy appears once in the HTML, under its own
/// anchor, with exactly its own sentence; and no requirement appears that the policy does not have.
/// </summary>
public partial class SentenceTests
{
    [Theory]
    [MemberData(nameof(PublishedPolicies.Names), MemberType = typeof(PublishedPolicies))]
    public void Each_requirement_sentence_in_the_document_is_the_policys_one_for_one(string policy)
    {
        var checkedPolicy = PublishedPolicies.Compile(policy);
        var expected = PublishedPolicies.Requirements(checkedPolicy)
            .Select(r => $"{r.Path} | {r.Sentence ?? "(zonder zin)"}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var html = HtmlRenderer.Render(PublishedPolicies.Document(policy));
        var actual = Requirement().Matches(html)
            .Select(m => $"{WebUtility.HtmlDecode(m.Groups["path"].Value)} | {(m.Groups["none"].Success ? "(zonder zin)" : WebUtility.HtmlDecode(m.Groups["sentence"].Value))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_annex_keeps_the_sources_numbering_and_nesting()
    {
        var document = PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg);
        var rho = document.RequirementSets.Single(s => s.Anchor == "ZorgverleningRho");
        Assert.True(rho.Requirements.Numbered);
        Assert.Equal(Enumerable.Range(1, 16).Cast<int?>(), rho.Requirements.Items.Select(i => i.Number));

        // Item 4 of the source is one item of three sentences; item 8 lists the chain information system's eight demands.
        Assert.Equal(["ZorgverleningRho.omvang", "ZorgverleningRho.regio", "ZorgverleningRho.mandaat"], rho.Requirements.Items[3].Requirements.Select(r => r.Path));
        Assert.Equal(8, rho.Requirements.Items[7].Requirements.Single().Children.Items.Length);

        // The GP list is bulleted; its first requirement's sentence is split by the author into four checks, which the
        // source prints as one bullet.
        var gp = document.RequirementSets.Single(s => s.Anchor == "Huisartsgeneeskundig");
        Assert.False(gp.Requirements.Numbered);
        Assert.Equal(10, gp.Requirements.Items.Length);
        var responsibility = gp.Requirements.Items.Single(i => i.Requirements[0].Path == "Huisartsgeneeskundig.eindverantwoordelijkheid").Requirements[0];
        Assert.Equal(4, responsibility.Parts.Length);
        Assert.True(responsibility.Children.IsEmpty);
    }

    [Fact]
    public void Addenda_name_their_contract_and_their_start_date_in_words()
    {
        var document = PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg);
        var gp = document.RequirementSets.Single(s => s.Anchor == "Huisartsgeneeskundig");
        var poh = gp.Addenda.Single(a => a.Anchor == "PohGgz");
        Assert.Equal("Huisartsgeneeskundig", poh.RequiredContracts.Single().Anchor);
        Assert.Equal("De ingangsdatum is de eerste dag van het eerstvolgende kwartaal na de aanvraagdatum.", poh.StartDateRule);
    }

    [GeneratedRegex("<div class=\"eis[^\"]*\" id=\"[^\"]+\" data-eis=\"(?<path>[^\"]+)\">\n(?:<p class=\"zin\">(?<sentence>[^<]*)</p>|(?<none><p class=\"zin zonder-zin\">))")]
    private static partial Regex Requirement();
}
