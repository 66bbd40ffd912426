using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Semantics.Scenarios;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// The scenarios of one policy file as a test suite; <see cref="Errors"/> holds why the file could not run.
/// <see cref="Times"/> is how long each result took (same order), <see cref="Started"/> when the suite began.
/// </summary>
public sealed record TestSuiteReport(string File, IReadOnlyList<ScenarioResult> Results, IReadOnlyList<string> Errors, IReadOnlyList<TimeSpan>? Times = null, DateTimeOffset? Started = null)
{
    public TimeSpan Time => Times is null ? TimeSpan.Zero : Times.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
}

/// <summary>
/// Writes scenario results as JUnit XML, the format Jenkins, GitLab, Azure DevOps and GitHub test reporters read:
/// one testsuite per policy file, one testcase per scenario, a failure with expected, actual and why. Every suite and
/// case has <c>time</c> (seconds, invariant, three decimals) and each suite a <c>timestamp</c>; a suite's
/// <c>name</c> is its file relative to the current folder with <c>/</c> (<see cref="SuiteName"/>), the same on
/// every machine and run, so CI servers that track tests across runs by suite and case see the same tests.
/// </summary>
public static class JUnitWriter
{
    public static void Write(string path, IReadOnlyList<TestSuiteReport> suites)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        // Written beside the report and renamed over it, so a CI server never reads half a report, and a failed
        // run leaves the previous one whole. No byte order mark: some CI parsers reject it.
        AtomicFile.Write(path, stream =>
        {
            using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true });
            ToXml(suites).Save(writer);
        });
    }

    /// <summary>
    /// XML 1.0 cannot hold most control characters (not even as <c>&amp;#1;</c>), and a policy text may contain
    /// them: each becomes a visible <c>\uXXXX</c>, so the report stays readable XML and still shows what was there.
    /// </summary>
    public static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
            else
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }
        }

        return safe.ToString();
    }

    public static XDocument ToXml(IReadOnlyList<TestSuiteReport> suites)
    {
        var root = new XElement("testsuites",
            new XAttribute("name", "zorginkoop test"),
            new XAttribute("tests", suites.Sum(Tests)),
            new XAttribute("failures", suites.Sum(s => s.Results.Count(r => !r.Passed))),
            new XAttribute("errors", suites.Sum(s => s.Errors.Count > 0 ? 1 : 0)),
            new XAttribute("time", Seconds(suites.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time))));
        foreach (var suite in suites)
        {
            var className = Path.GetFileName(suite.File);
            var element = new XElement("testsuite",
                new XAttribute("name", SuiteName(suite.File)),
                new XAttribute("tests", Tests(suite)),
                new XAttribute("failures", suite.Results.Count(r => !r.Passed)),
                new XAttribute("errors", suite.Errors.Count > 0 ? 1 : 0),
                new XAttribute("time", Seconds(suite.Time)));
            if (suite.Started is { } started)
            {
                element.Add(new XAttribute("timestamp", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)));
            }

            if (suite.Errors.Count > 0)
            {
                element.Add(new XElement("testcase",
                    new XAttribute("name", "beleid controleren"),
                    new XAttribute("classname", className),
                    new XAttribute("file", suite.File),
                    new XAttribute("time", Seconds(TimeSpan.Zero)),
                    new XElement("error", new XAttribute("message", "het beleid bevat fouten"), string.Join("\n", suite.Errors))));
            }

            for (var i = 0; i < suite.Results.Count; i++)
            {
                var result = suite.Results[i];
                var testCase = new XElement("testcase",
                    new XAttribute("name", result.Scenario.Title),
                    new XAttribute("classname", className),
                    new XAttribute("time", Seconds(suite.Times is { } times && i < times.Count ? times[i] : TimeSpan.Zero)),
                    new XAttribute("file", result.Scenario.Location.Path),
                    new XAttribute("line", (result.Scenario.Location.Start.Line + 1).ToString(CultureInfo.InvariantCulture)));
                var failures = result.Expectations.Where(e => !e.Passed).ToList();
                if (failures.Count > 0)
                {
                    var message = string.Join("; ", failures.Select(f => $"{f.Expectation.Text}: werkelijk {f.Actual}"));
                    var details = string.Join("\n\n", failures.Select(f =>
                        $"{f.Expectation.Location.ToDisplayString()}: {f.Expectation.Text}\n- verwacht:  {f.Expected}\n+ werkelijk: {f.Actual}\n" + string.Join("\n", f.Explanation)));
                    testCase.Add(new XElement("failure", new XAttribute("message", message), new XAttribute("type", "ScenarioFailure"), details));
                }

                element.Add(testCase);
            }

            root.Add(element);
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes())
        {
            attribute.Value = XmlSafe(attribute.Value);
        }

        foreach (var text in root.DescendantNodes().OfType<XText>())
        {
            text.Value = XmlSafe(text.Value);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The suite's file relative to the current folder with '/', or as given when it lies outside it.</summary>
    public static string SuiteName(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative).Replace('\\', '/');
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static int Tests(TestSuiteReport suite) => suite.Results.Count + (suite.Errors.Count > 0 ? 1 : 0);
}
