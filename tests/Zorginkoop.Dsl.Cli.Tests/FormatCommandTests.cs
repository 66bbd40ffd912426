namespace Zorginkoop.Dsl.Cli.Tests;

public class FormatCommandTests
{
    private const string Messy = "keuze Soort{A,B}\neisen X \"t\" {\n  eis a\n  aanbieder.soort = A\n}\ngegevens Z als aanbieder { soort: Soort }\n";
    private const string Formatted = "keuze Soort { A, B }\neisen X \"t\" {\n    eis a\n        aanbieder.soort = A\n}\ngegevens Z als aanbieder { soort: Soort }\n";

    /// <summary>The language server issue's done-when: after editing a policy, run 'zorginkoop format policies'.</summary>
    [Fact]
    public void ThePoliciesAreInTheCanonicalLayout()
    {
        var (exitCode, output, _) = Cli.Run("format", "--check", RepositoryPaths.Combine("policies"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 niet opgemaakt", output);
    }

    [Fact]
    public void FormatsAFileInPlaceAndLeavesAFormattedOneUntouched()
    {
        using var folder = new TemporaryFolder();
        var messy = folder.Write("a.zip", Messy);
        var tidy = folder.Write("b.zip", Formatted);
        var tidyWritten = File.GetLastWriteTimeUtc(tidy);

        var (exitCode, output, _) = Cli.Run("format", folder.Path);

        Assert.True(exitCode == 0, output);
        Assert.Equal(Formatted, File.ReadAllText(messy));
        Assert.Equal(tidyWritten, File.GetLastWriteTimeUtc(tidy));
        Assert.Contains("opgemaakt: ", output);
        Assert.Contains("a.zip", output);
        Assert.Contains("2 bestanden bekeken: 1 opgemaakt, 1 ongewijzigd, 0 met fouten.", output);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(folder.Path, ".*", SearchOption.AllDirectories));
    }

    [Fact]
    public void CheckWritesNothingAndListsTheFilesThatWouldChange()
    {
        using var folder = new TemporaryFolder();
        var messy = folder.Write("a.zip", Messy);
        folder.Write("b.zip", Formatted);

        var (exitCode, output, _) = Cli.Run("format", "--check", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Equal(Messy, File.ReadAllText(messy));
        Assert.Contains("a.zip(1,1): error ZI9103: Dit bestand is niet volgens de standaardopmaak", output);
        Assert.DoesNotContain("b.zip", output);
        Assert.Contains("2 bestanden bekeken: 1 niet opgemaakt, 1 in orde, 0 met fouten.", output);

        File.WriteAllText(messy, Formatted);
        Assert.Equal(0, Cli.Run("format", "--check", folder.Path).ExitCode);
    }

    [Fact]
    public void AFileThatDoesNotCheckIsNotTouched()
    {
        using var folder = new TemporaryFolder();
        var misspelled = Messy.Replace("aanbieder.soort = A", "aanbieder.sort = A");
        var path = folder.Write("a.zip", misspelled);

        var (exitCode, output, _) = Cli.Run("format", path);

        Assert.Equal(1, exitCode);
        Assert.Equal(misspelled, File.ReadAllText(path));
        Assert.Contains("error ZI2003", output);
        Assert.Contains("error ZI9101: ", output);
        Assert.Contains("0 opgemaakt, 0 ongewijzigd, 1 met fouten", output);
    }

    [Fact]
    public void KeepsAByteOrderMarkAndCrlfLineEndings()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "a.zip");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Messy.Replace("\n", "\r\n"))]);

        Assert.Equal(0, Cli.Run("format", path).ExitCode);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(Formatted.Replace("\n", "\r\n"), System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}
