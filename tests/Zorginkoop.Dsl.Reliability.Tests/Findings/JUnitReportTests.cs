using System.Xml.Linq;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 16: <c>test --junit</c> crashed on a control character in a scenario title (XML 1.0 cannot hold
/// it) and left a truncated report behind. Control characters now appear as <c>\u0001</c> and the report is
/// written beside its name and renamed over it.
/// </summary>
public class JUnitReportTests
{
    [Fact]
    public void ControlCharactersInTitlesAndMessagesGiveAReportThatParsesAndShowsThem()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", """
            gegevens G als g { a: ja/nee }
            eisen A { eis x "Zin" g.a }
            scenario "bel\u0007 en escape\u001B[31m rood" {
                gegeven g { a: nee }
                verwacht A voldaan
            }

            """.Replace("\\u0007", "\u0007").Replace("\\u001B", "\u001B"));
        var report = folder.Write("uit/junit.xml", "<oud/>");

        var (exitCode, _, stderr) = CommandLine.RunProcess(folder.Path, "test", policy, "--junit", report);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("   at ", stderr);
        var testCase = Assert.Single(XDocument.Load(report).Descendants("testcase"));
        Assert.Equal("bel\\u0007 en escape\\u001B[31m rood", testCase.Attribute("name")!.Value);
        Assert.NotNull(testCase.Element("failure"));
        Assert.Equal(["junit.xml"], Directory.GetFiles(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
    }

    [Fact]
    public void AReportThatCannotBeWrittenLeavesThePreviousOneWhole()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x \"Zin\" g.a }\nscenario \"s\" {\n    gegeven g { a: ja }\n    verwacht A voldaan\n}\n");
        // A folder where the report should go: the rename cannot replace it, so nothing may be left half-written.
        var report = Directory.CreateDirectory(Path.Combine(folder.Path, "junit.xml")).FullName;
        File.WriteAllText(Path.Combine(report, "binnen"), "blijft");

        var (exitCode, _, stderr) = CommandLine.RunProcess(folder.Path, "test", policy, "--junit", report);

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9005", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("blijft", File.ReadAllText(Path.Combine(report, "binnen")));
        Assert.Equal(["beleid.zip", "junit.xml"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
    }
}
