using Zorginkoop.Dsl.Publishing.Printing;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The programs the document is checked with outside .NET: html-validate and axe-core from tests/publishing
/// (npm ci), Debian's chromium and poppler-utils. tests/publishing/install-browser.sh installs all of them and
/// tests/run-all.sh runs it first; a test that misses one fails with that instruction rather than passing unchecked.
/// </summary>
internal static class ExternalTools
{
    private const string Install = "run: bash tests/publishing/install-browser.sh (as root for apt-get; tests/run-all.sh does this)";

    public static string ToolsFolder => RepositoryPaths.Combine("tests", "publishing");

    public static string HtmlValidate => Require(Path.Combine(ToolsFolder, "node_modules", "html-validate", "bin", "html-validate.mjs"));

    public static string AxeScript => Require(Path.Combine(ToolsFolder, "node_modules", "axe-core", "axe.min.js"));

    public static string Chromium
    {
        get
        {
            var (browser, problem) = ChromiumPrinter.Find();
            Assert.True(browser is not null, $"{problem?.Message}\n{Install}");
            return browser!;
        }
    }

    public static string Poppler(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, program)))
            {
                return Path.Combine(folder, program);
            }
        }

        Assert.Fail($"{program} (poppler-utils) is not on the PATH; {Install}");
        return program;
    }

    /// <summary>Where test artifacts (the screenshots of the first pages) are kept: TestResults/publishing at the root.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = RepositoryPaths.Combine("TestResults", "publishing");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Require(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing; {Install}");
        return path;
    }
}
