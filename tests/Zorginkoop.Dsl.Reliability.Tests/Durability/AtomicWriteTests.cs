using Zorginkoop.Dsl.Cli.Commands;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Fuzzing;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Reliability.Tests.Durability;

/// <summary>
/// Nothing lost: a build or a format that dies while writing leaves the previous assembly (with its own .pdb) or
/// the previous policy text byte for byte, and no temporary file behind. The write is made to fail halfway through
/// a real file, the way a full disk or a killed process would.
/// </summary>
public class AtomicWriteTests
{
    private const string Version1 = "gegevens G als aanbieder { n: aantal }\neisen A { eis x aanbieder.n >= 10 }\n";
    private const string Version2 = "gegevens G als aanbieder { n: aantal }\neisen A { eis x aanbieder.n >= 20 }\n";

    [Theory]
    [InlineData(".dll")]
    [InlineData(".pdb")]
    public void ABuildThatDiesWhileWritingLeavesThePreviousAssemblyIntact(string failingFile)
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", Version1);
        var output = Path.Combine(folder.Path, "uit");
        Assert.Equal(0, CommandLine.Run("build", policy, "--output", output).ExitCode);
        var dll = Assert.Single(Directory.GetFiles(output, "*.dll"));
        var pdb = Path.ChangeExtension(dll, ".pdb");
        var (oldDll, oldPdb) = (File.ReadAllBytes(dll), File.ReadAllBytes(pdb));

        File.WriteAllText(policy, Version2);
        var rebuilt = PolicyBuilder.Build(PolicyCompilation.Compile(policy));
        Assert.True(rebuilt.Success);
        Assert.NotEqual(oldDll, rebuilt.Dll);
        // Temporary files are named ".<file>.<guid>.tmp"; the one for the chosen file dies halfway.
        var diagnostics = PolicyBuilder.Write(rebuilt, dll, temporary => temporary.Contains(failingFile + ".", StringComparison.Ordinal)
            ? new FailingStream(temporary, (failingFile == ".dll" ? rebuilt.Dll : rebuilt.Pdb).Length / 2)
            : new FileStream(temporary, FileMode.CreateNew, FileAccess.Write));

        var failure = Assert.Single(diagnostics);
        Assert.Equal("ZI9005", failure.Code);
        Assert.Contains("kan niet worden geschreven", failure.Message);
        Assert.Equal(oldDll, File.ReadAllBytes(dll));
        Assert.Equal(oldPdb, File.ReadAllBytes(pdb));
        Assert.Equal([Path.GetFileName(dll), Path.GetFileName(pdb), Path.GetFileName(Path.ChangeExtension(dll, ".xml"))], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The old assembly still loads and still decides by the old threshold.
        var loaded = PolicyBuilder.LoadFromFile(dll).Evaluator;
        var (facts, _) = FactReader.Parse("""{ "n": 15 }""", loaded.SubjectSchema!, "feiten");
        Assert.Equal(Outcome.Satisfied, loaded.Check("A", facts!));
    }

    [Fact]
    public void AFormatThatDiesWhileWritingLeavesThePolicyIntact()
    {
        using var folder = new TemporaryFolder();
        const string messy = "keuze Soort{A,B}\neisen X \"t\" {\n  eis a\n  aanbieder.soort = A\n}\ngegevens Z als aanbieder { soort: Soort }\n";
        var path = folder.Write("beleid.zip", messy);
        var output = new StringWriter();

        var exitCode = FormatCommand.Run([path], check: false, output, temporary => new FailingStream(temporary, 20));

        Assert.Equal(1, exitCode);
        Assert.Contains("error ZI9005", output.ToString());
        Assert.Contains("gesimuleerd", output.ToString());
        Assert.Equal(messy, File.ReadAllText(path));
        Assert.Equal(["beleid.zip"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>
    /// format never touches a file that does not check: broken copies of the real policies, side by side with the
    /// originals so their imports resolve, keep every byte; those that do check come out in the canonical layout.
    /// </summary>
    [Fact]
    public void FormatNeverChangesAFileThatDoesNotCheck()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in RepositoryPolicies.AllFiles)
        {
            var target = Path.Combine(folder.Path, RepositoryPolicies.Relative(file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var broken = new List<(string Path, byte[] Bytes, bool Checks)>();
        for (var i = 0; i < 24; i++)
        {
            var original = RepositoryPolicies.AllFiles[i % RepositoryPolicies.AllFiles.Count];
            var (text, _) = new Mutator(File.ReadAllText(original), new Random(1000 + i)).Mutate();
            var relative = RepositoryPolicies.Relative(original);
            var path = Path.Combine(folder.Path, Path.GetDirectoryName(relative)!, $"mutatie-{i}-{Path.GetFileName(relative)}");
            // A file holds bytes: a lone surrogate the mutator put in becomes U+FFFD, as any editor would save it.
            File.WriteAllBytes(path, new System.Text.UTF8Encoding(false, false).GetBytes(text));
            broken.Add((path, File.ReadAllBytes(path), !PolicyCompilation.Compile(path).Diagnostics.Any(d => d.IsError && d.Location?.Path is { } p && Path.GetFullPath(p) == path)));
        }

        Assert.Contains(broken, b => !b.Checks);
        var output = new StringWriter();
        FormatCommand.Run([.. broken.Select(b => b.Path)], check: false, output);

        foreach (var (path, bytes, checks) in broken)
        {
            if (!checks)
            {
                Assert.True(bytes.SequenceEqual(File.ReadAllBytes(path)), $"{Path.GetFileName(path)} bevat fouten en is toch veranderd");
            }
        }

        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        var recheck = new StringWriter();
        FormatCommand.Run([.. broken.Where(b => b.Checks).Select(b => b.Path)], check: true, recheck);
        Assert.DoesNotContain("ZI9103", recheck.ToString());
    }
}
