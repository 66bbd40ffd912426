using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>
/// How an <see cref="EvaluationSession"/> gets compiled assemblies and whom it tells: the process's
/// <see cref="CompiledPolicies"/> (with the user's assembly cache) unless a host passes its own, and observers a
/// host uses for a progress line and <c>ZORGINKOOP_VERBOSE</c> output. Sessions opened for other versions of the
/// policy inherit them.
/// </summary>
public sealed record EngineOptions
{
    public static EngineOptions Default { get; } = new();

    private readonly CompiledPolicies? assemblies;

    /// <summary>Where compiled assemblies come from; <see cref="CompiledPolicies.Shared"/> when not set.</summary>
    public CompiledPolicies Assemblies
    {
        get => assemblies ?? CompiledPolicies.Shared;
        init => assemblies = value;
    }

    /// <summary>Hears which engine each session (each version of a policy) answers with.</summary>
    public Action<EngineChosen>? Observe { get; init; }

    /// <summary>Hears of a compile starting, where an assembly came from, and cache warnings.</summary>
    public Action<CompileEvent>? ObserveCompile { get; init; }
}

/// <summary>A session decided on its engine: <paramref name="Asked"/> as requested, <paramref name="Answering"/> the one used.</summary>
public sealed record EngineChosen(CheckedPolicy Policy, Engine Asked, Engine Answering);
