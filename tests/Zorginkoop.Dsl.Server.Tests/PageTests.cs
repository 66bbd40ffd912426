using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>
/// The self-check page as files the server serves (the browser tests in Browser/ use it): the page at <c>/</c>, its
/// script and style from the server itself (no CDN: nothing named outside it), under a policy that allows nothing
/// else, and valid HTML.
/// </summary>
[Collection(RepositoryServerCollection.Name)]
public partial class PageTests(RepositoryServer server)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/pagina/zelfcontrole.js", "text/javascript")]
    [InlineData("/pagina/zelfcontrole.css", "text/css")]
    public async Task The_page_and_its_files_come_from_the_server(string path, string type)
    {
        var response = await server.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalAddress(), text);
    }

    [Fact]
    public async Task The_page_is_Dutch_and_names_its_own_script_and_style()
    {
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"pagina/zelfcontrole.js\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"pagina/zelfcontrole.css\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal); // no inline script: the policy would block it
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_file_is_not_found()
    {
        Assert.Equal(404, (int)(await server.Client.GetAsync("/pagina/onbekend.js")).StatusCode);
        Assert.Equal(404, (int)(await server.Client.GetAsync("/pagina/zelfcontrole.exe")).StatusCode);
    }

    [Fact]
    public async Task The_page_is_valid_HTML()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Write("zelfcontrole.html", await server.Client.GetStringAsync("/"));
        var tools = RepositoryPaths.Combine("tests", "publishing");
        var validator = Path.Combine(tools, "node_modules", "html-validate", "bin", "html-validate.mjs");
        Assert.True(File.Exists(validator), $"{validator} is missing; run: bash tests/publishing/install-browser.sh");
        var (exitCode, output, error) = ChildProcess.Run("node", [validator, "--config", Path.Combine(tools, ".htmlvalidate.json"), page], tools);
        Assert.True(exitCode == 0, $"html-validate found problems:\n{output}\n{error}");
    }

    /// <summary>An http(s) address other than the SVG or XML namespaces: something the page would load from elsewhere.</summary>
    [GeneratedRegex(@"https?://(?!www\.w3\.org/)")]
    private static partial Regex ExternalAddress();
}
