using System.Collections.Frozen;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Names that look like another name but are not: Latin letters mixed with Cyrillic or Greek ones (<c>fтe</c>, with
/// a Cyrillic т, beside <c>fte</c>), or a name wholly in one of those scripts that reads as a Latin name of the file.
/// Both bind to a different thing than the reader sees, so each such name is reported once, at its first use, naming
/// the letters that are not Latin and the name it looks like.
/// </summary>
internal static class MixedScriptNames
{
    private enum Script { Neutral, Latin, Greek, Cyrillic, Other }

    /// <summary>Cyrillic and Greek letters that look like a Latin one in common fonts.</summary>
    private static readonly FrozenDictionary<char, char> LooksLatin = new Dictionary<char, char>
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['т'] = 't',
        ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T',
        ['У'] = 'Y', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
        ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O',
        ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
    }.ToFrozenDictionary();

    public static void Report(SourceText text, IEnumerable<(string Name, TextSpan Span)> names, DiagnosticBag diagnostics)
    {
        var firstUse = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var (name, span) in names)
        {
            firstUse.TryAdd(Composition.Compose(name), span);
        }

        var latinNames = firstUse.Keys.Where(n => Scripts(n).SetEquals([Script.Latin])).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, span) in firstUse.OrderBy(n => n.Value.Start))
        {
            var scripts = Scripts(name);
            var foreign = scripts.Where(s => s is Script.Greek or Script.Cyrillic).ToList();
            if (foreign.Count == 0 || (scripts.Count == 1 && !latinNames.Contains(Skeleton(name))))
            {
                // Latin, some other script, or wholly Greek or Cyrillic and like no Latin name here.
                continue;
            }

            var letters = string.Join(", ", name.Where(c => ScriptOf(c) is Script.Greek or Script.Cyrillic).Distinct()
                .Select(c => $"'{c}' (U+{(int)c:X4}, {(ScriptOf(c) == Script.Greek ? "Grieks" : "Cyrillisch")})"));
            var skeleton = Skeleton(name);
            var looksLike = skeleton != name && latinNames.Contains(skeleton) ? skeleton : null;
            diagnostics.Add(DiagnosticCatalog.MixedScriptName(new SourceLocation(text, span), name, letters, looksLike, skeleton));
        }
    }

    /// <summary>The name with every look-alike letter replaced by the Latin one it looks like.</summary>
    private static string Skeleton(string name) => new([.. name.Select(c => LooksLatin.TryGetValue(c, out var latin) ? latin : c)]);

    private static HashSet<Script> Scripts(string name) => [.. name.Select(ScriptOf).Where(s => s != Script.Neutral)];

    private static Script ScriptOf(char c) => c switch
    {
        _ when !char.IsLetter(c) => Script.Neutral,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') => Script.Latin,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        _ => Script.Other,
    };
}
