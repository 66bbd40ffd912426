namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>The policy files of the repository, in a stable order.</summary>
internal static class RepositoryPolicies
{
    public static string Folder { get; } = RepositoryPaths.Combine("policies");

    /// <summary>Every policy file, scenario files (*.test.zip) included: the fuzzer mutates them all.</summary>
    public static IReadOnlyList<string> AllFiles { get; } =
        [.. Directory.GetFiles(Folder, "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>The policies themselves, without their scenario files: what gets evaluated.</summary>
    public static IReadOnlyList<string> Policies { get; } =
        [.. AllFiles.Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal))];

    public static string Relative(string path) => Path.GetRelativePath(Folder, path).Replace('\\', '/');
}
