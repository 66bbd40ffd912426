using System.Text;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Fuzzing;

/// <summary>
/// Breaks a real policy the ways files get broken: tokens deleted, duplicated, swapped or replaced by other
/// tokens of the file, the text cut off anywhere, random characters (control characters, lone surrogates,
/// bidirectional overrides, NUL) dropped in, and now and then a burst of deep nesting; or, gentler, only the
/// layout changed. Deterministic per seed.
/// </summary>
internal sealed class Mutator(string text, Random random)
{
    private static readonly string[] Bursts =
    [
        new string('(', 300), new string(')', 300), string.Concat(Enumerable.Repeat("niet ", 300)),
        string.Concat(Enumerable.Repeat("eis x { ", 150)), string.Concat(Enumerable.Repeat("[", 300)),
        string.Concat(Enumerable.Repeat(" en ja", 400)), string.Concat(Enumerable.Repeat(".a", 400)),
        .. NestingShapes.Shapes.Select(shape => NestingShapes.Burst(shape, 300)),
        "\"" + new string('x', 20_000) + "\"", "/*", "\"", "{", "}", "eis", "eisen X {", "€", "31 april 2026", "1.5", "1,0,0",
    ];

    private static readonly char[] Oddities = ['\0', '\u0001', '\u001b', '\u007f', '\u00a0', '\u200b', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ud800', '\udc00', '\r', '\t', '\n', '"', '\\', '€', '–', '×'];

    private readonly IReadOnlyList<LexicalToken> tokens = PolicyLexer.Tokenize(new SourceText("bron.zip", text));

    private static readonly string[] Layout = [" ", "  ", "\n", "\n\n", "\t", "\r\n", " // opmerking met \"aanhalingstekens\" en */\n", " /* blok\n commentaar */ ", "\n    ", "\u00a0"];

    /// <summary>
    /// Changes only the layout: whitespace, line breaks and comments between tokens. The file still means the
    /// same, so these inputs mostly check and put the formatter to work on real policies laid out oddly.
    /// </summary>
    public (string Text, string Description) MutateLayout()
    {
        var inserts = tokens.Where(_ => random.Next(8) == 0).Select(t => (t.Span.Start, Layout[random.Next(Layout.Length)])).OrderByDescending(i => i.Start).ToList();
        var text1 = new StringBuilder(text);
        foreach (var (at, insert) in inserts)
        {
            text1.Insert(at, insert);
        }

        return (text1.ToString(), $"opmaak: {inserts.Count} stukken witruimte en commentaar tussen de woorden");
    }

    public (string Text, string Description) Mutate()
    {
        var current = text;
        var steps = new List<string>();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var (next, step) = Once(current);
            current = next;
            steps.Add(step);
        }

        return (current, string.Join("; ", steps));
    }

    private (string, string) Once(string current)
    {
        // Token edits use the original file's tokens; after an earlier edit their offsets may be off a little,
        // which only makes the result more varied. Offsets are clamped to the current text.
        var token = tokens.Count == 0 ? null : tokens[random.Next(tokens.Count)];
        var at = token is null ? random.Next(current.Length + 1) : Math.Min(token.Span.Start, current.Length);
        var end = token is null ? at : Math.Min(token.Span.End, current.Length);
        switch (random.Next(9))
        {
            case 0:
                return (current.Remove(at, end - at), $"woord '{Short(token?.Text)}' op {at} weggehaald");
            case 1:
                return (current.Insert(end, " " + current[at..end]), $"woord '{Short(token?.Text)}' op {at} verdubbeld");
            case 2:
            {
                var other = tokens.Count == 0 ? null : tokens[random.Next(tokens.Count)];
                if (other is null || other.Span.End > current.Length || end > current.Length || other.Span.Start < end && other.Span.End > at)
                {
                    return (current, "niets (verwisseling overlapte)");
                }

                var (first, second) = at < other.Span.Start ? ((at, end), (other.Span.Start, other.Span.End)) : ((other.Span.Start, other.Span.End), (at, end));
                var swapped = current[..first.Item1] + current[second.Item1..second.Item2] + current[first.Item2..second.Item1] + current[first.Item1..first.Item2] + current[second.Item2..];
                return (swapped, $"woorden op {first.Item1} en {second.Item1} verwisseld");
            }

            case 3:
            {
                var replacement = tokens.Count == 0 ? "x" : tokens[random.Next(tokens.Count)].Text;
                return (current[..at] + replacement + current[end..], $"woord op {at} vervangen door '{Short(replacement)}'");
            }

            case 4:
            {
                var cut = random.Next(current.Length + 1);
                return (current[..cut], $"afgekapt op {cut}");
            }

            case 5:
            {
                var position = random.Next(current.Length + 1);
                var noise = new StringBuilder();
                for (var i = random.Next(1, 8); i > 0; i--)
                {
                    noise.Append(random.Next(3) == 0 ? (char)random.Next(0x20, 0x7f) : Oddities[random.Next(Oddities.Length)]);
                }

                return (current.Insert(position, noise.ToString()), $"{noise.Length} vreemde tekens op {position}");
            }

            case 6:
            {
                var burst = Bursts[random.Next(Bursts.Length)];
                return (current.Insert(at, burst), $"'{Short(burst)}' ({burst.Length} tekens) op {at}");
            }

            case 7:
            {
                var line = current.LastIndexOf('\n', Math.Max(0, at - 1));
                return (current.Insert(line + 1, current[(line + 1)..at]), $"regel tot {at} verdubbeld");
            }

            default:
            {
                var length = Math.Min(current.Length - at, random.Next(1, 200));
                return (current.Remove(at, length), $"{length} tekens vanaf {at} weggehaald");
            }
        }
    }

    private static string Short(string? text) => text is null ? "-" : text.Length <= 24 ? text : text[..24] + "…";
}
