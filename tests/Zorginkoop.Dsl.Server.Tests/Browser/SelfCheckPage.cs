using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>
/// The self-check page as a provider uses it, through the browser: choose a policy, set the date, answer the questions
/// the page shows (clicking yes/no, choosing options, typing numbers and texts, adding list items), and read the
/// outcomes it shows. Only dates are set by script: typing into Chromium's date picker depends on the browser's locale.
/// </summary>
internal sealed partial class SelfCheckPage(ChromeDriver driver)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private IJavaScriptExecutor Script => driver;

    public void Open(Uri server, string policyId)
    {
        driver.Navigate().GoToUrl(new Uri(server, "?beleid=" + Uri.EscapeDataString(policyId)));
        WaitSettled();
        Assert.Equal(policyId, Script.ExecuteScript("return document.getElementById('beleid').value;"));
    }

    /// <summary>Waits until no policy or question list is loading and the last answer has been evaluated and shown.</summary>
    public void WaitSettled()
    {
        new WebDriverWait(driver, Patience).Until(_ => (bool)Script.ExecuteScript("""
            const r = document.getElementById('uitslag');
            return r.dataset.laden === '0' && r.dataset.aangevraagd !== '0' && r.dataset.getoond === r.dataset.aangevraagd;
            """)!);
        var error = driver.FindElement(By.Id("uitslag-fout"));
        Assert.False(error.Displayed, "the page shows an error: " + error.Text);
    }

    public void SetDate(string date)
    {
        Script.ExecuteScript("const d = document.getElementById('peildatum'); d.value = arguments[0]; d.dispatchEvent(new Event('change', { bubbles: true }));", date);
        WaitSettled();
    }

    public void ShowAllQuestions()
    {
        var all = driver.FindElement(By.Id("alle-vragen"));
        if (!all.Selected)
        {
            all.Click();
        }
    }

    /// <summary>
    /// Answers every fact of <paramref name="facts"/> whose question the page shows, one at a time, waiting for the
    /// evaluation after each, and again as answers reveal new questions, until no shown question is left.
    /// </summary>
    /// <returns>The facts whose question never showed (they decided nothing), and those the form has no question for.</returns>
    public (List<string> NeverShown, List<string> NotOnForm) AnswerShownQuestions(JsonObject facts, ISet<string> answered)
    {
        var notOnForm = new List<string>();
        bool progress;
        do
        {
            progress = false;
            notOnForm.Clear();
            foreach (var (path, value) in Leaves(facts, ""))
            {
                if (answered.Contains(path))
                {
                    continue;
                }

                if (Find(path) is not { } element)
                {
                    notOnForm.Add(path);
                    continue;
                }

                if (!element.Displayed)
                {
                    continue;
                }

                Answer(path, value!, element);
                WaitSettled();
                answered.Add(path);
                progress = true;
            }
        }
        while (progress);

        var neverShown = Leaves(facts, "").Select(l => l.Path).Where(p => !answered.Contains(p) && !notOnForm.Contains(p)).ToList();
        return (neverShown, notOnForm);
    }

    /// <summary>Every outcome the page shows, in its order: "set Name = …" per requirement set, "path = …" per requirement.</summary>
    public List<string> ShownOutcomes()
    {
        var json = (string)Script.ExecuteScript("""
            const rows = [];
            for (const node of document.querySelectorAll('#uitslag article.eisenset, #uitslag li.eis')) {
              const badge = node.matches('article') ? node.querySelector(':scope > header > .uitkomst') : node.querySelector(':scope > .uitkomst');
              rows.push(node.matches('article') ? 'set ' + node.dataset.set + ' = ' + badge.innerText : node.dataset.path + ' = ' + badge.innerText);
            }
            return JSON.stringify(rows);
            """)!;
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    /// <summary>Clicks a download link of the page and returns the file the browser saved, by the name the page gave it.</summary>
    public string Download(string linkId, string folder)
    {
        var link = driver.FindElement(By.Id(linkId));
        var name = link.GetAttribute("download");
        Assert.False(string.IsNullOrEmpty(name), $"#{linkId} names no file to save");
        var path = Path.Combine(folder, name!);
        File.Delete(path);
        link.Click();
        new WebDriverWait(driver, Patience).Until(_ => File.Exists(path) && !File.Exists(path + ".crdownload") && new FileInfo(path).Length > 0);
        return File.ReadAllText(path);
    }

    /// <summary>The top of the page (choice, first questions, the outcome's summary), as a provider first sees it.</summary>
    public void Screenshot(string path)
    {
        Script.ExecuteScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        driver.GetScreenshot().SaveAsFile(path);
    }

    /// <summary>The facts as the form asks them: a record's fields one by one, a list (of anything) as one answer.</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonObject record, string prefix)
    {
        foreach (var (name, value) in record)
        {
            var path = prefix + name;
            if (value is JsonObject inner)
            {
                foreach (var leaf in Leaves(inner, path + "."))
                {
                    yield return leaf;
                }
            }
            else if (value is not null)
            {
                yield return (path, value);
            }
        }
    }

    /// <summary>The page's id of a question (zelfcontrole.js idOf): f-, list positions as -n, other punctuation as -.</summary>
    public static string IdOf(string path) => "f-" + Punctuation().Replace(Position().Replace(path, "-$1"), "-");

    private IWebElement? Find(string path)
    {
        var found = driver.FindElements(By.Id(IdOf(path)));
        return found.Count == 0 ? null : found[0];
    }

    private void Answer(string path, JsonNode value, IWebElement element)
    {
        var id = IdOf(path);
        switch (value)
        {
            case JsonArray items when driver.FindElements(By.Id(id + "-toevoegen")).Count > 0:
                AnswerList(path, items);
                break;
            case JsonArray chosen:
                if (chosen.Count == 0)
                {
                    driver.FindElement(By.Id(id + "-geen")).Click();
                }

                foreach (var choice in chosen)
                {
                    element.FindElement(By.CssSelector($"input[type=checkbox][value=\"{choice!.GetValue<string>()}\"]")).Click();
                }

                break;
            case JsonObject record:
                foreach (var (name, field) in record)
                {
                    if (field is not null)
                    {
                        Answer($"{path}.{name}", field, Find($"{path}.{name}")!);
                    }
                }

                break;
            case JsonValue yesNo when yesNo.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                driver.FindElement(By.Id(id + (yesNo.GetValue<bool>() ? "-ja" : "-nee"))).Click();
                break;
            default:
                Type(element, value);
                break;
        }
    }

    private void AnswerList(string path, JsonArray items)
    {
        var id = IdOf(path);
        if (items.Count == 0)
        {
            driver.FindElement(By.Id(id + "-geen")).Click();
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            driver.FindElement(By.Id(id + "-toevoegen")).Click();
            var itemPath = $"{path}[{i}]";
            if (items[i] is JsonObject record)
            {
                foreach (var (leaf, value) in Leaves(record, itemPath + "."))
                {
                    Answer(leaf, value!, Find(leaf) ?? throw new Xunit.Sdk.XunitException($"no question {leaf} in the list {path}"));
                }
            }
            else if (items[i] is { } scalar)
            {
                Answer(itemPath, scalar, Find(itemPath) ?? throw new Xunit.Sdk.XunitException($"no question {itemPath}"));
            }
        }
    }

    private void Type(IWebElement element, JsonNode value)
    {
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        if (element.TagName == "select")
        {
            element.FindElement(By.CssSelector($"option[value=\"{text}\"]")).Click();
            return;
        }

        var type = element.GetAttribute("type");
        if (type is "date" or "datetime-local")
        {
            Script.ExecuteScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", element, text);
            return;
        }

        element.Clear();
        element.SendKeys(type == "number" ? decimal.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : text);
        element.SendKeys(Keys.Tab); // leaving the field commits it, as a person does
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Position();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Punctuation();
}
