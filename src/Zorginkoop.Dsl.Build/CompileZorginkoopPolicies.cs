using System.Diagnostics;
using System.Runtime.Loader;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Build;

/// <summary>
/// Translates each resolved policy into its assembly (.dll and .pdb) with the compiler in this process, and records
/// the files it was built from. A policy whose assembly is newer than all of those files is left alone, so when one
/// policy of many changes only that one is compiled. A policy compiled before — by an earlier build, another project,
/// <c>zorginkoop</c> or the Testing library — is taken from the user's assembly cache (<see cref="PolicyAssemblyCache"/>)
/// instead of compiled again. Policy errors become MSBuild errors; nothing is thrown.
/// </summary>
public sealed class CompileZorginkoopPolicies : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>Assemblies</c> of <see cref="ResolveZorginkoopPolicies"/>.</summary>
    [Required]
    public ITaskItem[] Assemblies { get; set; } = [];

    /// <summary>The assemblies written or found up to date.</summary>
    [Output]
    public ITaskItem[] Built { get; private set; } = [];

    /// <summary>
    /// The assembly cache folder (<c>$(ZorginkoopAssemblyCache)</c>), <c>off</c> for none; empty for what the environment
    /// says (<c>ZORGINKOOP_CACHE</c>, else the user's cache folder).
    /// </summary>
    public string? AssemblyCache { get; set; }

    public override bool Execute()
    {
        var compiler = typeof(CompileZorginkoopPolicies).Assembly.Location;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<ITaskItem>();
        // One per task run, not the process's: MSBuild keeps its nodes alive between builds, and the builds held in
        // memory must not outlive this one. The cache on disk is what carries over.
        var compiled = new CompiledPolicies(CacheFor(AssemblyCache));
        foreach (var assembly in Assemblies)
        {
            var policy = assembly.GetMetadata("Policy");
            var dllPath = assembly.ItemSpec;
            var inputsFile = assembly.GetMetadata("InputsFile");
            if (PolicyInputsFile.IsUpToDate(dllPath, inputsFile, compiler))
            {
                Log.LogMessage(MessageImportance.Normal, $"Zorginkoop: {dllPath} is actueel; {policy} is niet opnieuw gecompileerd.");
                built.Add(assembly);
                continue;
            }

            if (Compile(compiled, assembly, policy, dllPath, inputsFile, reported))
            {
                built.Add(assembly);
            }
        }

        Built = [.. built];
        LogCompilerOrigin();
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Which Roslyn compiled the policies, and in which load context: the SDK ships its own Roslyn next to MSBuild,
    /// and this line (visible with -v:normal) shows the task used the one it was packed with.
    /// </summary>
    private void LogCompilerOrigin()
    {
        var context = AssemblyLoadContext.GetLoadContext(typeof(PolicyBuilder).Assembly);
        var roslyn = context?.Assemblies.FirstOrDefault(a => a.GetName().Name == "Microsoft.CodeAnalysis");
        if (roslyn is not null)
        {
            Log.LogMessage(MessageImportance.Normal, $"Zorginkoop: Roslyn {roslyn.GetName().Version} uit {roslyn.Location} (laadcontext '{context!.Name}').");
        }
    }

    private static PolicyAssemblyCache? CacheFor(string? setting) => setting switch
    {
        null or "" => PolicyAssemblyCache.FromEnvironment(),
        var off when off.Trim().ToLowerInvariant() is PolicyAssemblyCache.Off or "0" or "uit" or "none" or "false" => null,
        var folder => new PolicyAssemblyCache(Path.Combine(folder, "assemblies", "v1"), (long)PolicyAssemblyCache.DefaultLimitMegabytes * 1024 * 1024),
    };

    private bool Compile(CompiledPolicies compiled, ITaskItem assembly, string policy, string dllPath, string inputsFile, HashSet<string> reported)
    {
        var clock = Stopwatch.StartNew();
        var identifier = assembly.GetMetadata("Identifier") is { Length: > 0 } given ? given : null;
        var checkedPolicy = PolicyCompilation.Compile(policy);
        string? fromCache = null;
        BuildResult result;
        try
        {
            result = checkedPolicy.HasErrors ? PolicyBuilder.Build(checkedPolicy, identifier) : compiled.GetOrBuild(checkedPolicy, e =>
            {
                switch (e)
                {
                    case CompileEvent.Obtained { Source: AssemblySource.Cache } hit:
                        fromCache = hit.Entry;
                        break;
                    case CompileEvent.Warning warning:
                        // The cache only saves time: its warnings are build messages, never MSBuild warnings.
                        Log.LogMessage(MessageImportance.Normal, $"Zorginkoop: {warning.Diagnostic}");
                        break;
                }
            }, identifier);
        }
        catch (PolicyBuildException)
        {
            result = PolicyBuilder.Build(checkedPolicy, identifier); // every diagnostic of the failed build, reported below
        }
        var diagnostics = result.Diagnostics.ToList();
        if (result.Success && result.AssemblyName != assembly.GetMetadata("AssemblyName"))
        {
            diagnostics.Add(DiagnosticCatalog.InternalError($"'{policy}' is gebouwd als {result.AssemblyName}, maar de build verwachtte {assembly.GetMetadata("AssemblyName")}"));
        }

        if (result.Success && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.AddRange(PolicyBuilder.Write(result, dllPath));
        }

        // A shared imported file is checked once per policy that imports it; its diagnostics are reported once.
        foreach (var diagnostic in diagnostics.Where(d => reported.Add(d.ToString())))
        {
            BuildLog.Report(Log, diagnostic, policy);
        }

        var inputs = checkedPolicy.Files.Select(f => Path.GetFullPath(f.Text.Path)).Prepend(policy);
        if (diagnostics.Any(d => d.IsError))
        {
            // No stale assembly may stand in for a policy that no longer compiles.
            foreach (var stale in new[] { dllPath, assembly.GetMetadata("PdbPath"), Path.ChangeExtension(dllPath, ".xml"), inputsFile })
            {
                TryFile(() => File.Delete(stale), stale);
            }

            return false;
        }

        TryFile(() => PolicyInputsFile.Write(inputsFile, inputs), inputsFile);
        Log.LogMessage(MessageImportance.High, $"Zorginkoop: {policy} -> {dllPath} ({clock.ElapsedMilliseconds} ms{(fromCache is null ? string.Empty : ", uit de assemblycache")})");
        if (fromCache is not null)
        {
            Log.LogMessage(MessageImportance.Normal, $"Zorginkoop: {policy} niet opnieuw gecompileerd; de assembly komt uit de cache ({fromCache}).");
        }
        return true;
    }

    private void TryFile(Action action, string path)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder the build cannot write to is an error like any failed write (ZI9005), never a crashed task.
            BuildLog.Report(Log, DiagnosticCatalog.WriteFailed(path, e.Message), path);
        }
    }
}
