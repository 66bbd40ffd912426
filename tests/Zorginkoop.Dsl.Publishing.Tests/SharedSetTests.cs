using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Publishing.Rendering;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The seed's Bijlage 2 prints "Minimeisen voor alle zorgaanbieders" as one list; the policy writes it as a shared
/// set from algemene-minimumeisen.zip completed by a set of its own with the same title. The document prints them
/// as one section, the shared part first, and keeps the shared set's anchor.
/// </summary>
public partial class SharedSetTests
{
    private const string Title = "Minimeisen voor alle zorgaanbieders";

    [Fact]
    public void A_shared_set_completed_under_the_same_title_is_one_section_with_the_shared_part_first()
    {
        var document = PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg);

        var section = Assert.Single(document.RequirementSets, s => s.Title == Title);
        Assert.Equal(PolicyAnchors.Declaration("AlleZorgaanbieders"), section.Anchor);
        var part = Assert.Single(section.SharedParts);
        Assert.Equal(PolicyAnchors.Declaration("AlgemeneMinimumeisen"), part.Anchor);
        Assert.Equal("algemene-minimumeisen.zip", part.SourceFile);
        Assert.DoesNotContain(section.Includes, l => l.Anchor == part.Anchor);
        Assert.Contains(part.Requirements.AllRequirements, r => r.Path == "AlgemeneMinimumeisen.wtza");
    }

    [Fact]
    public void The_html_lists_the_shared_requirements_before_the_policys_own_under_one_heading_and_keeps_both_anchors()
    {
        var html = HtmlRenderer.Render(PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg));

        Assert.Single(Headings().Matches(html), m => WebUtility.HtmlDecode(m.Groups[1].Value) == Title);
        var ids = Ids().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var shared = ids.IndexOf(PolicyAnchors.Declaration("AlgemeneMinimumeisen"));
        var own = ids.IndexOf(PolicyAnchors.Declaration("AlleZorgaanbieders"));
        Assert.True(own >= 0 && shared > own, "the shared part sits inside the policy's own section");
        Assert.True(ids.IndexOf(PolicyAnchors.Requirement("AlgemeneMinimumeisen.wtza")) < ids.IndexOf(PolicyAnchors.Requirement("AlleZorgaanbieders.medewerkingOnderzoek")));
    }

    [Fact]
    public void The_markdown_has_one_heading_for_the_list_and_the_shared_anchor()
    {
        var markdown = MarkdownRenderer.Render(PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg));

        Assert.Single(markdown.Split('\n'), l => l.StartsWith('#') && l.EndsWith(" " + Title, StringComparison.Ordinal));
        Assert.Contains($"<a id=\"{PolicyAnchors.Declaration("AlgemeneMinimumeisen")}\"></a>", markdown, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h\\d[^>]*>([^<]+)</h\\d>")]
    private static partial Regex Headings();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Ids();
}
