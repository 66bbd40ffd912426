namespace Zorginkoop.Dsl.Cli.Tests;

public class BuildCommandTests
{
    [Fact]
    public void BuildsOneAssemblyPerPolicyAndTheSameBytesTwice()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("beleid.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x \"Zin met \\\"quotes\\\"\" g.a }\n");
        var first = Path.Combine(folder.Path, "eerste");
        var second = Path.Combine(folder.Path, "tweede");

        var (exitCode, output, _) = Cli.Run("build", policy, "--output", first);
        Cli.Run("build", policy, "-o", second);

        Assert.True(exitCode == 0, output);
        var dll = Assert.Single(Directory.GetFiles(first, "*.dll"));
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".pdb")));
        // IntelliSense reads the typed API's documentation beside the assembly.
        Assert.Contains("<member name=\"P:", File.ReadAllText(Path.ChangeExtension(dll, ".xml")));
        Assert.Equal(File.ReadAllBytes(dll), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(dll))));
        Assert.Empty(Directory.GetFiles(first, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void APolicyWithErrorsIsNotBuilt()
    {
        using var folder = new TemporaryFolder();
        var policy = folder.Write("fout.zip", "gegevens G als g { a: ja/nee }\neisen A { eis x g.b }\n");
        var output = Path.Combine(folder.Path, "uit");

        var (exitCode, text, _) = Cli.Run("build", policy, "--output", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("fout.zip(2,19): error ZI2003", text);
        Assert.False(Directory.Exists(output) && Directory.GetFiles(output).Length > 0);
    }
}
