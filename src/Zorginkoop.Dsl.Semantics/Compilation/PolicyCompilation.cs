using Zorginkoop.Dsl.Semantics.Binding;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>The front end in one call: translates an entry path into the checked model of its policy.</summary>
public static class PolicyCompilation
{
    public static CheckedPolicy Compile(string entryPath, ISourceProvider? sources = null)
    {
        var loaded = new PolicyLoader(sources ?? FileSystemSourceProvider.Instance).Load(entryPath);
        return Binder.Bind(loaded);
    }
}
