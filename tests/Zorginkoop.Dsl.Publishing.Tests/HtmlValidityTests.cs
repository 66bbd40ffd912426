using Zorginkoop.Dsl.Publishing.Rendering;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>The published HTML is valid HTML by html-validate (tests/publishing/.htmlvalidate.json): every real policy, the "beleid en code" view with a change table, and a policy full of markup.</summary>
public class HtmlValidityTests
{
    [Fact]
    public void Every_published_page_is_valid_html()
    {
        using var folder = new TemporaryFolder();
        var files = PublishedPolicies.All()
            .Select(p => folder.Write(PublishedPolicies.BaselineName(p) + ".html", HtmlRenderer.Render(PublishedPolicies.Document(p))))
            .Append(folder.Write("beleid-en-code.html", HtmlRenderer.Render(PublishedPolicies.Document("vgz/medisch-specialistische-zorg-2027.zip", withCode: true, compareWith: "vgz/medisch-specialistische-zorg-2026.zip"))))
            .Append(folder.Write("kwaad.html", HtmlRenderer.Render(EscapingTests.Hostile(folder))))
            .ToList();

        var (exitCode, output, error) = ChildProcess.Run(
            "node", [ExternalTools.HtmlValidate, "--config", Path.Combine(ExternalTools.ToolsFolder, ".htmlvalidate.json"), .. files], ExternalTools.ToolsFolder);

        Assert.True(exitCode == 0, $"html-validate found problems:\n{output}\n{error}");
        Assert.True(files.Count >= 8);
    }
}
