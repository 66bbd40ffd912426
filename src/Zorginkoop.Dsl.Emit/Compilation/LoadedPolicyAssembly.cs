using System.Reflection;
using Zorginkoop.Dsl.Runtime.Evaluation;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>A compiled policy loaded into its own collectible context; dispose to let it be unloaded.</summary>
public sealed class LoadedPolicyAssembly : IDisposable
{
    private readonly PolicyLoadContext context;

    internal LoadedPolicyAssembly(PolicyLoadContext context, Assembly assembly, IPolicyEvaluator evaluator)
    {
        this.context = context;
        Assembly = assembly;
        Evaluator = evaluator;
    }

    public Assembly Assembly { get; }

    public IPolicyEvaluator Evaluator { get; }

    /// <summary>Starts unloading; the memory is freed once nothing refers to the policy's types any more.</summary>
    public void Dispose() => context.Unload();

    /// <summary>
    /// The one reflective step: finding <c>Policy.Instance</c>. Everything after goes through <see cref="IPolicyEvaluator"/>.
    /// </summary>
    internal static LoadedPolicyAssembly Create(PolicyLoadContext context, Assembly assembly, string? entryTypeName)
    {
        var entry = entryTypeName is not null
            ? assembly.GetType(entryTypeName, throwOnError: true)!
            : assembly.GetExportedTypes().Single(t => typeof(IPolicyEvaluator).IsAssignableFrom(t));
        var instance = entry.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IPolicyEvaluator
            ?? throw new InvalidOperationException($"{entry.FullName} has no static Instance implementing IPolicyEvaluator.");
        return new LoadedPolicyAssembly(context, assembly, instance);
    }
}
