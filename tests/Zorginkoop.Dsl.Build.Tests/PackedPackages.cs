using System.Reflection;

namespace Zorginkoop.Dsl.Build.Tests;

/// <summary>
/// Zorginkoop.Dsl.Build and Zorginkoop.Dsl.Runtime packed once per test run into a local folder feed, from the
/// build output of this configuration (dotnet pack --no-build, so the solution is not built a second time), with a
/// version no earlier run used: NuGet caches a package by id and version forever, and a stale task must never run.
/// Consumers restore into a packages folder of their own (NUGET_PACKAGES), so nothing is left in the user's cache.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "zorginkoop-build-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
        Directory.CreateDirectory(Feed);

        var configuration = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        foreach (var project in new[] { "Zorginkoop.Dsl.Runtime", "Zorginkoop.Dsl.Build" })
        {
            var pack = DotNet.Run(Root, null, "pack", RepositoryPaths.Combine("src", project, project + ".csproj"),
                "--no-build", "-c", configuration, "-o", Feed, "-nodeReuse:false",
                $"-p:PackageVersion={Version}",
                // The nuspec is an intermediate file; keep it out of the repository's obj/ that other builds use.
                $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec", project)}/");
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string Version { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A fresh copy of tests/Zorginkoop.Dsl.Build.Sample that restores from the feed.</summary>
    public SampleProject CopySample(string name) => SampleProject.Create(this, Path.Combine(Root, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failing dispose would hide the test's own result.
        }
    }
}
