using System.Text.Json;
using OpenQA.Selenium;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>
/// What the page offers beside the outcome, in the real browser: no axe-core violations (WCAG 2.1 A and AA) with a
/// form and an outcome on screen, every question labelled, the outcome alone when printed, and the planning of a
/// party with its .ics download.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SelfCheckPageTests(BrowserSession browser)
{
    private const string Policy = "vgz.huisartsenzorg-2026-2027";

    [Fact]
    public void The_page_has_no_accessibility_violations_and_labels_every_question()
    {
        var page = OpenWithAnAnswer();
        var axe = File.ReadAllText(Path.Combine(RepositoryPaths.Combine("tests", "publishing", "node_modules", "axe-core"), "axe.min.js"));
        var script = (IJavaScriptExecutor)browser.Driver;
        script.ExecuteScript(axe);
        var violations = (string)script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
              .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")) })))),
                    e => done("fout: " + e));
            """)!;
        Assert.True(violations == "[]", "axe-core violations:\n" + violations);

        // Every control has a name a screen reader says: a <label for>, or the legend of its group.
        var unlabelled = (string)script.ExecuteScript("""
            const bad = [];
            for (const c of document.querySelectorAll('input, select')) {
              const named = c.labels && c.labels.length > 0 && c.labels[0].textContent.trim() !== '';
              if (!named) bad.push(c.id || c.name);
            }
            return bad.join(', ');
            """)!;
        Assert.True(unlabelled == "", "controls without a label: " + unlabelled);
        Assert.Equal("polite", browser.Driver.FindElement(By.Id("samenvatting")).GetAttribute("aria-live"));
    }

    [Fact]
    public void Printed_the_page_shows_the_outcome_and_not_the_form()
    {
        OpenWithAnAnswer();
        browser.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Assert.False(browser.Driver.FindElement(By.Id("formulier")).Displayed);
            Assert.False(browser.Driver.FindElement(By.Id("afdrukken")).Displayed);
            Assert.True(browser.Driver.FindElement(By.CssSelector("#uitslag article.eisenset")).Displayed);
        }
        finally
        {
            browser.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        }
    }

    [Fact]
    public void The_planning_of_a_party_is_an_agenda_with_an_ics_download()
    {
        var page = OpenWithAnAnswer();
        page.SetDate("2025-06-01");
        var party = browser.Driver.FindElement(By.Id("partij"));
        party.FindElement(By.CssSelector("option[value=\"Huisartsenpraktijken\"]")).Click();
        new OpenQA.Selenium.Support.UI.WebDriverWait(browser.Driver, TimeSpan.FromSeconds(30))
            .Until(d => d.FindElements(By.CssSelector("#agenda table tbody tr")).Count > 0);
        var rows = browser.Driver.FindElements(By.CssSelector("#agenda table tbody tr"));
        Assert.Contains(rows, r => r.Text.Contains("Accepteren zorgovereenkomst", StringComparison.Ordinal));

        var calendar = page.Download("download-ics", browser.Downloads.Path);
        var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal); // RFC 5545 folds long lines
        Assert.StartsWith("BEGIN:VCALENDAR", unfolded, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", unfolded, StringComparison.Ordinal);
        Assert.Contains("PlanningHuisartsgeneeskundig.acceptatie", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_contract_shows_only_its_requirements()
    {
        var page = OpenWithAnAnswer();
        browser.Driver.FindElement(By.CssSelector("#eisen option[value=\"Huisartsgeneeskundig\"]")).Click();
        page.WaitSettled();
        var sets = browser.Driver.FindElements(By.CssSelector("#uitslag article.eisenset")).Select(a => a.GetAttribute("data-set")).ToList();
        Assert.Equal(["Huisartsgeneeskundig"], sets);
        Assert.All(page.ShownOutcomes().Skip(1), row => Assert.StartsWith("Huisartsgeneeskundig.", row, StringComparison.Ordinal));
    }

    private SelfCheckPage OpenWithAnAnswer()
    {
        var page = new SelfCheckPage(browser.Driver);
        page.Open(browser.Address, Policy);
        page.SetDate("2026-01-01");
        browser.Driver.FindElement(By.CssSelector("#f-soort option[value=\"Huisartsenpraktijk\"]")).Click();
        page.WaitSettled();
        return page;
    }
}
