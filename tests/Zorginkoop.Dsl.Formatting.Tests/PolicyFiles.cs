namespace Zorginkoop.Dsl.Formatting.Tests;

internal static class PolicyFiles
{
    /// <summary>Every policy file in policies/, repository-relative, in a stable order.</summary>
    public static IEnumerable<string> All() =>
        Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);
}
