using System.Text;

namespace Zorginkoop.Dsl.Emit.Naming;

/// <summary>The namespace and assembly name of a compiled policy, derived from its entry file: "vgz/huisartsenzorg-2026.zip" → Zorginkoop.Policies.Huisartsenzorg2026.</summary>
public static class PolicyNaming
{
    public const string NamespacePrefix = "Zorginkoop.Policies";

    public static string PolicyIdentifier(string entryPath)
    {
        var stem = Path.GetFileNameWithoutExtension(entryPath);
        var builder = new StringBuilder();
        var startOfWord = true;
        foreach (var c in stem)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        return IdentifierSanitizer.Sanitize(builder.Length == 0 ? "Beleid" : builder.ToString(), pascalCase: true);
    }

    public static string Namespace(string policyIdentifier) => $"{NamespacePrefix}.{policyIdentifier}";

    /// <summary>
    /// The assembly name (equal to the namespace) that <see cref="PolicyBuilder.Build"/> gives a policy, known before
    /// compiling it: build systems declare their outputs up front. <paramref name="identifier"/> is the optional override.
    /// </summary>
    public static string AssemblyName(string entryPath, string? identifier = null) =>
        Namespace(identifier is null ? PolicyIdentifier(entryPath) : IdentifierSanitizer.Sanitize(identifier, pascalCase: true));
}
