using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>
/// Every command, given a policy file that is not one: a real ZIP archive, invalid UTF-8, binary data, an empty
/// file, a 50 MB file, a folder, a missing file and an unreadable one. Each answers with its Dutch message and
/// code, naming the file, and exit code 1 — never a stack trace. A byte order mark and Windows line endings are
/// no problem for any command. (CheckCommandTests covers 'check' on an archive, invalid UTF-8 and a missing file.)
/// </summary>
public class BadPolicyFileTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "zip-archief", "geen-utf8", "binair", "leeg", "50mb", "apparaat", "map", "ontbreekt" })
        {
            foreach (var command in SamplePolicy.Commands.Keys)
            {
                // CheckCommandTests has these three for 'check' already.
                if (command == "check" && kind is "zip-archief" or "geen-utf8" or "ontbreekt")
                {
                    continue;
                }

                data.Add(command, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ABadPolicyFileIsAClearDutchErrorWithExitCodeOne(string command, string kind)
    {
        using var folder = new TemporaryFolder();
        var (path, code, fragment) = Make(folder, kind, command);
        var facts = folder.Write("feiten.json", SamplePolicy.Facts);
        var good = folder.Write("goed.zip", SamplePolicy.Text);

        var clock = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = CommandLine.Run(SamplePolicy.Arguments(command, path, facts, Path.Combine(folder.Path, "uit"), good));
        clock.Stop();

        var all = stdout + stderr;
        output.WriteLine(all);
        Assert.Equal(1, exitCode);
        Assert.Contains($"error {code}: ", all);
        Assert.Contains(fragment, all);
        Assert.Contains(Path.GetFileName(path), all);
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Exception", all);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(kind == "50mb" ? 2 : 30), $"{clock.Elapsed.TotalMilliseconds:0} ms");
        if (command == "build")
        {
            Assert.False(Directory.Exists(Path.Combine(folder.Path, "uit")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "uit")).Any());
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void AByteOrderMarkAndWindowsLineEndingsWorkForEveryCommand(string command)
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("bom-crlf.zip", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SamplePolicy.Text.Replace("\n", "\r\n"))]);
        var facts = folder.WriteBytes("feiten.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SamplePolicy.Facts)]);
        var good = folder.Write("goed.zip", SamplePolicy.Text);

        var (exitCode, stdout, stderr) = CommandLine.Run(SamplePolicy.Arguments(command, path, facts, Path.Combine(folder.Path, "uit"), good));

        Assert.True(exitCode == 0, stdout + stderr);
        switch (command)
        {
            case "evaluate":
                // Line 7, column 9: the BOM and the \r of each line are not counted as characters of the text.
                Assert.Contains("bom-crlf.zip(7,9)", stdout);
                break;
            case "addendum":
                Assert.Contains("bom-crlf.zip(10,10)", stdout);
                Assert.Contains("1 april 2026", stdout);
                break;
            case "test":
                Assert.Contains("1 passed, 0 failed", stdout);
                break;
            case "format":
                Assert.Contains("0 opgemaakt, 1 ongewijzigd", stdout);
                break;
        }
    }

    public static TheoryData<string> Commands() => [.. SamplePolicy.Commands.Keys];

    /// <summary>
    /// chmod 000 does not stop root, and CI runs as root; there the command runs as 'nobody' (setpriv) so the
    /// permission binds. Without setpriv and as root the case cannot be made; the folder-as-file case then
    /// stands in for an unreadable path, and the test says so in its output.
    /// </summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void AnUnreadableFileIsReportedAsSuch(string command)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("geheim.zip", SamplePolicy.Text);
        var facts = folder.Write("feiten.json", SamplePolicy.Facts);
        var good = folder.Write("goed.zip", SamplePolicy.Text);
        TemporaryFolder.SetMode(path, UnixFileMode.None);
        TemporaryFolder.SetMode(facts, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        TemporaryFolder.SetMode(good, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var outputFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "uit")).FullName;
        TemporaryFolder.SetMode(outputFolder, (UnixFileMode)0b111_111_111);
        var args = SamplePolicy.Arguments(command, path, facts, outputFolder, good);

        if (CommandLine.RunWithUnreadable(path, folder.Path, args) is not { } result)
        {
            output.WriteLine("Overgeslagen: als root zonder setpriv kan een bestand niet onleesbaar worden gemaakt; de map-als-bestand-gevallen dekken het onleesbare pad.");
            return;
        }

        var all = result.Output + result.Error;
        output.WriteLine(all);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ZI9001: ", all);
        Assert.Contains("geheim.zip' kan niet worden gelezen: geen leesrechten.", all);
        Assert.DoesNotContain("   at ", all);
    }

    private static (string Path, string Code, string Fragment) Make(TemporaryFolder folder, string kind, string command)
    {
        switch (kind)
        {
            case "zip-archief":
            {
                var path = Path.Combine(folder.Path, "archief.zip");
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("beleid.txt").Open());
                    writer.Write(SamplePolicy.Text);
                }

                return (path, "ZI9002", "echt ZIP-archief");
            }

            case "geen-utf8":
                return (folder.WriteBytes("latin1.zip", Encoding.Latin1.GetBytes("eisen Coöperatie { eis x ja }")), "ZI9002", "geen geldige UTF-8");
            case "binair":
                return (folder.WriteBytes("binair.zip", [.. Encoding.UTF8.GetBytes("eisen A {"), 0, 1, 2, 255]), "ZI9002", "binaire gegevens");
            case "leeg":
                return (folder.WriteBytes("leeg.zip", []), "ZI9002", "het bestand is leeg");
            case "50mb":
            {
                var path = Path.Combine(folder.Path, "groot.zip");
                using (var stream = File.Create(path))
                {
                    // Sparse: the size is what the loader looks at, so no 50 MB need be written.
                    stream.SetLength(50L * 1024 * 1024);
                }

                return (path, "ZI9002", "het bestand is 50 MB; een beleidsbestand mag hoogstens 16 MB zijn");
            }

            case "apparaat":
                // A device reports no size and never ends: reading it whole ran the process out of memory.
                return ("/dev/zero", "ZI9002", "groter dan 16 MB");
            case "map":
            {
                var path = Directory.CreateDirectory(Path.Combine(folder.Path, "map.zip")).FullName;
                // Commands that take folders search them; the others want a file.
                return command is "check" or "build" or "test" or "format"
                    ? (path, "ZI9004", "staan geen beleidsbestanden")
                    : (path, "ZI9001", "dit is een map, geen bestand");
            }

            default:
                return (Path.Combine(folder.Path, "ontbreekt.zip"), "ZI9001", "bestaat niet");
        }
    }
}
