using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Lowering;

namespace Zorginkoop.Dsl.Semantics.Tests.Lowering;

/// <summary>
/// The lowered model of every real policy (policies/**/*.zip, not the scenario files *.test.zip, which only import
/// them), printed by <see cref="LoweredPrinter"/> and kept in Baselines/Lowered/, so that every change to the lowering
/// (the choice of typed operation, a conversion made explicit or dropped) shows up as a reviewable diff. Regenerate
/// after an intended change with:
///   ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests --filter FullyQualifiedName~LoweredBaselineTests
/// and review the change with git diff.
/// </summary>
public class LoweredBaselineTests
{
    private const string UpdateVariable = "ZORGINKOOP_UPDATE_BASELINES";

    private static readonly string Policies = RepositoryPaths.Combine("policies");

    private static readonly string Folder = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Semantics.Tests", "Baselines", "Lowered");

    public static TheoryData<string> RealPolicies() => [.. PolicyNames()];

    /// <summary>Paths relative to policies/ with '/' separators, e.g. "vgz/algemene-minimumeisen".</summary>
    private static IEnumerable<string> PolicyNames() =>
        Directory.GetFiles(Policies, "*.zip", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Policies, f)[..^".zip".Length].Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    private static string BaselinePath(string policy) => Path.Combine(Folder, policy.Replace('/', '.') + ".lowered.txt");

    [Theory]
    [MemberData(nameof(RealPolicies))]
    public void LoweredModelMatchesBaseline(string policy)
    {
        var compiled = PolicyCompilation.Compile(Path.Combine(Policies, policy + ".zip"));
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics.Where(d => d.IsError)));
        var actual = LoweredPrinter.Print(compiled);
        var path = BaselinePath(policy);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No lowered baseline {path}. Create it with:\n  {UpdateVariable}=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests --filter FullyQualifiedName~LoweredBaselineTests");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"The lowered model of policies/{policy}.zip differs from {Path.GetRelativePath(RepositoryPaths.Root, path)} {FirstDifference(expected, actual)}.\n" +
                $"If the change to the lowering is intended, regenerate and review the diff:\n" +
                $"  {UpdateVariable}=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests --filter FullyQualifiedName~LoweredBaselineTests\n" +
                $"  git diff {Path.GetRelativePath(RepositoryPaths.Root, Folder)}");
        }
    }

    [Fact]
    public void EveryBaselineBelongsToARealPolicy()
    {
        var expected = PolicyNames().Select(BaselinePath).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.Exists(Folder) ? Directory.GetFiles(Folder).Where(f => !expected.Contains(f)).ToList() : [];
        Assert.True(stale.Count == 0, "Lowered baselines without a policy (remove them): " + string.Join(", ", stale));
        Assert.NotEmpty(expected);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(einde)";
            var a = i < actualLines.Length ? actualLines[i] : "(einde)";
            if (e != a)
            {
                return $"first at line {i + 1}:\n--- expected\n{e}\n--- actual\n{a}";
            }
        }

        return string.Empty;
    }
}
