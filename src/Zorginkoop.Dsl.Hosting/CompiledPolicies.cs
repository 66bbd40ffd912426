using System.Collections.Concurrent;
using System.Collections.Immutable;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>Where a compiled assembly came from.</summary>
public enum AssemblySource
{
    /// <summary>Compiled with Roslyn now (and stored in the cache when there is one).</summary>
    Compiled,

    /// <summary>Read from the assembly cache on disk.</summary>
    Cache,

    /// <summary>Already compiled or read earlier in this process.</summary>
    Process,
}

/// <summary>What <see cref="CompiledPolicies"/> reports to a host: a compile about to start, an assembly obtained, a cache problem.</summary>
public abstract record CompileEvent(PolicyCacheKey Key)
{
    /// <summary>Roslyn is about to compile this policy (a host shows a progress line).</summary>
    public sealed record Started(PolicyCacheKey Key, string Policy) : CompileEvent(Key);

    /// <summary>The assembly is there; <paramref name="Entry"/> is its cache file, null without a cache (or when it could not be stored).</summary>
    public sealed record Obtained(PolicyCacheKey Key, AssemblySource Source, string? Entry) : CompileEvent(Key);

    /// <summary>A ZI94xx warning of the cache: shown under verbose only, it never changes an answer.</summary>
    public sealed record Warning(PolicyCacheKey Key, Diagnostic Diagnostic) : CompileEvent(Key);
}

/// <summary>
/// Compile once, reuse everywhere: the one place a checked policy becomes a built assembly for evaluation. A build
/// is made at most once per process for each <see cref="PolicyCacheKey"/> (however many sessions, test classes or
/// threads ask), and read from the <see cref="PolicyAssemblyCache"/> on disk when another process built it before.
/// <see cref="Builds"/> and <see cref="BuildsOf"/> count the Roslyn builds, so tests can assert the "at most once".
/// </summary>
public sealed class CompiledPolicies
{
    private static readonly Lazy<CompiledPolicies> SharedInstance = new(() => new CompiledPolicies(PolicyAssemblyCache.FromEnvironment(EnvironmentWarnings), EnvironmentWarnings));
    private static readonly List<Diagnostic> EnvironmentWarnings = [];

    private readonly ConcurrentDictionary<PolicyCacheKey, Lazy<(BuildResult Build, string? Entry)>> built = new();
    private readonly ConcurrentDictionary<PolicyCacheKey, int> buildCounts = new();
    private readonly ImmutableArray<Diagnostic> setupWarnings;
    private int builds;

    public CompiledPolicies(PolicyAssemblyCache? cache, IEnumerable<Diagnostic>? setupWarnings = null)
    {
        Cache = cache;
        this.setupWarnings = [.. setupWarnings ?? []];
    }

    /// <summary>The process's instance, with the cache the environment describes (<see cref="PolicyAssemblyCache.FromEnvironment"/>).</summary>
    public static CompiledPolicies Shared => SharedInstance.Value;

    /// <summary>The cache on disk; null when it is turned off.</summary>
    public PolicyAssemblyCache? Cache { get; }

    /// <summary>Warnings about the cache's settings (ZI9405), for a host to show under verbose.</summary>
    public ImmutableArray<Diagnostic> SetupWarnings => setupWarnings;

    /// <summary>Roslyn builds made through this instance.</summary>
    public int Builds => Volatile.Read(ref builds);

    /// <summary>Roslyn builds made through this instance for one key: at most 1, whatever asked for it.</summary>
    public int BuildsOf(PolicyCacheKey key) => buildCounts.GetValueOrDefault(key);

    /// <summary>Whether the assembly is there without compiling: built or read in this process, or in the cache.</summary>
    public bool IsAvailable(PolicyCacheKey key) =>
        built.TryGetValue(key, out var lazy) && lazy.IsValueCreated || (Cache?.Contains(key) ?? false);

    /// <summary>
    /// The build of <paramref name="policy"/>: from this process, from the cache, or compiled (and stored). A failed
    /// build is returned as it is and not remembered. <paramref name="observe"/> hears of a compile starting, where
    /// the assembly came from, and cache warnings.
    /// </summary>
    public BuildResult GetOrBuild(CheckedPolicy policy, Action<CompileEvent>? observe = null, string? policyIdentifier = null)
    {
        var key = PolicyCacheKey.Of(policy, policyIdentifier);
        var source = AssemblySource.Process;
        var events = new List<CompileEvent>();
        var lazy = built.GetOrAdd(key, k => new(() =>
        {
            var warnings = new List<Diagnostic>();
            try
            {
                if (Cache?.TryLoad(k, warnings) is { } cached)
                {
                    source = AssemblySource.Cache;
                    return (cached, Cache.EntryPath(k));
                }

                source = AssemblySource.Compiled;
                observe?.Invoke(new CompileEvent.Started(k, policy.EntryPath));
                var build = PolicyBuilder.Build(policy, policyIdentifier);
                Interlocked.Increment(ref builds);
                buildCounts.AddOrUpdate(k, 1, (_, n) => n + 1);
                if (!build.Success)
                {
                    throw new PolicyBuildException([.. build.Diagnostics.Where(d => d.IsError)]);
                }

                return (build, Cache?.Store(k, build, warnings));
            }
            finally
            {
                events.AddRange(warnings.Select(w => new CompileEvent.Warning(k, w)));
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication));

        try
        {
            var (result, entry) = lazy.Value;
            foreach (var warning in setupWarnings)
            {
                observe?.Invoke(new CompileEvent.Warning(key, warning));
            }

            foreach (var e in events)
            {
                observe?.Invoke(e);
            }

            observe?.Invoke(new CompileEvent.Obtained(key, source, entry));
            // A successful build carries the policy's own diagnostics (Roslyn's warnings are not kept); the same key
            // means the same texts, so this policy's are those of the build, located in its own files.
            return result with { Diagnostics = policy.Diagnostics };
        }
        catch (PolicyBuildException)
        {
            // Not remembered: a later attempt (after a fix to the compiler) builds again.
            built.TryRemove(new KeyValuePair<PolicyCacheKey, Lazy<(BuildResult, string?)>>(key, lazy));
            throw;
        }
    }

    /// <summary>
    /// Loads a build into a fresh collectible context. A cached entry whose bytes pass the checksum but do not load
    /// (a compiler with the same version ids but another runtime, say) is forgotten and compiled again.
    /// </summary>
    public Emit.Compilation.LoadedPolicyAssembly Load(CheckedPolicy policy, Action<CompileEvent>? observe = null)
    {
        var build = GetOrBuild(policy, observe);
        try
        {
            return PolicyBuilder.Load(build);
        }
        catch (Exception e) when (e is BadImageFormatException or TypeLoadException or InvalidOperationException or FileLoadException)
        {
            var key = PolicyCacheKey.Of(policy);
            if (Cache is null || !File.Exists(Cache.EntryPath(key)))
            {
                throw;
            }

            observe?.Invoke(new CompileEvent.Warning(key, DiagnosticCatalog.CacheEntryDamaged(Cache.EntryPath(key), $"laden faalde: {e.GetType().Name}")));
            built.TryRemove(key, out _);
            try
            {
                File.Delete(Cache.EntryPath(key));
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // A miss next time either way.
            }

            return PolicyBuilder.Load(GetOrBuild(policy, observe));
        }
    }
}
