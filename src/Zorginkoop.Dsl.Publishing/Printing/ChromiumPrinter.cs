using System.Diagnostics;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Publishing.Printing;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium (Debian's <c>chromium</c>): no PDF library, the browser's own
/// layout, page numbers from the style sheet's page margins, and the headings as the PDF's outline (bookmarks). The browser is found in ZORGINKOOP_CHROMIUM or on the
/// PATH; it gets its own empty profile each time, so a running browser of the user is never touched.
/// </summary>
public static class ChromiumPrinter
{
    public const string BrowserVariable = "ZORGINKOOP_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The browser to print with, or the ZI9501 diagnostic that says where it was looked for.</summary>
    public static (string? Browser, Diagnostic? Problem) Find()
    {
        if (Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? (configured, null) : (null, DiagnosticCatalog.BrowserNotFound($"{BrowserVariable}={configured}"));
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return (candidate, null);
                }
            }
        }

        return (null, DiagnosticCatalog.BrowserNotFound(string.Join(", ", Names) + " op het PATH"));
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>; null on success, else the ZI9502 diagnostic.</summary>
    public static Diagnostic? Print(string browser, string htmlPath, string pdfPath)
    {
        var profile = Directory.CreateTempSubdirectory("zorginkoop-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(profile.FullName, $"--print-to-pdf={Path.GetFullPath(pdfPath)}", "--no-pdf-header-footer", "--generate-pdf-document-outline"))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            File.Delete(pdfPath);
            using var process = Process.Start(start);
            if (process is null)
            {
                return DiagnosticCatalog.PrintFailed(browser, "het proces kon niet starten.");
            }

            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return DiagnosticCatalog.PrintFailed(browser, $"na {Timeout.TotalSeconds:0} seconden nog niet klaar; afgebroken.");
            }

            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                var detail = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
                return DiagnosticCatalog.PrintFailed(browser, $"afsluitcode {process.ExitCode}{(detail.Length > 0 ? ", " + detail : "")}.");
            }

            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return DiagnosticCatalog.PrintFailed(browser, e.Message);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile the browser still holds is left to the system's temporary folder.
            }
        }
    }

    /// <summary>
    /// The flags for one headless run: a fresh profile, no sandbox when running as root (as in CI containers, where
    /// Chromium refuses to start otherwise), no GPU, no first-run or network chatter.
    /// </summary>
    public static IEnumerable<string> Arguments(string profile, params string[] task)
    {
        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--no-default-browser-check";
        yield return "--disable-extensions";
        yield return "--disable-background-networking";
        yield return "--disable-dev-shm-usage";
        yield return $"--user-data-dir={profile}";
        if (Environment.UserName == "root")
        {
            yield return "--no-sandbox";
        }

        foreach (var argument in task)
        {
            yield return argument;
        }
    }
}
