namespace Zorginkoop.Dsl.Emit.Naming;

/// <summary>
/// Hands out unique C# identifiers within one declaration space, in the order asked, so that the same policy
/// always gets the same names. Names the generator itself needs are reserved first.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public NameScope(params IEnumerable<string> reserved)
    {
        used.UnionWith(reserved);
    }

    public string Allocate(string policyName, bool pascalCase = true)
    {
        var candidate = IdentifierSanitizer.Sanitize(policyName, pascalCase);
        if (used.Add(candidate))
        {
            return candidate;
        }

        for (var suffix = 2; ; suffix++)
        {
            var numbered = $"{candidate}_{suffix}";
            if (used.Add(numbered))
            {
                return numbered;
            }
        }
    }

    public void Reserve(string name) => used.Add(name);
}
