using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Reliability.Tests.Paths;

/// <summary>
/// A folder given to <c>check</c> with a symbolic-link loop, a named pipe called <c>*.zip</c> and a link out of the
/// folder (issue 15, point 11): the real command ends, checks the policies that are there and names each skipped
/// entry with a warning.
/// </summary>
public class FolderSearchTests
{
    [Fact]
    public void CheckOfAFolderWithALinkLoopAndAPipeEndsWithAWarningForEach()
    {
        using var folder = new HostileFolder();
        File.Delete(Path.Combine(folder.Root, "gedeeld", "terug.zip"));

        var (exitCode, output, error) = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "check", "."], folder.Root, TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("warning ZI9009: './lus' is overgeslagen", output);
        Assert.Contains("warning ZI9009: './pijp.zip' is overgeslagen", output);
        Assert.Contains("warning ZI9009: './naar-buiten.zip' is overgeslagen", output);
        Assert.Contains("warning ZI9009: './buiten-map' is overgeslagen", output);
        Assert.Contains("3 bestanden gecontroleerd: 0 fouten, 4 waarschuwingen.", output);
        Assert.DoesNotContain(HostileFolder.Secret, output + error);
    }

    [Fact]
    public void ALoopDeeperDownIsFoundAndEveryPolicyIsCheckedOnce()
    {
        using var folder = new HostileFolder();
        var deep = Path.Combine(folder.Root, "a", "b", "c");
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "diep.zip"), "keuze Diep { E }\n");
        Directory.CreateSymbolicLink(Path.Combine(deep, "omhoog"), "../..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "zijweg"), "a/b");

        var entries = Semantics.FileSystem.PolicyFolder.Search(folder.Root).ToList();

        var files = entries.Where(e => e.Skipped is null).Select(e => Path.GetRelativePath(folder.Root, e.Path)).ToList();
        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.Single(files, f => f.EndsWith("diep.zip", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Path.EndsWith("omhoog", StringComparison.Ordinal) && e.Skipped?.Code == "ZI9009");
        Assert.All(entries.Select(e => e.Skipped).OfType<Diagnostic>(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
