using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Configuration;

namespace Zorginkoop.Dsl.Reliability.Tests.Paths;

/// <summary>
/// Issue 15 point 7, the server's half: <c>zorginkoop serve</c> loads the policies of its folder with that folder as
/// the root of imports, so a <c>gebruik</c> out of it is refused as on the command line and in the editor, and the
/// link loop and the named pipe of the hostile folder are skipped with a warning (point 11) instead of blocking the load.
/// </summary>
public class ServedFolderImportTests
{
    [Theory]
    [InlineData("/etc/passwd", "ZI9006")]
    [InlineData("/proc/self/environ", "ZI9006")]
    [InlineData("../geheim.zip", "ZI9007")]
    [InlineData("naar-buiten.zip", "ZI9007")]
    [InlineData("buiten-map/geheim.zip", "ZI9007")]
    [InlineData("pijp.zip", "ZI9008")]
    public void TheServerRefusesAnImportOutOfItsFolderAsTheCommandLineDoes(string written, string code)
    {
        using var folder = new HostileFolder();
        folder.Write("hoofd.zip", $"gebruik \"{written}\"\n");

        using var catalog = new PolicyCatalog(new ServerOptions { Folder = folder.Root, Watch = false, Engine = Engine.Interpreter });

        var entry = catalog.Find("hoofd") ?? throw new InvalidOperationException("hoofd.zip is not served: " + string.Join("; ", catalog.Entries.Select(e => e.Id)));
        Assert.Null(entry.Served);
        var diagnostics = entry.Failure!.Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == code);
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(HostileFolder.Secret, StringComparison.Ordinal) || d.Message.Contains("'root", StringComparison.Ordinal));
        Assert.Contains(catalog.FolderProblems, d => d.Code == "ZI9009" && d.Message.Contains("lus", StringComparison.Ordinal));
        Assert.Contains(catalog.FolderProblems, d => d.Code == "ZI9009" && d.Message.Contains("pijp.zip", StringComparison.Ordinal));
        Assert.NotNull(catalog.Find("binnen")?.Served);
    }
}
