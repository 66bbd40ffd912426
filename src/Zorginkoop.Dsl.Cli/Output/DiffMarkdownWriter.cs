using System.Text;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Versions;

namespace Zorginkoop.Dsl.Cli.Output;

/// <summary>
/// The markdown form of <c>zorginkoop diff</c>, read like the policies' own "Overzicht alle wijzigingen ten
/// opzichte van vorig jaar": one table, Onderwerp | Oud | Nieuw, with "N.v.t." where an element did not exist.
/// Paths are file names only, so the output does not depend on where it was run.
/// </summary>
public static class DiffMarkdownWriter
{
    private const string Absent = "N.v.t.";

    public static void Write(TextWriter output, PolicyDiff diff)
    {
        // Sentences, titles and values come from the policy and the facts: shown, never obeyed by the terminal.
        output = TerminalSafeWriter.Over(output);
        var sameFile = diff.Old.Path == diff.New.Path;
        output.WriteLine(sameFile
            ? $"# Wijzigingen in {Escape(ChangeWords.Label(diff.New))}"
            : $"# Overzicht alle wijzigingen: {Escape(ChangeWords.Label(diff.Old))} → {Escape(ChangeWords.Label(diff.New))}");
        output.WriteLine();
        output.WriteLine($"- Oud: {Escape(Path.GetFileName(diff.Old.Path))}, {ChangeWords.Version(diff.Old)}");
        output.WriteLine($"- Nieuw: {Escape(Path.GetFileName(diff.New.Path))}, {ChangeWords.Version(diff.New)}");
        output.WriteLine();

        if (diff.AmendmentsBetween.Length > 0)
        {
            output.WriteLine("## Wijzigingen en aanvullingen op het inkoopbeleid");
            output.WriteLine();
            foreach (var amendment in diff.AmendmentsBetween)
            {
                output.WriteLine($"### {(amendment.EffectiveDate is { } date ? DutchFormat.Date(date) : "?")}: {Escape(amendment.Title)}");
                output.WriteLine();
                if (amendment.Reason is not null)
                {
                    output.WriteLine($"**Waarom deze aanvulling?** {Escape(amendment.Reason)}");
                    output.WriteLine();
                }

                if (amendment.Consequence is not null)
                {
                    output.WriteLine($"**Wat betekent dit voor u?** {Escape(amendment.Consequence)}");
                    output.WriteLine();
                }
            }

            output.WriteLine("## Overzicht");
            output.WriteLine();
        }

        if (diff.IsEmpty)
        {
            output.WriteLine("Geen verschillen in betekenis.");
            return;
        }

        output.WriteLine("| Onderwerp | Oud | Nieuw |");
        output.WriteLine("|---|---|---|");
        foreach (var change in diff.Changes)
        {
            output.WriteLine($"| {Subject(change)} | {Cell(change.Old, change.Kind == ChangeKind.Shifted ? ChangeWords.Period(diff.Old) : null)} | {Cell(change.New, change.Kind == ChangeKind.Shifted ? ChangeWords.Period(diff.New) : null)} |");
        }
    }

    private static string Subject(PolicyChange change)
    {
        var text = new StringBuilder($"**{Escape(ChangeWords.Subject(change))}**");
        if (change.Context is not null)
        {
            text.Append($" ({Escape(change.Context)})");
        }

        text.Append($"<br>*{ChangeWords.Status(change.Kind)}*");
        var details = ChangeWords.Details(change);
        if (details.Length > 0)
        {
            text.Append(": ").Append(Escape(details));
        }

        return text.ToString();
    }

    private static string Cell(ChangeSide? side, string? shiftedPeriod)
    {
        if (shiftedPeriod is not null)
        {
            return $"Planning {Escape(shiftedPeriod)}";
        }

        if (side is null)
        {
            return Absent;
        }

        var parts = new List<string>();
        if (side.Text is not null)
        {
            parts.Add(Escape(side.Text));
        }

        if (side.Logic is not null)
        {
            parts.Add("`" + side.Logic.Replace('`', '\'').Replace("|", "\\|") + "`");
        }

        return parts.Count == 0 ? Absent : string.Join("<br>", parts);
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r\n", "<br>").Replace("\n", "<br>").Replace("*", "\\*").Replace("_", "\\_");
}
