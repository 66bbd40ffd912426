using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Build.Tests;

/// <summary>
/// The package end to end: packed into a local feed, referenced by the sample consumer project, built with
/// dotnet build. The sample's Program.cs evaluates the policy through the generated typed API.
/// </summary>
public sealed partial class SamplePackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string SkippedCompile = "Skipping target \"ZorginkoopCompilePolicies\" because all output files are up-to-date";

    [Fact]
    public void PackageCarriesTheTaskWithTheCompilerAndDependsOnTheRuntime()
    {
        using var package = ZipFile.OpenRead(packages.PackagePath("Zorginkoop.Dsl.Build"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("build/Zorginkoop.Dsl.Build.props", entries);
        Assert.Contains("build/Zorginkoop.Dsl.Build.targets", entries);
        foreach (var assembly in new[]
                 {
                     "Zorginkoop.Dsl.Build", "Zorginkoop.Dsl.Syntax", "Zorginkoop.Dsl.Semantics", "Zorginkoop.Dsl.Emit", "Zorginkoop.Dsl.Runtime",
                     "Antlr4.Runtime.Standard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Basic.Reference.Assemblies.Net100",
                 })
        {
            Assert.Contains($"tasks/net10.0/{assembly}.dll", entries);
        }

        // MSBuild brings its own; a second copy in the package would be loaded beside it.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build.", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(package.GetEntry("Zorginkoop.Dsl.Build.nuspec")!.Open());
        Assert.Contains($"<dependency id=\"Zorginkoop.Dsl.Runtime\" version=\"{packages.Version}\"", nuspec.ReadToEnd());
        using var runtime = ZipFile.OpenRead(packages.PackagePath("Zorginkoop.Dsl.Runtime"));
        Assert.Contains("lib/net10.0/Zorginkoop.Dsl.Runtime.dll", runtime.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void SampleBuildsRunsItsTypedApiSkipsAnUnchangedPolicyAndCleans()
    {
        var sample = packages.CopySample("sample-builds");
        var assembly = Path.Combine(sample.IntermediateOutput, "Zorginkoop.Policies.Huisartsen.dll");

        var first = sample.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"Zorginkoop: {sample.PolicyPath("huisartsen.zip")} -> {assembly}", first.Output);
        Assert.DoesNotContain(SkippedCompile, first.Output);
        // The task compiles with the Roslyn it was packed with, in its own load context, not with the SDK's own copy.
        var packedRoslyn = Path.Combine(packages.PackagesFolder, "zorginkoop.dsl.build", packages.Version, "tasks", "net10.0", "Microsoft.CodeAnalysis.dll");
        Assert.Contains($"uit {packedRoslyn} (laadcontext", first.Output);
        // Scenario files and the excluded shared file are not built.
        Assert.Equal(["Zorginkoop.Policies.Huisartsen.dll"], Directory.GetFiles(sample.IntermediateOutput, "*.dll").Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(sample.Output, "Zorginkoop.Policies.Huisartsen.dll")), "the policy assembly is copied beside the program");
        Assert.True(File.Exists(Path.Combine(sample.IntermediateOutput, "Zorginkoop.Policies.Huisartsen.xml")), "the typed API's documentation stands beside the referenced assembly, where IntelliSense reads it");
        Assert.True(File.Exists(Path.Combine(sample.Output, "Zorginkoop.Dsl.Runtime.dll")), "the runtime comes with the package");

        var run = sample.RunProgram();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ok: Huisartsenzorg voor De Linde: voldaan", run.Output);
        Assert.Contains("ok: Huisartsenzorg met 1,2 fte: niet voldaan", run.Output);
        Assert.Contains("waarom: fteHuisarts 1,2 < normFte 1,4", run.Output);
        Assert.Contains("ok: Huisartsenzorg voor een apotheek: niet van toepassing", run.Output);
        Assert.Contains("ontbreekt: fteHuisarts, ingeschrevenPatienten, gecontracteerdVoor2026", run.Output);
        Assert.Contains("Voorbeeldbeleid huisartsenzorg (Voorbeeldverzekeraar): Basis, Huisartsenzorg", run.Output);
        Assert.Contains("Alle verwachtingen kloppen.", run.Output);

        var built = File.GetLastWriteTimeUtc(assembly);
        var second = sample.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(SkippedCompile, second.Output);
        Assert.DoesNotContain("Zorginkoop: " + sample.PolicyPath("huisartsen.zip") + " ->", second.Output);
        Assert.Equal(built, File.GetLastWriteTimeUtc(assembly));

        // A change to a file the policy imports makes it out of date, though the project names only the entry file.
        File.AppendAllText(sample.PolicyPath(Path.Combine("gedeeld", "algemeen.zip")), "\n// gewijzigd door de test\n");
        var third = sample.Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain(SkippedCompile, third.Output);
        Assert.Contains($"Zorginkoop: {sample.PolicyPath("huisartsen.zip")} -> {assembly}", third.Output);

        var clean = sample.Clean();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        foreach (var file in new[] { "Zorginkoop.Policies.Huisartsen.dll", "Zorginkoop.Policies.Huisartsen.pdb", "Zorginkoop.Policies.Huisartsen.xml", "Zorginkoop.Policies.Huisartsen.inputs" })
        {
            Assert.False(File.Exists(Path.Combine(sample.IntermediateOutput, file)), $"clean removes {file}");
        }

        Assert.False(File.Exists(Path.Combine(sample.Output, "Zorginkoop.Policies.Huisartsen.dll")), "clean removes the copied policy assembly");
    }

    /// <summary>
    /// Issue 17.2: a policy file added after the first build is compiled, referenced and copied, and the program that
    /// uses it runs without a clean: the SDK regenerates deps.json only when one of its inputs changes, so the list of
    /// policy assemblies is one of them (without it the new assembly is missing from deps.json and the host throws
    /// FileNotFoundException).
    /// </summary>
    [Fact]
    public void AddingAPolicyBuildsAndRunsWithoutAClean()
    {
        var sample = packages.CopySample("sample-add-policy");
        var first = sample.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstRun = sample.RunProgram();
        Assert.True(firstRun.ExitCode == 0, firstRun.ToString());

        File.WriteAllText(sample.PolicyPath("apotheken.zip"), """
            beleid "Voorbeeldbeleid apotheken" {
                verzekeraar: "Voorbeeldverzekeraar"
                looptijd: 2026 t/m 2027
            }

            gebruik "gedeeld/algemeen.zip"

            eisen Apotheekzorg "Minimumeisen apotheekzorg"
                geldt voor aanbieder.soort = Apotheek
            {
                omvat Basis
            }
            """);
        var program = Path.Combine(sample.Directory, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace(
            "Console.WriteLine(failures == 0 ?",
            "Expect(\"Apotheekzorg voor een apotheek\", Zorginkoop.Policies.Apotheken.Apotheekzorg.Check(new Zorginkoop.Policies.Apotheken.Praktijk { Soort = Zorginkoop.Policies.Apotheken.Soort.Apotheek, AgbCode = \"07654321\" }, onDate), Outcome.Satisfied);\nConsole.WriteLine(failures == 0 ?"));

        var second = sample.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"Zorginkoop: {sample.PolicyPath("apotheken.zip")} -> {Path.Combine(sample.IntermediateOutput, "Zorginkoop.Policies.Apotheken.dll")}", second.Output);
        Assert.Contains("Zorginkoop.Policies.Apotheken", File.ReadAllText(Path.Combine(sample.Output, "Zorginkoop.Dsl.Build.Sample.deps.json")));

        var run = sample.RunProgram();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ok: Apotheekzorg voor een apotheek: voldaan", run.Output);
        Assert.Contains("Alle verwachtingen kloppen.", run.Output);

        // Removing it again: the list shrinks, deps.json no longer names it, and the original program still runs.
        File.Delete(sample.PolicyPath("apotheken.zip"));
        File.Copy(RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Build.Sample", "Program.cs"), program, overwrite: true);
        var third = sample.Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain("Zorginkoop.Policies.Apotheken", File.ReadAllText(Path.Combine(sample.Output, "Zorginkoop.Dsl.Build.Sample.deps.json")));
        var lastRun = sample.RunProgram();
        Assert.True(lastRun.ExitCode == 0, lastRun.ToString());
    }

    [Fact]
    public void BrokenPolicyFailsTheBuildWithFileLineColumnAndCode()
    {
        var sample = packages.CopySample("sample-broken");
        var policy = sample.PolicyPath("huisartsen.zip");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("aanbieder.fteHuisarts >= normFte", "aanbieder.fteHuisart >= normFte"));

        var build = sample.Build();

        Assert.NotEqual(0, build.ExitCode);
        var error = CanonicalError().Match(build.Output);
        Assert.True(error.Success, "no canonical error in:\n" + build.Output);
        Assert.Equal(policy, error.Groups["file"].Value);
        Assert.Equal("ZI2003", error.Groups["code"].Value);
        var lines = File.ReadAllLines(policy);
        var line = int.Parse(error.Groups["line"].Value);
        var column = int.Parse(error.Groups["column"].Value);
        Assert.StartsWith("fteHuisart >=", lines[line - 1][(column - 1)..]);
        Assert.Contains("Bedoelde u 'fteHuisarts'?", error.Groups["message"].Value);
        Assert.False(File.Exists(Path.Combine(sample.IntermediateOutput, "Zorginkoop.Policies.Huisartsen.dll")), "no assembly for a policy with errors");
    }

    // MSBuild may put a node number ("1>") before the file; the rest is the canonical form CI servers parse.
    [GeneratedRegex(@"^\s*(?:\d+>)?(?<file>\S+?\.zip)\((?<line>\d+),(?<column>\d+)\): error (?<code>ZI\d{4}): (?<message>[^\r\n]*)", RegexOptions.Multiline)]
    private static partial Regex CanonicalError();
}
