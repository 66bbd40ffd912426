using System.Text.Json;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Publishing.Printing;
using Zorginkoop.Dsl.Publishing.Rendering;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules) in a real browser: headless Chromium loads the published page with axe added,
/// runs it, and writes the violations into the page, which --dump-dom hands back.
/// </summary>
public partial class AccessibilityTests
{
    [Theory]
    [InlineData(PublishedPolicies.Huisartsenzorg, false)]
    [InlineData("vgz/medisch-specialistische-zorg-2027.zip", true)]
    public void The_published_page_has_no_accessibility_violations(string policy, bool withCode)
    {
        using var folder = new TemporaryFolder();
        File.Copy(ExternalTools.AxeScript, Path.Combine(folder.Path, "axe.min.js"));
        var html = HtmlRenderer.Render(PublishedPolicies.Document(policy, withCode, withCode ? "vgz/medisch-specialistische-zorg-2026.zip" : null));
        const string Runner = """
            <script src="axe.min.js"></script>
            <script>
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }).then(function (result) {
              var out = document.createElement("pre");
              out.id = "axe-uitslag";
              out.textContent = JSON.stringify(result.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); }) }; }));
              document.body.appendChild(out);
            });
            </script>
            """;
        var page = folder.Write("pagina.html", html.Replace("</body>", Runner + "</body>", StringComparison.Ordinal));
        var profile = Path.Combine(folder.Path, "profiel");

        var (exitCode, output, error) = ChildProcess.Run(
            ExternalTools.Chromium,
            [.. ChromiumPrinter.Arguments(profile, "--virtual-time-budget=60000", "--dump-dom"), new Uri(page).AbsoluteUri],
            folder.Path,
            TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, error);
        var match = Result().Match(output);
        Assert.True(match.Success, "axe did not report (no #axe-uitslag in the page):\n" + error[..Math.Min(error.Length, 2000)]);
        var violations = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement;
        Assert.True(violations.GetArrayLength() == 0, "axe-core violations:\n" + violations);
    }

    [GeneratedRegex("<pre id=\"axe-uitslag\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Result();
}
