using System.Reflection;
using System.Runtime.Loader;
using Zorginkoop.Dsl.Runtime.Evaluation;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>
/// A collectible load context for one compiled policy. The runtime assembly is the host's own, so results and
/// fact types cross the boundary as the same types; the BCL comes from the default context.
/// </summary>
public sealed class PolicyLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    private static readonly Assembly RuntimeAssembly = typeof(IPolicyEvaluator).Assembly;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        string.Equals(assemblyName.Name, RuntimeAssembly.GetName().Name, StringComparison.Ordinal) ? RuntimeAssembly : null;
}
