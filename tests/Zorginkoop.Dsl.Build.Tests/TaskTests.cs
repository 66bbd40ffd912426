using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Zorginkoop.Dsl.Build.Tests;

/// <summary>The two tasks run directly, without MSBuild: naming, inputs, diagnostics and the per-policy up-to-date check.</summary>
public sealed class TaskTests : IDisposable
{
    private const string Shared = """
        keuze Soort { Huisartsenpraktijk, Apotheek }
        gegevens Praktijk als aanbieder { soort: Soort; fte: decimaal }
        """;

    private const string Policy = """
        beleid "Takentest" { verzekeraar: "Test"; looptijd: 2026 t/m 2027 }
        gebruik "gedeeld/soorten.zip"
        eisen Huisarts geldt voor aanbieder.soort = Huisartsenpraktijk {
            eis bezetting "Minimaal 1,0 fte." aanbieder.fte >= 1
        }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "zorginkoop-tasks-" + Guid.NewGuid().ToString("N")[..12]);

    public TaskTests()
    {
        Write("gedeeld/soorten.zip", Shared);
        Write("takentest.zip", Policy);
    }

    private string Output => Path.Combine(folder, "obj");

    [Fact]
    public void ResolveNamesEachPolicySkipsScenarioFilesAndHonoursIdentifier()
    {
        Write("takentest.test.zip", "gebruik \"takentest.zip\"\n");
        var renamed = Item("gedeeld/soorten.zip");
        renamed.SetMetadata("Identifier", "GedeeldeSoorten");

        var (task, engine, success) = Resolve(Item("takentest.zip"), Item("takentest.test.zip"), renamed);

        Assert.True(success);
        Assert.Empty(engine.Errors);
        Assert.Equal(["Zorginkoop.Policies.Takentest", "Zorginkoop.Policies.GedeeldeSoorten"], task.Assemblies.Select(a => a.GetMetadata("AssemblyName")));
        var first = task.Assemblies[0];
        Assert.Equal(Path.Combine(Output, "Zorginkoop.Policies.Takentest.dll"), first.ItemSpec);
        Assert.Equal(Path.Combine(folder, "takentest.zip"), first.GetMetadata("Policy"));
        Assert.Equal(Path.Combine(Output, "Zorginkoop.Policies.Takentest.pdb"), first.GetMetadata("PdbPath"));
        Assert.Equal(Path.Combine(Output, "Zorginkoop.Policies.Takentest.inputs"), first.GetMetadata("InputsFile"));
    }

    [Fact]
    public void TwoPoliciesWithTheSameAssemblyNameAreZI9301()
    {
        Write("andere/takentest.zip", Policy.Replace("gedeeld/", "../gedeeld/"));

        var (task, engine, success) = Resolve(Item("takentest.zip"), Item("andere/takentest.zip"));

        Assert.False(success);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("ZI9301", error.Code);
        Assert.Equal(Path.Combine(folder, "andere", "takentest.zip"), error.File);
        Assert.Contains("Zorginkoop.Policies.Takentest", error.Message);
        Assert.Single(task.Assemblies);
    }

    [Fact]
    public void CompileWritesTheAssemblyAndItsInputsAndSkipsItWhileNothingChanged()
    {
        var (resolve, _, _) = Resolve(Item("takentest.zip"));
        var assembly = resolve.Assemblies.Single();

        var (_, engine, success) = Compile(assembly);
        Assert.True(success, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Empty(engine.Errors);
        Assert.True(File.Exists(assembly.ItemSpec));
        Assert.True(File.Exists(assembly.GetMetadata("PdbPath")));
        var record = File.ReadAllLines(assembly.GetMetadata("InputsFile"));
        Assert.StartsWith("# compiler " + typeof(CompileZorginkoopPolicies).Assembly.Location + " ", record[0]);
        Assert.Equal([Path.Combine(folder, "gedeeld", "soorten.zip"), Path.Combine(folder, "takentest.zip")], record[1..]);
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.StartsWith($"Zorginkoop: {Path.Combine(folder, "takentest.zip")} -> {assembly.ItemSpec}", StringComparison.Ordinal));

        // The next resolve knows the import from the inputs file, so MSBuild can compare it with the assembly.
        var (again, _, _) = Resolve(Item("takentest.zip"));
        Assert.Equal([Path.Combine(folder, "gedeeld", "soorten.zip"), Path.Combine(folder, "takentest.zip")], again.Inputs.Select(i => i.ItemSpec));

        var built = File.GetLastWriteTimeUtc(assembly.ItemSpec);
        var (_, unchanged, _) = Compile(assembly);
        Assert.Contains(unchanged.Messages, m => m.Message!.Contains("is actueel", StringComparison.Ordinal));
        Assert.Equal(built, File.GetLastWriteTimeUtc(assembly.ItemSpec));

        File.SetLastWriteTimeUtc(Path.Combine(folder, "gedeeld", "soorten.zip"), built.AddSeconds(5));
        var (_, changed, _) = Compile(assembly);
        Assert.DoesNotContain(changed.Messages, m => m.Message!.Contains("is actueel", StringComparison.Ordinal));
        Assert.NotEqual(built, File.GetLastWriteTimeUtc(assembly.ItemSpec));
    }

    [Fact]
    public void AnAssemblyBuiltByAnotherVersionOfThePackageIsOutOfDateWhateverTheTimestamps()
    {
        var (resolve, _, _) = Resolve(Item("takentest.zip"));
        var assembly = resolve.Assemblies.Single();
        Compile(assembly);
        var inputsFile = assembly.GetMetadata("InputsFile");
        var lines = File.ReadAllLines(inputsFile);
        // As if an older package (another folder under the NuGet cache) had built it, later than this task was made.
        File.WriteAllLines(inputsFile, ["# compiler /nuget/zorginkoop.dsl.build/0.9.0/tasks/net10.0/Zorginkoop.Dsl.Build.dll 2020-01-01T00:00:00.0000000Z", .. lines[1..]]);
        File.SetLastWriteTimeUtc(assembly.ItemSpec, DateTime.UtcNow.AddMinutes(1));

        var (again, engine, _) = Resolve(Item("takentest.zip"));
        var forcing = Assert.Single(again.Inputs, i => i.ItemSpec.EndsWith(".compiler-changed", StringComparison.Ordinal));
        Assert.False(File.Exists(forcing.ItemSpec), "a missing input is what makes MSBuild run the compile target");
        Assert.Contains(engine.Messages, m => m.Message!.Contains("andere versie van Zorginkoop.Dsl.Build", StringComparison.Ordinal));

        var (_, compile, success) = Compile(assembly);
        Assert.True(success);
        Assert.DoesNotContain(compile.Messages, m => m.Message!.Contains("is actueel", StringComparison.Ordinal));
        Assert.StartsWith("# compiler " + typeof(CompileZorginkoopPolicies).Assembly.Location + " ", File.ReadAllLines(inputsFile)[0]);
        Assert.DoesNotContain(Resolve(Item("takentest.zip")).Task.Inputs, i => i.ItemSpec.EndsWith(".compiler-changed", StringComparison.Ordinal));
    }

    [Fact]
    public void PolicyErrorsBecomeMsBuildErrorsWithFileLineColumnAndCodeAndRemoveTheOldAssembly()
    {
        var (resolve, _, _) = Resolve(Item("takentest.zip"));
        var assembly = resolve.Assemblies.Single();
        Compile(assembly);
        Assert.True(File.Exists(assembly.ItemSpec));

        // The error is in the imported file: it is reported there, not at the entry policy.
        Write("gedeeld/soorten.zip", Shared.Replace("fte: decimaal", "fte: decimal"));
        var (_, engine, success) = Compile(assembly);

        Assert.False(success);
        var error = engine.Errors.First(e => e.File == Path.Combine(folder, "gedeeld", "soorten.zip"));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(Shared.Split('\n')[1].IndexOf("decimaal", StringComparison.Ordinal) + 1, error.ColumnNumber);
        Assert.Matches(@"^ZI\d{4}$", error.Code);
        Assert.Null(error.Subcategory);
        Assert.False(File.Exists(assembly.ItemSpec), "a policy that no longer compiles keeps no assembly");
        Assert.False(File.Exists(assembly.GetMetadata("InputsFile")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder is harmless.
        }
    }

    private (ResolveZorginkoopPolicies Task, RecordingBuildEngine Engine, bool Success) Resolve(params ITaskItem[] policies)
    {
        var engine = new RecordingBuildEngine();
        var task = new ResolveZorginkoopPolicies { BuildEngine = engine, Policies = policies, OutputDirectory = Output };
        return (task, engine, task.Execute());
    }

    private (CompileZorginkoopPolicies Task, RecordingBuildEngine Engine, bool Success) Compile(ITaskItem assembly, string? cache = null)
    {
        var engine = new RecordingBuildEngine();
        // Each test its own assembly cache (or the one it names), so no test reads what another compiled.
        var task = new CompileZorginkoopPolicies { BuildEngine = engine, Assemblies = [assembly], AssemblyCache = cache ?? Path.Combine(folder, "cache") };
        return (task, engine, task.Execute());
    }

    [Fact]
    public void ASecondBuildTakesTheAssemblyFromTheCacheInsteadOfCompiling()
    {
        var cache = Path.Combine(folder, "gedeelde-cache");
        var (resolve, _, _) = Resolve(Item("takentest.zip"));
        var assembly = resolve.Assemblies.Single();

        var (_, first, success) = Compile(assembly, cache);
        Assert.True(success, string.Join("\n", first.Errors.Select(e => e.Message)));
        Assert.DoesNotContain(first.Messages, m => m.Message!.Contains("uit de cache", StringComparison.Ordinal));
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(cache, "assemblies", "v1"), "*.zca"));
        var bytes = File.ReadAllBytes(assembly.ItemSpec);

        // A clean build (obj/ removed): the task runs again and finds the entry the first build stored.
        File.Delete(assembly.ItemSpec);
        File.Delete(assembly.GetMetadata("InputsFile"));
        var (_, second, again) = Compile(assembly, cache);
        Assert.True(again, string.Join("\n", second.Errors.Select(e => e.Message)));
        Assert.Contains(second.Messages, m => m.Message!.Contains($"de assembly komt uit de cache ({entry})", StringComparison.Ordinal));
        Assert.Equal(bytes, File.ReadAllBytes(assembly.ItemSpec));
    }

    [Fact]
    public void WithTheCacheOffNothingIsStored()
    {
        var (resolve, _, _) = Resolve(Item("takentest.zip"));
        var (_, engine, success) = Compile(resolve.Assemblies.Single(), "off");
        Assert.True(success, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.False(Directory.Exists(Path.Combine(folder, "cache")));
    }

    private TaskItem Item(string relative) => new(Path.Combine(folder, relative));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
