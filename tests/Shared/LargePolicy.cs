using System.Text;
using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Tests.Shared;

/// <summary>
/// A large policy grown from a real one: the real text as it is, then copies of its top-level <c>eisen</c> sets
/// (every requirement, comment and condition as written, each set renamed <c>Naam2</c>, <c>Naam3</c>, …) until
/// the asked number of lines. It checks like the original, so the editor sees real constructs at any size.
/// Shared by the language-server tests and the editor benchmark (linked into benchmarks/).
/// </summary>
public static partial class LargePolicy
{
    /// <summary>The policy text of about <paramref name="lines"/> lines (at least the original's).</summary>
    public static string Grow(string policy, int lines)
    {
        var source = policy.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sets = new List<(string Name, string[] Lines)>();
        for (var i = 0; i < source.Length; i++)
        {
            if (EisenHeader().Match(source[i]) is { Success: true } header)
            {
                var end = Array.FindIndex(source, i, l => l == "}");
                sets.Add((header.Groups[1].Value, source[i..(end + 1)]));
                i = end;
            }
        }

        if (sets.Count == 0)
        {
            throw new ArgumentException("The policy has no top-level eisen set to copy.", nameof(policy));
        }

        var text = new StringBuilder(policy.TrimEnd('\n')).Append('\n');
        var count = source.Length;
        for (var copy = 2; count < lines; copy++)
        {
            foreach (var (name, body) in sets)
            {
                text.Append('\n').Append("eisen ").Append(name).Append(copy).Append(body[0][("eisen ".Length + name.Length)..]).Append('\n');
                foreach (var line in body.Skip(1))
                {
                    text.Append(line).Append('\n');
                }

                count += body.Length + 1;
                if (count >= lines)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^eisen (\p{L}[\p{L}\p{Nd}]*)")]
    private static partial Regex EisenHeader();
}
