using BenchmarkDotNet.Attributes;
using Zorginkoop.Dsl.Cli;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Benchmarks.FrontEnd;

/// <summary>Warm <c>zorginkoop check policies</c>, in-process and repeated (the cold figure comes from benchmarks/run.sh).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string policies = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        policies = Path.Combine(RepositoryRoot.Find(), "policies");
        if (CliApplication.Run(["check", policies], TextWriter.Null, TextWriter.Null) != 0)
        {
            throw new InvalidOperationException("zorginkoop check policies does not pass; fix the policies before measuring.");
        }
    }

    [Benchmark(Description = "check policies/ (warm)")]
    public int CheckPolicies() => CliApplication.Run(["check", policies], TextWriter.Null, TextWriter.Null);
}

/// <summary>Warm build of each policy: front end, C# generation, Roslyn compile and reference check, in-process.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    [ParamsSource(nameof(Policies))]
    public string Policy { get; set; } = string.Empty;

    public static IEnumerable<string> Policies() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "policies"), "*.zip", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Find(), f))
            .Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        if (!Build().Success)
        {
            throw new InvalidOperationException(Policy + " does not build.");
        }
    }

    [Benchmark(Description = "build (warm)")]
    public BuildResult Build() => PolicyBuilder.Build(PolicyCompilation.Compile(Path.Combine(RepositoryRoot.Find(), Policy)));
}
