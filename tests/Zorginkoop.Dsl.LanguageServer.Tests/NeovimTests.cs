using System.Diagnostics;
using System.Text.Json;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>
/// The language server in a real Neovim (Debian's 0.7, headless), set up exactly as docs/language-server.md says
/// (<c>tests/editors/neovim/init.lua</c>, with <c>zorginkoop</c> on the PATH): the zip plugin does not swallow the
/// policy, the server attaches, a misspelled field shows as one error at its line, and fixing it in the buffer clears
/// it (incremental changes as Neovim sends them). A missing Neovim fails with the command that installs it.
/// </summary>
public class NeovimTests
{
    private const string Install = "run: bash tests/editors/install-editors.sh (as root for apt-get; tests/run-all.sh does this)";

    [Fact]
    public async Task TheDocumentedNeovimSetUpShowsAndClearsDiagnostics()
    {
        var nvim = FindOnPath("nvim");
        Assert.True(nvim is not null, $"nvim is not on the PATH; {Install}");

        using var policies = new PolicyCopy();
        var bin = Directory.CreateDirectory(Path.Combine(policies.Root, ".bin")).FullName;
        var wrapper = Path.Combine(bin, "zorginkoop");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "zorginkoop.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var text = File.ReadAllText(policies.Huisartsenzorg);
        var broken = text.Replace("aanbieder.fteHuisarts >= normFte", "aanbieder.fteHuisart >= normFte", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        File.WriteAllText(policies.Huisartsenzorg, broken);
        var brokenLine = Array.FindIndex(broken.Split('\n'), l => l.Contains("aanbieder.fteHuisart >= normFte", StringComparison.Ordinal));

        var report = Path.Combine(policies.Root, "neovim-report.json");
        var probe = Path.Combine(policies.Root, "probe.lua");
        File.WriteAllText(probe, ProbeScript);

        var start = new ProcessStartInfo(nvim!)
        {
            WorkingDirectory = policies.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "--headless", "-u", RepositoryPaths.Combine("tests", "editors", "neovim", "init.lua"), policies.Huisartsenzorg, "-c", $"luafile {probe}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["ZORGINKOOP_NEOVIM_REPORT"] = report;
        start.Environment["ZORGINKOOP_BROKEN_LINE"] = brokenLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Neovim did not finish in 3 minutes");
        }

        Assert.True(File.Exists(report), $"Neovim wrote no report; stderr: {await stderr}");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        Assert.Equal("zorginkoop", root.GetProperty("filetype").GetString());
        Assert.Equal(broken.Split('\n')[0], root.GetProperty("firstLine").GetString());
        Assert.True(root.GetProperty("attached").GetBoolean(), "the language server did not attach");
        var errors = root.GetProperty("before").EnumerateArray().Where(d => d.GetProperty("severity").GetInt32() == 1).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(brokenLine, error.GetProperty("lnum").GetInt32());
        Assert.Contains("fteHuisart", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(root.GetProperty("after").EnumerateArray(), d => d.GetProperty("severity").GetInt32() == 1);
    }

    /// <summary>
    /// Waits for the server's diagnostics on the opened policy, fixes the misspelled field in the buffer as a user
    /// would (an edit Neovim sends as an incremental change), waits for the errors to clear, writes what it saw.
    /// </summary>
    private const string ProbeScript = """
        local report = { filetype = vim.bo.filetype, firstLine = vim.api.nvim_buf_get_lines(0, 0, 1, false)[1] }
        local function errors()
          return vim.tbl_filter(function(d) return d.severity == 1 end, vim.diagnostic.get(0))
        end
        report.attached = vim.wait(60000, function() return #vim.lsp.buf_get_clients(0) > 0 end, 100)
        vim.wait(90000, function() return #errors() > 0 end, 100)
        report.before = vim.diagnostic.get(0)
        local line = tonumber(vim.env.ZORGINKOOP_BROKEN_LINE)
        local text = vim.api.nvim_buf_get_lines(0, line, line + 1, false)[1]
        local column = string.find(text, 'fteHuisart', 1, true)
        vim.api.nvim_buf_set_text(0, line, column - 1 + #'fteHuisart', line, column - 1 + #'fteHuisart', { 's' })
        vim.wait(60000, function() return #errors() == 0 end, 100)
        report.after = vim.diagnostic.get(0)
        local file = io.open(vim.env.ZORGINKOOP_NEOVIM_REPORT, 'w')
        file:write(vim.fn.json_encode(report))
        file:close()
        vim.cmd('qa!')
        """;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
