using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>The front end in one call: translates an entry path into the checked model of its policy.</summary>
public static class PolicyCompilation
{
    /// <param name="asOf">
    /// The policy as it stood on this date, with every amendment dated on or before it applied; null for the
    /// policy as published (whose diagnostics then include those of every later version).
    /// </param>
    public static CheckedPolicy Compile(string entryPath, ISourceProvider? sources = null, DateOnly? asOf = null)
    {
        var loaded = new PolicyLoader(sources ?? FileSystemSourceProvider.Instance).Load(entryPath);
        return PolicyVersionSet.Compile(loaded, asOf);
    }
}
