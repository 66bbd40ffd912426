namespace Zorginkoop.Dsl.Runtime.Results;

/// <summary>Lists of fact paths as results report them: each path once, in the order first met.</summary>
internal static class FactNames
{
    public static readonly IReadOnlyList<string> None = [];

    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return None;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
