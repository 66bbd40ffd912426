using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Reliability.Tests.Paths;

/// <summary>
/// <c>gebruik</c> reads only inside the folder tree of the entry policy (issue 15, point 7): absolute paths, <c>../</c>
/// chains and links that lead out of it, and pipes or devices are refused before they are opened, so no
/// diagnostic ever shows what a file outside the folder contains.
/// </summary>
public class HostileImportTests
{
    private static readonly string[] Refusals = ["ZI9006", "ZI9007", "ZI9008", "ZI2004"];

    [Theory]
    [InlineData("/etc/passwd", "ZI9006")]
    [InlineData("/proc/self/environ", "ZI9006")]
    [InlineData("C:/Windows/win.ini", "ZI9006")]
    [InlineData("../../../../../../../../etc/passwd", "ZI9007")]
    [InlineData("../../../../../../../../proc/self/status", "ZI9007")]
    [InlineData("../geheim.zip", "ZI9007")]
    [InlineData("gedeeld/../../geheim.zip", "ZI9007")]
    [InlineData("naar-buiten.zip", "ZI9007")]
    [InlineData("buiten-map/geheim.zip", "ZI9007")]
    [InlineData("pijp.zip", "ZI9008")]
    public void AnImportOutOfThePolicyFolderIsRefusedWithoutReadingIt(string written, string code)
    {
        using var folder = new HostileFolder();
        var entry = folder.Write("hoofd.zip", $"gebruik \"{written}\"\n");

        var diagnostics = Compile(entry).Diagnostics;

        var refusal = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(entry, Path.GetFullPath(refusal.Location!.Path));
        Assert.Equal("1,9", refusal.Location.Start.ToDisplayString());
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(HostileFolder.Secret, StringComparison.Ordinal) || d.Message.Contains("'root'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("binnen.zip")]
    [InlineData("gedeeld/terug.zip")]
    [InlineData("binnen-link.zip")]
    [InlineData("lus/lus/gedeeld/algemeen.zip")]
    [InlineData("gedeeld/../binnen.zip")]
    public void AnImportInsideThePolicyFolderStillWorks(string written)
    {
        using var folder = new HostileFolder();
        var entry = folder.Write("hoofd.zip", $"gebruik \"{written}\"\n");

        var policy = Compile(entry);

        Assert.Empty(policy.Diagnostics);
        Assert.True(policy.Files.Length >= 2);
    }

    /// <summary>The generated class: whatever the path, either a file inside the folder is read or the import is refused, and the secret never shows.</summary>
    [Fact]
    public void NoGeneratedPathReadsAFileOutsideThePolicyFolder()
    {
        using var folder = new HostileFolder();
        var root = PhysicalPath.Resolve(folder.Root)!;
        int refused = 0, read = 0;
        foreach (var written in HostilePathGenerator.Paths(Settings.Seed, Settings.FuzzIterations(300)))
        {
            var entry = folder.Write("hoofd.zip", $"gebruik \"{written}\"\n");
            var policy = Compile(entry);
            var context = $"gebruik \"{written}\" (seed {Settings.Seed}):\n" + string.Join("\n", policy.Diagnostics);

            Assert.False(policy.Diagnostics.Any(d => d.Message.Contains(HostileFolder.Secret, StringComparison.Ordinal)), context);
            Assert.All(policy.Files, file => Assert.True(PhysicalPath.IsInside(PhysicalPath.Resolve(Path.GetFullPath(file.Text.Path)) ?? "?", root), context));
            if (written.StartsWith('/') || written.StartsWith("C:", StringComparison.Ordinal))
            {
                Assert.True(policy.Diagnostics.Any(d => d.Code == "ZI9006"), context);
            }

            if (policy.Files.Length > 1)
            {
                read++;
            }
            else
            {
                Assert.True(policy.Diagnostics.Any(d => Refusals.Contains(d.Code) || d.Code == "ZI2005"), context);
                refused++;
            }
        }

        // Both answers must occur, or the generator tests only one side.
        Assert.True(refused > 0 && read > 0, $"refused {refused}, read {read}");
    }

    [Fact]
    public void TheRootOptionWidensTheFolderAndCheckOfAFolderUsesThatFolder()
    {
        using var folder = new HostileFolder();
        var entry = folder.Write("sub/hoofd.zip", "gebruik \"../binnen.zip\"\n");

        var alone = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "check", entry], folder.Root);
        var withRoot = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "check", entry, "--root", folder.Root], folder.Root);
        var badRoot = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "check", entry, "--root", Path.Combine(folder.Root, "bestaat-niet")], folder.Root);

        Assert.Equal(1, alone.ExitCode);
        Assert.Contains("sub/hoofd.zip(1,9): error ZI9007:", alone.Output);
        Assert.Contains("--root", alone.Output);
        Assert.Equal(0, withRoot.ExitCode);
        Assert.NotEqual(0, badRoot.ExitCode);
        Assert.Contains("geen bestaande map", badRoot.Error + badRoot.Output);
    }

    private static CheckedPolicy Compile(string entry)
    {
        // A pipe that were opened would block for ever: fail instead of hanging the run.
        var compiling = Task.Run(() => PolicyCompilation.Compile(entry));
        Assert.True(compiling.Wait(TimeSpan.FromMinutes(1)), "the compilation did not end (a pipe opened?)");
        return compiling.Result;
    }
}
