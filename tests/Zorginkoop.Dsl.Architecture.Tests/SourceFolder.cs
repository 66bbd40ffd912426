namespace Zorginkoop.Dsl.Architecture.Tests;

/// <summary>
/// A folder of a source project as the architecture speaks of it: the project and its first-level folder
/// ("Semantics/Binding"), or the project alone for files at its root ("Hosting"). Namespaces follow folders, so a
/// type's namespace names its folder.
/// </summary>
public readonly record struct SourceFolder(string Project, string? Folder)
{
    private const string Prefix = "Zorginkoop.Dsl.";

    public override string ToString() => Folder is null ? Project : Project + "/" + Folder;

    /// <summary>The folder of a namespace such as Zorginkoop.Dsl.Semantics.Binding, or null outside the product.</summary>
    public static SourceFolder? OfNamespace(string ns)
    {
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[Prefix.Length..].Split('.');
        return new SourceFolder(parts[0], parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>The folder of a file given by its path below src/ ("Zorginkoop.Dsl.Semantics/Binding/Binder.cs").</summary>
    public static SourceFolder OfPath(string pathBelowSource)
    {
        var parts = pathBelowSource.Replace('\\', '/').Split('/');
        var project = parts[0][Prefix.Length..];
        return new SourceFolder(project, parts.Length > 2 ? parts[1] : null);
    }
}
