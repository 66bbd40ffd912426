using System.Collections.Immutable;
using Zorginkoop.Dsl.Publishing.Composition;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The real policies of policies/ as the tests publish them: on one fixed date (so the baselines do not move with the
/// calendar), each checked clean first.
/// </summary>
internal static class PublishedPolicies
{
    /// <summary>After every amendment of the real policies, so the documents show them all.</summary>
    public static readonly DateOnly On = new(2026, 12, 1);

    public const string Huisartsenzorg = "vgz/huisartsenzorg-2026-2027.zip";

    public static TheoryData<string> Names() => [.. All()];

    /// <summary>Policy files relative to policies/; scenario files (*.test.zip) are not policies of their own.</summary>
    public static IEnumerable<string> All() =>
        Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Combine("policies"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static CheckedPolicy Compile(string name, DateOnly? on = null)
    {
        var policy = PolicyCompilation.Compile(RepositoryPaths.Combine("policies", name), asOf: on ?? On);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics.Where(d => d.IsError).Select(d => d.Message)));
        return policy;
    }

    public static PolicyDocument Document(string name, bool withCode = false, string? compareWith = null)
    {
        var policy = Compile(name);
        var diff = compareWith is null ? null : PolicyComparer.Compare(PolicyCompilation.Compile(RepositoryPaths.Combine("policies", compareWith)), policy);
        return DocumentBuilder.Build(policy, diff, withCode);
    }

    /// <summary>Every requirement of the policy with its sentence, in sets and addenda, children included.</summary>
    public static ImmutableArray<(string Path, string? Sentence)> Requirements(CheckedPolicy policy)
    {
        var all = new List<(string, string?)>();
        foreach (var requirement in policy.RequirementSets.SelectMany(s => s.Requirements).Concat(policy.Addenda.SelectMany(a => a.Requirements)))
        {
            Add(requirement, all);
        }

        return [.. all];

        static void Add(RequirementSymbol requirement, List<(string, string?)> all)
        {
            all.Add((requirement.Path, requirement.Sentence));
            foreach (var child in requirement.Children)
            {
                Add(child, all);
            }
        }
    }

    /// <summary>"vgz/huisartsenzorg-2026-2027.zip" → "vgz.huisartsenzorg-2026-2027": the baseline's name.</summary>
    public static string BaselineName(string name) => name.Replace('/', '.')[..^".zip".Length];
}
