using Zorginkoop.Dsl.Tests.Shared;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// The cache of compiled policy assemblies (Hosting) through the real command line, as separate processes:
/// a second run reads what the first compiled, concurrent processes share a folder, a damaged entry is rebuilt, the
/// size limit evicts, and ZORGINKOOP_CACHE / XDG_CACHE_HOME decide where it lives. Each test has its own policy
/// folder and cache folder, so no test sees another's entries.
/// </summary>
public sealed class AssemblyCacheTests
{
    private const string Policy = """
        gegevens Zorgaanbieder als aanbieder {
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisarts "Huisartsen" { eis bezetting "1,0 fte per 3.000 patiënten" aanbieder.fteHuisarts >= normFte }
        """;

    private const string Facts = """{ "fteHuisarts": 0.8, "ingeschrevenPatienten": 3000 }""";

    private const string Stored = "engine compiled, gecompileerd en bewaard in de cache";
    private const string FromCache = "engine compiled, uit de cache";

    private sealed class Setup : IDisposable
    {
        public readonly TemporaryFolder Work = new();
        public readonly TemporaryFolder Cache = new();

        public Setup()
        {
            PolicyPath = Work.Write("beleid.zip", Policy);
            FactsPath = Work.Write("feiten.json", Facts);
        }

        public string PolicyPath { get; }

        public string FactsPath { get; }

        public string Entries => Path.Combine(Cache.Path, "assemblies", "v1");

        public string[] EntryFiles => Directory.Exists(Entries) ? Directory.GetFiles(Entries, "*.zca") : [];

