namespace Zorginkoop.Dsl.Build.Tests;

/// <summary>A copy of the sample consumer project in a temporary folder, built with the packed Zorginkoop.Dsl.Build.</summary>
public sealed class SampleProject
{
    public const string ProjectFile = "Zorginkoop.Dsl.Build.Sample.csproj";

    private readonly PackedPackages packages;

    private SampleProject(PackedPackages packages, string directory)
    {
        this.packages = packages;
        Directory = directory;
    }

    public string Directory { get; }

    public string IntermediateOutput => Path.Combine(Directory, "obj", "Debug", "net10.0", "zorginkoop");

    public string Output => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public static SampleProject Create(PackedPackages packages, string directory)
    {
        var source = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Build.Sample");
        foreach (var file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(directory, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The local feed is added to the sources this machine already has, so everything else restores as usual.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="zorginkoop-local-feed" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        return new SampleProject(packages, directory);
    }

    public string PolicyPath(string relative) => Path.Combine(Directory, "policies", relative);

    /// <summary>dotnet build with normal verbosity, so skipped targets are in the log.</summary>
    public DotNet.Result Build() => Run("build", ProjectFile, "-v:n", "-nodeReuse:false", "-p:UseSharedCompilation=false", $"-p:ZorginkoopDslVersion={packages.Version}");

    public DotNet.Result Clean() => Run("clean", ProjectFile, "-v:n", "-nodeReuse:false", $"-p:ZorginkoopDslVersion={packages.Version}");

    /// <summary>Runs the built program itself, which evaluates the policy through the generated typed API.</summary>
    public DotNet.Result RunProgram() => DotNet.Run(Directory, null, Path.Combine(Output, "Zorginkoop.Dsl.Build.Sample.dll"));

    private DotNet.Result Run(params string[] args) =>
        DotNet.Run(Directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.PackagesFolder }, args);
}
