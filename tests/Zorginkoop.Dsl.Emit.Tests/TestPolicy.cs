using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Emit.Tests;

/// <summary>A policy compiled both ways: checked model, build result and the loaded compiled evaluator.</summary>
internal sealed class TestPolicy
{
    private TestPolicy(CheckedPolicy policy, BuildResult build)
    {
        Policy = policy;
        Build = build;
        Evaluator = PolicyBuilder.LoadEvaluator(build);
    }

    public CheckedPolicy Policy { get; }

    public BuildResult Build { get; }

    public IPolicyEvaluator Evaluator { get; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<TestPolicy>> Cache = new(StringComparer.Ordinal);

    /// <summary>Compiles a policy once per test run: theories over one policy share its assembly.</summary>
    public static TestPolicy From(string source) => Cache.GetOrAdd(source, s => new Lazy<TestPolicy>(() => Compile(s))).Value;

    private static TestPolicy Compile(string source)
    {
        var policy = PolicySource.Compile(source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics) + "\n" + build.GeneratedSource);
        return new TestPolicy(policy, build);
    }

    public FactRecord Facts(string json)
    {
        var (facts, errors) = FactReader.Parse(json, Evaluator.SubjectSchema!, "test");
        Assert.Empty(errors);
        return facts!;
    }
}
