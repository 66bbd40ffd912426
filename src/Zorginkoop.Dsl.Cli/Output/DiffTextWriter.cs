using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// The text form of <c>zorginkoop diff</c>: one block per change, marked + nieuw, - vervallen, ~ gewijzigd,
/// &gt; andere datum, = zelfde planning later; the old and new text and logic below it.
/// </summary>
public static class DiffTextWriter
{
    public static void Write(TextWriter output, PolicyDiff diff)
    {
        // Sentences, titles and values come from the policy and the facts: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        output.WriteLine($"Oud:   {ChangeWords.Label(diff.Old)} ({Path.GetFileName(diff.Old.Path)}, {ChangeWords.Version(diff.Old)})");
        output.WriteLine($"Nieuw: {ChangeWords.Label(diff.New)} ({Path.GetFileName(diff.New.Path)}, {ChangeWords.Version(diff.New)})");
        foreach (var amendment in diff.AmendmentsBetween)
        {
            output.WriteLine($"Wijziging van {(amendment.EffectiveDate is { } date ? DutchFormat.Date(date) : "?")}: {amendment.Title}");
        }

        output.WriteLine();
        if (diff.IsEmpty)
        {
            output.WriteLine("Geen verschillen in betekenis.");
            return;
        }

        foreach (var change in diff.Changes)
        {
            var mark = change.Kind switch
            {
                ChangeKind.Added => '+',
                ChangeKind.Removed => '-',
                ChangeKind.Changed => '~',
                ChangeKind.Moved => '>',
                _ => '=',
            };
            var context = change.Context is null ? string.Empty : $" ({change.Context})";
            output.WriteLine($"{mark} {ChangeWords.Subject(change)}{context}: {ChangeWords.Status(change.Kind)}");
            Side(output, "oud:  ", change.Old);
            Side(output, "nieuw:", change.New);
            foreach (var value in change.Values)
            {
                output.WriteLine($"    {value}");
            }

            foreach (var note in change.Notes)
            {
                output.WriteLine($"    {note}");
            }
        }

        output.WriteLine();
        output.WriteLine($"{diff.Changes.Length} {(diff.Changes.Length == 1 ? "wijziging" : "wijzigingen")}.");
    }

    private static void Side(TextWriter output, string label, ChangeSide? side)
    {
        if (side is null)
        {
            return;
        }

        var first = true;
        foreach (var line in new[] { side.Text is null ? null : $"\"{side.Text}\"", side.Logic }.OfType<string>())
        {
            output.WriteLine(first ? $"    {label} {line}" : $"           {line}");
            first = false;
        }
    }
}
