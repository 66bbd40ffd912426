using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary><c>zorginkoop publish</c> as a process: its outputs, the change table of --compare, and its errors.</summary>
public partial class PublishCommandTests
{
    private static readonly string Msz2026 = RepositoryPaths.Combine("policies", "vgz", "medisch-specialistische-zorg-2026.zip");
    private static readonly string Msz2027 = RepositoryPaths.Combine("policies", "vgz", "medisch-specialistische-zorg-2027.zip");

    [Fact]
    public void Compare_renders_the_change_table_rows_that_diff_finds()
    {
        var diff = Run("diff", Msz2026, Msz2027, "--to", "2026-12-01", "--format", "json");
        Assert.Equal(0, diff.ExitCode);
        var changes = JsonDocument.Parse(diff.Output).RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);

        var published = Run("publish", Msz2027, "--compare", Msz2026, "--on", "2026-12-01", "--format", "html");
        Assert.Equal(0, published.ExitCode);
        var table = ChangeTable().Match(published.Output);
        Assert.True(table.Success, "no change table in the page");
        var rows = Row().Matches(table.Groups[1].Value).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, ""))).ToList();
        Assert.Equal(changes.Count, rows.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            var path = changes[i].GetProperty("path").GetString()!;
            Assert.Contains(path, rows[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_and_markdown_go_to_the_output_folder_when_one_is_given()
    {
        using var folder = new TemporaryFolder();
        var html = Run("publish", Msz2027, "--on", "2026-12-01", "--output", folder.Path);
        var markdown = Run("publish", Msz2027, "--on", "2026-12-01", "--format", "markdown", "--output", folder.Path);

        Assert.Equal(0, html.ExitCode);
        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(folder.Path, "medisch-specialistische-zorg-2027.html")), StringComparison.Ordinal);
        Assert.StartsWith("# Inkoopbeleid Medisch Specialistische Zorg 2027", File.ReadAllText(Path.Combine(folder.Path, "medisch-specialistische-zorg-2027.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_without_chromium_is_a_clear_dutch_error()
    {
        using var folder = new TemporaryFolder();
        var result = Run(new Dictionary<string, string> { ["ZORGINKOOP_CHROMIUM"] = Path.Combine(folder.Path, "geen-chromium") },
            "publish", Msz2027, "--format", "pdf", "--output", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ZI9501: Voor --format pdf is Chromium nodig", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_browser_that_fails_to_print_is_reported_and_leaves_no_pdf()
    {
        using var folder = new TemporaryFolder();
        var result = Run(new Dictionary<string, string> { ["ZORGINKOOP_CHROMIUM"] = "/bin/false" },
            "publish", Msz2027, "--format", "pdf", "--output", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ZI9502: Chromium (/bin/false) heeft geen PDF gemaakt: afsluitcode 1", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "medisch-specialistische-zorg-2027.pdf")));
    }

    [Fact]
    public void A_policy_with_errors_is_not_published()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("fout.zip", "beleid \"Fout\" { looptijd: 2026 }\neisen E \"E\" { eis a \"A\" onbekend.veld }\n");
        var result = Run("publish", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fout.zip(2,", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(null, args);

    private static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, .. args], RepositoryPaths.Root, TimeSpan.FromMinutes(3), environment);

    [GeneratedRegex("<table class=\"overzicht\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex ChangeTable();

    [GeneratedRegex("<tr><td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
