using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Publishing.Rendering;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>Every link inside a published document lands somewhere, and every anchor is there once.</summary>
public partial class AnchorTests
{
    [Theory]
    [MemberData(nameof(PublishedPolicies.Names), MemberType = typeof(PublishedPolicies))]
    public void Every_link_in_the_html_has_its_anchor_and_every_anchor_is_unique(string policy)
    {
        foreach (var html in new[] { HtmlRenderer.Render(PublishedPolicies.Document(policy)), HtmlRenderer.Render(PublishedPolicies.Document(policy, withCode: true)) })
        {
            var ids = Ids().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var links = Links().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.NotEmpty(links);
            var dangling = links.Where(l => !ids.Contains(l)).Distinct().ToList();
            Assert.True(dangling.Count == 0, $"{policy}: links without an anchor: {string.Join(", ", dangling)}");
        }
    }

    [Theory]
    [MemberData(nameof(PublishedPolicies.Names), MemberType = typeof(PublishedPolicies))]
    public void Every_link_in_the_markdown_has_its_anchor(string policy)
    {
        var markdown = MarkdownRenderer.Render(PublishedPolicies.Document(policy));
        var ids = MarkdownAnchors().Matches(markdown).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var links = MarkdownLinks().Matches(markdown).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();
        var dangling = links.Where(l => !ids.Contains(l)).Distinct().ToList();
        Assert.True(dangling.Count == 0, $"{policy}: links without an anchor: {string.Join(", ", dangling)}");
    }

    [Fact]
    public void Requirements_timeline_rows_addenda_and_amendments_have_their_scheme_anchor()
    {
        var html = HtmlRenderer.Render(PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg));
        var ids = Ids().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        // The anchors the issue, explanations and the language server's hover name.
        Assert.Contains(PolicyAnchors.Requirement("Huisartsgeneeskundig.bezetting"), ids);
        Assert.Contains("Huisartsgeneeskundig.bezetting", ids);
        Assert.Contains("ZorgverleningRho.keteninformatiesysteem.inzage", ids);
        Assert.Contains(PolicyAnchors.TimelineEntry("PlanningRho", "regioplan"), ids);
        Assert.Contains(PolicyAnchors.Declaration("PohGgz"), ids);
        Assert.Contains(PolicyAnchors.Amendment(new DateOnly(2025, 9, 1), 1), ids);
        Assert.Contains("VerkennendGesprekRho.samenwerkingsovereenkomst", ids); // added by the amendment of 1 september 2025
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex Links();

    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex MarkdownAnchors();

    [GeneratedRegex(@"\]\(#([^)\s]+)\)")]
    private static partial Regex MarkdownLinks();
}
