using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Zorginkoop.Dsl.Emit.Naming;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Build;

/// <summary>
/// Translates &lt;ZorginkoopPolicy&gt; items into what the compile target needs before it runs: per policy the
/// assembly it builds to, and every file it was built from last time (entry and imports, from the inputs file the
/// compile wrote). MSBuild compares those inputs with the assemblies to skip the compile when nothing changed.
/// Cheap on purpose: it reads no policy and compiles nothing.
/// </summary>
public sealed class ResolveZorginkoopPolicies : Microsoft.Build.Utilities.Task
{
    /// <summary>The &lt;ZorginkoopPolicy&gt; items; optional metadata <c>Identifier</c> overrides the name taken from the file.</summary>
    [Required]
    public ITaskItem[] Policies { get; set; } = [];

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>
    /// One item per entry policy (scenario files, <c>*.test.zip</c>, are not built): the item spec is the assembly's
    /// full path; metadata <c>Policy</c>, <c>AssemblyName</c>, <c>Identifier</c>, <c>PdbPath</c>, <c>InputsFile</c>.
    /// </summary>
    [Output]
    public ITaskItem[] Assemblies { get; private set; } = [];

    /// <summary>
    /// The entry files and every file their last compile read; missing ones make MSBuild rebuild, which is also how
    /// an assembly built by another version of the package is forced out of date.
    /// </summary>
    [Output]
    public ITaskItem[] Inputs { get; private set; } = [];

    public override bool Execute()
    {
        var outputDirectory = Path.GetFullPath(OutputDirectory);
        var assemblies = new List<ITaskItem>();
        var inputs = new SortedSet<string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Policies.DistinctBy(p => p.GetMetadata("FullPath"), StringComparer.Ordinal))
        {
            var policy = item.GetMetadata("FullPath");
            if (policy.EndsWith(".test.zip", StringComparison.OrdinalIgnoreCase))
            {
                // Scenario files import the policy they test; `zorginkoop test` runs them, the build does not compile them.
                Log.LogMessage(MessageImportance.Low, $"Zorginkoop: {policy} bevat scenario's en wordt niet tot een assembly gebouwd.");
                continue;
            }

            var identifier = item.GetMetadata("Identifier") is { Length: > 0 } given ? given : null;
            var assemblyName = PolicyNaming.AssemblyName(policy, identifier);
            if (byName.TryGetValue(assemblyName, out var other))
            {
                BuildLog.Report(Log, DiagnosticCatalog.DuplicatePolicyAssembly(policy, other, assemblyName), policy);
                continue;
            }

            byName[assemblyName] = policy;
            var assemblyPath = Path.Combine(outputDirectory, assemblyName + ".dll");
            var inputsFile = Path.Combine(outputDirectory, assemblyName + ".inputs");
            var assembly = new TaskItem(assemblyPath);
            assembly.SetMetadata("Policy", policy);
            assembly.SetMetadata("AssemblyName", assemblyName);
            assembly.SetMetadata("Identifier", identifier ?? string.Empty);
            assembly.SetMetadata("PdbPath", Path.ChangeExtension(assemblyPath, ".pdb"));
            assembly.SetMetadata("InputsFile", inputsFile);
            assemblies.Add(assembly);

            inputs.Add(policy);
            var record = PolicyInputsFile.Read(inputsFile);
            inputs.UnionWith(record.Inputs);
            if (record.IsFromOtherCompiler)
            {
                // A file that never exists: MSBuild then runs the compile target whatever the timestamps say.
                Log.LogMessage(MessageImportance.Normal, $"Zorginkoop: {assemblyPath} is gebouwd met een andere versie van Zorginkoop.Dsl.Build en wordt opnieuw gecompileerd.");
                inputs.Add(Path.ChangeExtension(inputsFile, ".compiler-changed"));
            }
        }

        Assemblies = [.. assemblies];
        Inputs = [.. inputs.Select(path => new TaskItem(path))];
        return !Log.HasLoggedErrors;
    }
}
