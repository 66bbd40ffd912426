using System.Diagnostics;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Emit.Tests.Compilation;

/// <summary>
/// Prints how long building takes: the first build in the process (cold: Roslyn and the reference assemblies
/// still to be loaded and jitted) and the builds after it (warm). Run alone for a cold figure:
/// dotnet test tests/Zorginkoop.Dsl.Emit.Tests --filter FullyQualifiedName~BuildTimeTests --logger "console;verbosity=detailed"
/// </summary>
public class BuildTimeTests(ITestOutputHelper output)
{
    [Fact]
    public void ReportsColdAndWarmBuildTimes()
    {
        var files = new[] { "vgz/algemene-minimumeisen.zip", "vgz/huisartsenzorg-2026-2027.zip" }.Select(f => RepositoryPaths.Combine("policies", f)).Where(File.Exists).ToList();
        foreach (var round in new[] { "koud", "warm", "warm", "warm" })
        {
            foreach (var file in files)
            {
                var policy = PolicyCompilation.Compile(file);
                if (policy.HasErrors)
                {
                    continue;
                }

                var clock = Stopwatch.StartNew();
                var build = PolicyBuilder.Build(policy);
                clock.Stop();
                Assert.True(build.Success, string.Join("\n", build.Diagnostics));
                output.WriteLine($"{round,-4} {Path.GetFileName(file),-34} totaal {clock.ElapsedMilliseconds,5} ms (C# {build.GenerateTime.TotalMilliseconds,5:0} ms, Roslyn + controle {build.CompileTime.TotalMilliseconds,5:0} ms), {build.GeneratedSource.Split('\n').Length} regels C#, dll {build.Dll.Length / 1024} kB");
            }
        }
    }
}
