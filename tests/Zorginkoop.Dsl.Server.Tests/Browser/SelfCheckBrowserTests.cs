using System.Text.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>
/// The self-check page in headless Chromium against the real server (Kestrel on loopback), for every example provider
/// in policies/vgz/voorbeelden/: a provider answering only the questions the page shows ends with the outcomes
/// <c>zorginkoop evaluate --format json</c> gives for all of the example's facts, and with every question answered the
/// page's JSON download is that very document. A screenshot of each run is kept in TestResults/server-page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SelfCheckBrowserTests(BrowserSession browser, ITestOutputHelper log)
{
    public static TheoryData<string> Examples() => EvaluateEqualsCommandLineTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Answering_the_questions_shown_gives_the_outcomes_of_the_command_line(string expectedFile)
    {
        var run = EvaluateEqualsCommandLineTests.Read(expectedFile);
        var root = RepositoryPaths.Combine("policies");
        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "evaluate", run.PolicyPath, "--facts", run.FactsPath, "--on", run.On, "--format", "json"], root);
        Assert.True(exitCode is 0 or 1, error);
        var expectedDocument = JsonNode.Parse(output)!;
        var expected = Outcomes(expectedDocument);
        var facts = JsonNode.Parse(File.ReadAllText(Path.Combine(root, run.FactsPath)))!.AsObject();

        var page = new SelfCheckPage(browser.Driver);
        page.Open(browser.Address, run.PolicyId);
        page.SetDate(run.On);

        // Only what the page asks: questions that no longer decide anything stay hidden and unanswered.
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var (neverShown, notOnForm) = page.AnswerShownQuestions(facts, answered);
        Assert.True(notOnForm.Count == 0, $"facts of {run.Name} without a question on the form: {string.Join(", ", notOnForm)}");
        page.Screenshot(Path.Combine(HeadlessChromium.Artifacts, run.Name + ".png"));
        Assert.Equal(expected, page.ShownOutcomes());
        log.WriteLine($"{run.Name}: {answered.Count} of {Leaves(facts)} facts asked; never shown: {string.Join(", ", neverShown)}");

        // Then everything: the page sends exactly the example's facts, so its download is the command line's document.
        page.ShowAllQuestions();
        var (left, _) = page.AnswerShownQuestions(facts, answered);
        Assert.True(left.Count == 0, $"facts of {run.Name} still unanswered with every question shown: {string.Join(", ", left)}");
        Assert.Equal(expected, page.ShownOutcomes());
        var downloaded = JsonNode.Parse(page.Download("download-json", browser.Downloads.Path))!;
        Assert.True(JsonNode.DeepEquals(expectedDocument, downloaded), $"the page's download differs from zorginkoop evaluate for {run.Name}:\n{downloaded}");
        Assert.True(neverShown.Count < Leaves(facts), $"{run.Name}: every question was hidden, so the page asked nothing");
    }

    private static int Leaves(JsonObject facts) => SelfCheckPage.Leaves(facts, "").Count();

    /// <summary>"set Name = onbekend" per requirement set and "Path = voldaan" per requirement, in document order.</summary>
    internal static List<string> Outcomes(JsonNode document)
    {
        var rows = new List<string>();
        void Requirement(JsonNode node)
        {
            rows.Add($"{node["path"]} = {node["outcomeText"]}");
            foreach (var child in node["children"]!.AsArray())
            {
                Requirement(child!);
            }
        }

        foreach (var set in document["requirementSets"]!.AsArray())
        {
            rows.Add($"set {set!["name"]} = {set["outcomeText"]}");
            foreach (var requirement in set["requirements"]!.AsArray())
            {
                Requirement(requirement!);
            }
        }

        return rows;
    }
}
