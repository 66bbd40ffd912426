namespace Zorginkoop.Dsl.Runtime.Values;

/// <summary>Finds the closest known name for a "bedoelde u …?" hint (Damerau-Levenshtein, case-insensitive).</summary>
/// <remarks>
/// Bounded (issue 15.12: an 8 MB unknown name built a full distance table against every candidate, 142 s and
/// 6.2 GB): a name longer than <see cref="MaxNameLength"/> gets no hint, and a candidate whose length alone puts it
/// past the allowed distance is not compared, so the work is at most <see cref="MaxNameLength"/>² per candidate.
/// </remarks>
public static class NameSuggester
{
    /// <summary>Far longer than any name a policy declares; a longer "name" is not a typing slip.</summary>
    public const int MaxNameLength = 256;

    public static string? Suggest(string misspelled, IEnumerable<string> candidates) => Suggest(misspelled, candidates, out _);

    /// <summary>The same, with the work done in distance-table cells, so a test can bound it without a clock.</summary>
    public static string? Suggest(string misspelled, IEnumerable<string> candidates, out long cellsComputed)
    {
        cellsComputed = 0;
        if (misspelled.Length > MaxNameLength)
        {
            return null;
        }

        var limit = Math.Max(1, misspelled.Length / 3);
        var lower = misspelled.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length.
            if (Math.Abs(candidate.Length - misspelled.Length) > limit)
            {
                continue;
            }

            cellsComputed += (long)(misspelled.Length + 1) * (candidate.Length + 1);
            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
