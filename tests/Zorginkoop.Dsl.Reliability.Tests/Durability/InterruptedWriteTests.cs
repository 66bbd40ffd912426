using System.Diagnostics;
using System.Text;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.FileSystem;

namespace Zorginkoop.Dsl.Reliability.Tests.Durability;

/// <summary>
/// Issue 15 point 17, as a user meets it: the real zorginkoop process killed or terminated in the middle of a
/// write (held there by the test hook <see cref="AtomicFile.PauseBeforeRenameVariable"/>), and format on a
/// symbolic link or a private file. A kill between build's two renames leaves the old assembly beside a .pdb that
/// is not its own, which the reader refuses and the next build replaces; a terminated run leaves no temporary;
/// format formats the file a link points at and keeps its permissions.
/// </summary>
public class InterruptedWriteTests
{
    private const string Version1 = "gegevens G als aanbieder { n: aantal }\neisen A { eis x aanbieder.n >= 10 }\n";
    private const string Version2 = "gegevens G als aanbieder { n: aantal }\neisen A { eis x aanbieder.n >= 20 }\n";
    private const string Messy = "gegevens G als aanbieder { n: aantal }\neisen A {\n      eis x aanbieder.n >= 10 }\n";

    [Fact]
    public void ABuildKilledBetweenItsRenamesLeavesTheOldAssemblyWhichRefusesTheNewPdbAndTheNextBuildRepairsThePair()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Version1);
        var output = Path.Combine(folder.Path, "uit");
        Assert.Equal(0, CommandLine.Run("build", policy, "--output", output).ExitCode);
        var dll = Assert.Single(Directory.GetFiles(output, "*.dll"));
        var pdb = Path.ChangeExtension(dll, ".pdb");
        var (oldDll, oldPdb) = (File.ReadAllBytes(dll), File.ReadAllBytes(pdb));
        File.WriteAllText(policy, Version2);

        // The .pdb is renamed first; the process is killed while it waits (five seconds) before renaming the .dll.
        using (var build = PausedWrite.Start(folder.Path, pauseMilliseconds: 5000, "build", policy, "--output", output))
        {
            PausedWrite.WaitUntil(build, () => !File.ReadAllBytes(pdb).SequenceEqual(oldPdb));
            build.Kill();
            build.WaitForExit();
        }

        Assert.Equal(oldDll, File.ReadAllBytes(dll));
        Assert.False(DebugSymbols.Match(File.ReadAllBytes(dll), File.ReadAllBytes(pdb)));
        // The .xml's and the .dll's temporaries are left; the next build replaces them.
        Assert.Equal(2, Directory.GetFiles(output, ".*.tmp").Length);
        Assert.Equal(Outcome.Satisfied, CheckFifteen(dll));

        Assert.Equal(0, CommandLine.Run("build", policy, "--output", output).ExitCode);

        Assert.True(DebugSymbols.Match(File.ReadAllBytes(dll), File.ReadAllBytes(pdb)));
        Assert.Equal(Outcome.NotSatisfied, CheckFifteen(dll));
        Assert.Empty(Directory.GetFiles(output, ".*.tmp"));
    }

    [Theory]
    [InlineData("format")]
    [InlineData("build")]
    [InlineData("batch")]
    public void ARunTerminatedWhileWritingLeavesTheOldFilesAndNoTemporary(string command)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Messy);
        var output = Path.Combine(folder.Path, "uit");
        Directory.CreateDirectory(output);
        var facts = folder.Write("feiten.jsonl", "{\"n\": 5}\n{\"n\": 50}\n");
        var results = folder.Write(Path.Combine("uit", "resultaten.jsonl"), "vorige resultaten\n");
        string[] arguments = command switch
        {
            "format" => ["format", policy],
            "build" => ["build", policy, "--output", output],
            _ => ["evaluate", policy, "--facts", facts, "--output", results],
        };
        var before = Snapshot(folder.Path);

        using (var run = PausedWrite.Start(folder.Path, pauseMilliseconds: 60_000, arguments))
        {
            // Every temporary is written (build has three: .pdb, .xml, .dll) and the process waits before its first rename.
            PausedWrite.WaitUntil(run, () => Directory.GetFiles(folder.Path, ".*.tmp", SearchOption.AllDirectories).Length == (command == "build" ? 3 : 1));
            Terminate(run);
        }

        Assert.Empty(Directory.GetFiles(folder.Path, ".*.tmp", SearchOption.AllDirectories));
        var after = Snapshot(folder.Path);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.SequenceEqual(after[file]), $"{file} veranderde");
        }
    }

    [Fact]
    public void FormatThroughASymbolicLinkFormatsThePolicyAndKeepsTheLinkAndThePermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // file modes and links as tested here are Unix ones; CI runs on Linux
        }

        using var folder = new TemporaryFolder();
        var policy = folder.Write(Path.Combine("echt", "beleid.zip"), Messy);
        TemporaryFolder.SetMode(policy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(folder.Path, "koppeling.zip");
        File.CreateSymbolicLink(link, Path.Combine("echt", "beleid.zip"));

        var (exitCode, text, error) = CommandLine.Run("format", link);

        Assert.True(exitCode == 0, text + error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Formatting.PolicyFormatter.Format(new Syntax.Text.SourceText(policy, Messy)).Text, File.ReadAllText(policy));
        Assert.NotEqual(Messy, File.ReadAllText(policy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(policy));
        Assert.Empty(Directory.GetFiles(folder.Path, ".*.tmp", SearchOption.AllDirectories));
    }

    private static Outcome CheckFifteen(string dll)
    {
        var loaded = PolicyBuilder.LoadFromFile(dll).Evaluator;
        var (facts, _) = FactReader.Parse("""{ "n": 15 }""", loaded.SubjectSchema!, "feiten");
        return loaded.Check("A", facts!);
    }


    /// <summary>SIGTERM, as a service manager or a CI runner ends a job.</summary>
    private static void Terminate(Process process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "zorginkoop stopte niet op SIGTERM");
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
