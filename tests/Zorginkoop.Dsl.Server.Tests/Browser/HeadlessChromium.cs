using OpenQA.Selenium.Chrome;
using Zorginkoop.Dsl.Publishing.Printing;

namespace Zorginkoop.Dsl.Server.Tests.Browser;

/// <summary>
/// Debian's chromium driven through Debian's chromium-driver (both from tests/publishing/install-browser.sh): the
/// driver is named explicitly, so Selenium never tries to fetch a browser or driver of its own. A missing one fails
/// the test with the install instruction rather than letting it pass unchecked.
/// </summary>
internal static class HeadlessChromium
{
    private const string Install = "run: bash tests/publishing/install-browser.sh (as root for apt-get; tests/run-all.sh does this)";

    public static ChromeDriver Start(string downloads)
    {
        var (browser, problem) = ChromiumPrinter.Find();
        Assert.True(browser is not null, $"{problem?.Message}\n{Install}");
        var driver = Driver();
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=nl-NL");
        if (Environment.UserName == "root")
        {
            options.AddArgument("--no-sandbox"); // Chromium refuses to start as root (CI containers) with its sandbox.
        }

        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var chrome = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        chrome.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?> { ["behavior"] = "allow", ["downloadPath"] = downloads });
        chrome.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        return chrome;
    }

    /// <summary>Where test artifacts (the screenshots of the self-check) are kept: TestResults/server-page at the root.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = RepositoryPaths.Combine("TestResults", "server-page");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Driver()
    {
        if (Environment.GetEnvironmentVariable("ZORGINKOOP_CHROMEDRIVER") is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), $"ZORGINKOOP_CHROMEDRIVER={configured} does not exist");
            return configured;
        }

        string[] folders = [.. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), "/usr/lib/chromium"];
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, "chromedriver");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"chromedriver (Debian's chromium-driver) is not on the PATH; {Install}");
        return "chromedriver";
    }
}
