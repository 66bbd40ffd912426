using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) inside a text or a comment make a line show in an order
/// that is not the order it is read in (a "Trojan Source" line: a comment that seems to end before code that is in
/// fact inside it). Outside texts and comments the lexer refuses them already; inside, each is reported once.
/// </summary>
internal static class DirectionControls
{
    public static void Report(SourceText text, int start, int end, DiagnosticBag diagnostics)
    {
        var content = text.Content;
        for (var i = start; i < end; i++)
        {
            if (NameOf(content[i]) is { } name)
            {
                diagnostics.Add(DiagnosticCatalog.DirectionControl(new SourceLocation(text, new TextSpan(i, 1)), name));
            }
        }
    }

    public static string? NameOf(char c) => c switch
    {
        '\u202A' => "U+202A (left-to-right embedding)",
        '\u202B' => "U+202B (right-to-left embedding)",
        '\u202C' => "U+202C (pop directional formatting)",
        '\u202D' => "U+202D (left-to-right override)",
        '\u202E' => "U+202E (right-to-left override)",
        '\u2066' => "U+2066 (left-to-right isolate)",
        '\u2067' => "U+2067 (right-to-left isolate)",
        '\u2068' => "U+2068 (first strong isolate)",
        '\u2069' => "U+2069 (pop directional isolate)",
        _ => null,
    };
}