        public (int ExitCode, string Output, string Error) Evaluate(string engine, Dictionary<string, string>? extra = null)
        {
            var environment = new Dictionary<string, string> { ["ZORGINKOOP_CACHE"] = Cache.Path, ["ZORGINKOOP_VERBOSE"] = "1" };
            foreach (var (name, value) in extra ?? [])
            {
                environment[name] = value;
            }

            return ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "evaluate", PolicyPath, "--facts", FactsPath, "--on", "2026-06-01", "--engine", engine], Work.Path, environment: environment);
        }

        public void Dispose()
        {
            Work.Dispose();
            Cache.Dispose();
        }
    }

    [Fact]
    public void SecondRunReadsTheAssemblyTheFirstCompiled()
    {
        using var setup = new Setup();

        var auto = setup.Evaluate("auto");
        Assert.True(auto.ExitCode == 0, auto.Error);
        Assert.Contains("engine interpreter", auto.Error);
        Assert.Empty(setup.EntryFiles);

        var first = setup.Evaluate("compiled");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains(Stored, first.Error);
        var entry = Assert.Single(setup.EntryFiles);
        Assert.Contains(entry, first.Error);

        var second = setup.Evaluate("compiled");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains($"{FromCache}: {entry}", second.Error);
        Assert.DoesNotContain(Stored, second.Error);

        // One provider: auto answers with the interpreter even now (it is faster than loading the assembly);
        // every engine gives the same answer.
        var warm = setup.Evaluate("auto");
        Assert.Contains("engine interpreter", warm.Error);
        Assert.DoesNotContain(FromCache, warm.Error);
        Assert.Contains("Huisarts: NIET VOLDAAN", warm.Output);
        Assert.Equal(auto.Output, first.Output);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.Output, warm.Output);
    }

    [Fact]
    public async Task ConcurrentProcessesFillingTheSameCacheBothSucceed()
    {
        using var setup = new Setup();

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => setup.Evaluate("compiled"))));

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("Huisarts: NIET VOLDAAN", run.Output);
            Assert.DoesNotContain("ZI940", run.Error);
        }

        Assert.Single(setup.EntryFiles);
        Assert.Empty(Directory.GetFiles(setup.Entries, "*.tmp"));
        var next = setup.Evaluate("compiled");
        Assert.Contains(FromCache, next.Error);
    }

    [Fact]
    public void TruncatedEntryIsRebuiltWithAWarningUnderVerbose()
    {
        using var setup = new Setup();
        var first = setup.Evaluate("compiled");
        var entry = Assert.Single(setup.EntryFiles);
        var length = new FileInfo(entry).Length;
        using (var stream = new FileStream(entry, FileMode.Open))
        {
            stream.SetLength(length / 2);
        }

        var rebuilt = setup.Evaluate("compiled");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Error);
        Assert.Contains("ZI9403", rebuilt.Error);
        Assert.Contains(Stored, rebuilt.Error);
        Assert.Equal(first.Output, rebuilt.Output);
        Assert.Equal(length, new FileInfo(entry).Length);

        // Without verbose the warning is not shown: the cache only saves time.
        using (var stream = new FileStream(entry, FileMode.Open))
        {
            stream.SetLength(100);
        }

        var quiet = setup.Evaluate("compiled", new() { ["ZORGINKOOP_VERBOSE"] = "0" });
        Assert.True(quiet.ExitCode == 0, quiet.Error);
        Assert.DoesNotContain("ZI9403", quiet.Error);
        Assert.Equal(first.Output, quiet.Output);
        Assert.Contains(FromCache, setup.Evaluate("compiled").Error);
    }

    [Fact]
    public void LimitEvictsTheLeastRecentlyUsedEntries()
    {
        using var setup = new Setup();
        Directory.CreateDirectory(setup.Entries);
        var old = new[] { "a", "b", "c" }.Select((name, i) =>
        {
            var path = Path.Combine(setup.Entries, new string(name[0], 64) + ".zca");
            File.WriteAllBytes(path, new byte[600 * 1024]);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-10 + i));
            return path;
        }).ToArray();

        // 1 MB holds the new entry and at most one 600 kB entry: the two oldest go, the youngest of them may stay.
        var run = setup.Evaluate("compiled", new() { ["ZORGINKOOP_CACHE_LIMIT_MB"] = "1" });
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(old[0]));
        Assert.False(File.Exists(old[1]));
        Assert.True(File.Exists(old[2]));
        Assert.Equal(2, setup.EntryFiles.Length);
        Assert.True(setup.EntryFiles.Sum(f => new FileInfo(f).Length) <= 1024 * 1024);
    }

    [Fact]
    public void InvalidLimitWarnsUnderVerboseAndUsesTheDefault()
    {
        using var setup = new Setup();
        var run = setup.Evaluate("compiled", new() { ["ZORGINKOOP_CACHE_LIMIT_MB"] = "veel" });
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ZI9405", run.Error);
        Assert.Single(setup.EntryFiles);
    }

    [Fact]
    public void XdgCacheHomeIsUsedAndZorginkoopCacheOffTurnsItOff()
    {
        using var setup = new Setup();
        using var xdg = new TemporaryFolder();

        var off = setup.Evaluate("compiled", new() { ["ZORGINKOOP_CACHE"] = "off", ["XDG_CACHE_HOME"] = xdg.Path });
        Assert.True(off.ExitCode == 0, off.Error);
        Assert.Contains("gecompileerd, niet bewaard (cache uit)", off.Error);
        Assert.Empty(Directory.GetFileSystemEntries(xdg.Path));

        var on = setup.Evaluate("compiled", new() { ["ZORGINKOOP_CACHE"] = "", ["XDG_CACHE_HOME"] = xdg.Path });
        Assert.True(on.ExitCode == 0, on.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(xdg.Path, "zorginkoop", "assemblies", "v1"), "*.zca"));
        Assert.Empty(setup.EntryFiles);
        Assert.Equal(off.Output, on.Output);
    }

    [Fact]
    public void UnwritableCacheFolderStillAnswers()
    {
        using var setup = new Setup();
        var blocked = setup.Work.Write("geen-map", "een bestand, geen map");

        var run = setup.Evaluate("compiled", new() { ["ZORGINKOOP_CACHE"] = blocked });
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ZI9404", run.Error);
        Assert.Contains("Huisarts: NIET VOLDAAN", run.Output);
    }

    [Fact]
    public void BuildAfterEvaluateReusesTheEntry()
    {
        using var setup = new Setup();
        setup.Evaluate("compiled");
        var output = Path.Combine(setup.Work.Path, "uit");
        var build = ChildProcess.Run("dotnet", [ChildProcess.ZorginkoopDll, "build", setup.PolicyPath, "--output", output], setup.Work.Path,
            environment: new Dictionary<string, string> { ["ZORGINKOOP_CACHE"] = setup.Cache.Path, ["ZORGINKOOP_VERBOSE"] = "1" });
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Contains(FromCache, build.Error);
        Assert.Single(Directory.GetFiles(output, "*.dll"));
        Assert.Single(Directory.GetFiles(output, "*.pdb"));
        // The cache keeps the XML documentation with the assembly.
        Assert.Contains("<member name=\"P:", File.ReadAllText(Assert.Single(Directory.GetFiles(output, "*.xml"))));
    }
}
