using System.Globalization;
using System.Text;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Publishing.Rendering;

/// <summary>
/// The document as GitHub-flavoured Markdown, in the same order as the HTML. Anchors are empty &lt;a id&gt; elements
/// (the ids of <see cref="Semantics.Model.PolicyAnchors"/>), so links into the Markdown and into the HTML are the
/// same. Every text from the policy passes <see cref="MarkdownText.Encode"/>, code <see cref="MarkdownText.Code"/>.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(PolicyDocument document)
    {
        var md = new StringBuilder();
        md.Append($"# Inkoopbeleid {E(document.Title)}\n\n");
        if (document.Insurer is not null)
        {
            md.Append($"- Verzekeraar: {E(document.Insurer)}\n");
        }

        if (document.Period is not null)
        {
            md.Append($"- Looptijd: {E(document.Period)}\n");
        }

        if (document.Published is { } published)
        {
            md.Append($"- Gepubliceerd: {DutchFormat.Date(published)}\n");
        }

        md.Append($"- Stand: {(document.AsOf is { } asOf ? $"zoals geldend op {DutchFormat.Date(asOf)}" : "zoals gepubliceerd, zonder wijzigingen")}\n");
        md.Append($"- Bron: {MarkdownText.Code(document.SourceFile)}, gemaakt met `zorginkoop publish`\n\n");

        Amendments(md, document);
        Plannings(md, document);
        Changes(md, document);
        Requirements(md, document);
        return md.ToString();
    }

    private static void Amendments(StringBuilder md, PolicyDocument document)
    {
        if (document.Amendments.IsEmpty)
        {
            return;
        }

        md.Append($"{Anchor(Semantics.Model.PolicyAnchors.Amendments)}\n## Wijzigingen en aanvullingen op het inkoopbeleid\n\n");
        foreach (var amendment in document.Amendments)
        {
            md.Append($"{Anchor(amendment.Anchor)}\n### {ShortDate(amendment.Date)}: {E(amendment.Title)}\n\n");
            if (amendment.Reason is not null)
            {
                md.Append($"#### Waarom deze aanvulling?\n\n{E(amendment.Reason)}\n\n");
            }

            if (amendment.Consequence is not null)
            {
                md.Append($"#### Wat betekent dit voor u als zorgaanbieder?\n\n{E(amendment.Consequence)}\n\n");
            }

            if (!amendment.Changes.IsEmpty)
            {
                md.Append("#### Wat verandert er in het beleid?\n\n");
                foreach (var change in amendment.Changes)
                {
                    md.Append($"- {E(char.ToUpperInvariant(change.Verb[0]) + change.Verb[1..])} {Link(change.Target)}");
                    if (!change.Items.IsEmpty)
                    {
                        md.Append(change.Joiner).Append(string.Join(", ", change.Items.Select(Link)));
                    }

                    md.Append('\n');
                }

                md.Append('\n');
            }
        }
    }

    private static void Plannings(StringBuilder md, PolicyDocument document)
    {
        if (document.Plannings.IsEmpty)
        {
            return;
        }

        md.Append($"{Anchor(Semantics.Model.PolicyAnchors.Planning)}\n## Planning zorginkoop\n\n");
        foreach (var planning in document.Plannings)
        {
            md.Append($"{Anchor(planning.Anchor)}\n### {E(planning.Title)}\n\n| Datum en tijd | Wie | Actie | Via |\n|---|---|---|---|\n");
            string? phase = null;
            foreach (var row in planning.Rows)
            {
                if (row.Phase is not null && row.Phase != phase)
                {
                    md.Append($"| **{E(row.Phase)}** | | | |\n");
                }

                phase = row.Phase;
                var when = E(row.When) + (document.WithCode && row.Schedule is not null ? "<br>" + MarkdownText.Code(row.Schedule) : "");
                var action = string.Join("<br>", row.Notes.Select(E).Prepend(E(row.Action)));
                md.Append($"| {Anchor(row.Anchor)}{when} | {E(row.Who)} | {action} | {E(row.Via)} |\n");
            }

            md.Append('\n');
        }
    }

    private static void Changes(StringBuilder md, PolicyDocument document)
    {
        if (document.Changes is not { } changes)
        {
            return;
        }

        md.Append($"{Anchor(Semantics.Model.PolicyAnchors.Changes)}\n## Overzicht alle wijzigingen ten opzichte van de vorige versie\n\n");
        md.Append($"Oud: {E(changes.OldLabel)}. Nieuw: {E(changes.NewLabel)}.\n\n");
        if (changes.Rows.IsEmpty)
        {
            md.Append("Geen verschillen in betekenis.\n\n");
            return;
        }

        md.Append("| Onderwerp | Oud | Nieuw |\n|---|---|---|\n");
        foreach (var row in changes.Rows)
        {
            var subject = $"**{Link(row.Subject)}**" + (row.Context is null ? "" : $" ({E(row.Context)})") + $"<br>*{E(row.Status)}*" + (row.Details is null ? "" : ": " + E(row.Details));
            md.Append($"| {subject} | {Cell(row.Old)} | {Cell(row.New)} |\n");
        }

        md.Append('\n');
    }

    private static string Cell(ChangeCell cell)
    {
        if (cell.IsAbsent)
        {
            return ChangeCell.Absent;
        }

        var parts = new List<string>();
        if (cell.Text is not null)
        {
            parts.Add(E(cell.Text));
        }

        if (cell.Logic is not null)
        {
            parts.Add(MarkdownText.Code(cell.Logic));
        }

        return string.Join("<br>", parts);
    }

    private static void Requirements(StringBuilder md, PolicyDocument document)
    {
        if (document.RequirementSets.IsEmpty)
        {
            return;
        }

        md.Append($"{Anchor(Semantics.Model.PolicyAnchors.Requirements)}\n## Onze minimumeisen voor zorgaanbieders\n\n");
        foreach (var set in document.RequirementSets)
        {
            Section(md, set, 3, document.WithCode);
        }
    }

    private static void Section(StringBuilder md, RequirementSection section, int level, bool withCode)
    {
        var heading = new string('#', Math.Min(level, 6));
        md.Append($"{Anchor(section.Anchor)}\n{heading} {(section.Kind == RequirementSectionKind.Addendum ? "Addendum " : "")}{E(section.Title)}\n\n");
        var facts = new List<string>();
        if (section.SourceFile is not null)
        {
            facts.Add($"Uit: {MarkdownText.Code(section.SourceFile)}, gedeeld met andere beleiden");
        }

        if (!section.RequiredContracts.IsEmpty)
        {
            facts.Add("Vereist: een afgesloten overeenkomst volgens " + string.Join(" en volgens ", section.RequiredContractLines.Select(line => string.Join(" of volgens ", line.Select(Link)))));
        }

        foreach (var (label, words) in section.Terms)
        {
            facts.Add($"{label}: {MarkdownText.Encode(words)}");
        }

        if (section.AppliesTo is not null)
        {
            facts.Add("Geldt voor: " + MarkdownText.Code(section.AppliesTo));
        }

        if (section.ContractPeriod is not null)
        {
            facts.Add("Looptijd: " + E(section.ContractPeriod));
        }

        if (!section.Includes.IsEmpty)
        {
            facts.Add("Omvat ook: " + string.Join(", ", section.Includes.Select(Link)));
        }

        if (section.StartDateRule is not null)
        {
            facts.Add("Ingangsdatum: " + E(section.StartDateRule) + (withCode && section.StartDateCode is not null ? " " + MarkdownText.Code(section.StartDateCode) : ""));
        }

        if (section.Discretion is not null)
        {
            facts.Add("Afwijken: " + E(section.Discretion));
        }

        foreach (var fact in facts)
        {
            md.Append($"*{fact}*  \n");
        }

        if (facts.Count > 0)
        {
            md.Append('\n');
        }

        foreach (var part in section.SharedParts)
        {
            md.Append($"{Anchor(part.Anchor)}\n*Uit {MarkdownText.Code(part.SourceFile ?? part.Title)}, gedeeld met andere beleiden:*\n\n");
            List(md, part.Requirements, "", withCode);
        }

        if (!section.SharedParts.IsEmpty && !section.Requirements.IsEmpty)
        {
            md.Append("*En in dit beleid:*\n\n");
        }

        if (section.Requirements.IsEmpty)
        {
            if (section.SharedParts.IsEmpty)
            {
                md.Append(section.Kind == RequirementSectionKind.Addendum
                    ? "*Geen eigen eisen in dit beleid; de inhoudelijke voorwaarden staan in het addendum zelf.*\n\n"
                    : "*Geen eigen eisen.*\n\n");
            }
        }
        else
        {
            List(md, section.Requirements, "", withCode);
        }

        if (!section.Addenda.IsEmpty)
        {
            md.Append($"{new string('#', Math.Min(level + 1, 6))} Aanvullende prestaties en addenda\n\n");
            foreach (var addendum in section.Addenda)
            {
                Section(md, addendum, level + 2, withCode);
            }
        }
    }

    /// <summary>
    /// Markers are padded to four characters ("-   ", "1.  ", "10. "), so an item's content, its nested lists and its
    /// further paragraphs all sit four spaces in, the one indentation every Markdown reader nests by.
    /// </summary>
    private static void List(StringBuilder md, RequirementList list, string indent, bool withCode)
    {
        var position = 0;
        foreach (var item in list.Items)
        {
            position++;
            var marker = (list.Numbered ? $"{(item.Number ?? position).ToString(CultureInfo.InvariantCulture)}." : "-").PadRight(4);
            var first = true;
            foreach (var requirement in item.Requirements)
            {
                Requirement(md, requirement, first ? indent + marker : indent + "    ", indent + "    ", withCode);
                first = false;
            }
        }
    }

    private static void Requirement(StringBuilder md, RequirementEntry requirement, string lead, string inner, bool withCode)
    {
        var sentence = requirement.Sentence is null ? $"Eis {MarkdownText.Code(requirement.Path)} (zonder zin)" : E(requirement.Sentence);
        md.Append($"{lead}{Anchor(requirement.Anchor)}{sentence}\n\n");
        if (withCode)
        {
            md.Append($"{inner}Regel: {MarkdownText.Code(HtmlRenderer.RuleWithExceptions(requirement))}\n\n");
        }

        if (!requirement.CheckedAgainst.IsEmpty)
        {
            md.Append($"{inner}*Getoetst aan:* {string.Join("; ", requirement.CheckedAgainst.Select(f => f.Description is null ? MarkdownText.Code(f.Name) : $"{E(f.Description)} ({MarkdownText.Code(f.Name)})"))}\n\n");
        }

        foreach (var exception in requirement.Exceptions)
        {
            md.Append($"{inner}*Uitzondering:* {E(exception.Description ?? "zonder omschrijving")}{(withCode || exception.Rule is null ? "" : $" ({MarkdownText.Code(exception.Rule)})")}\n\n");
        }

        if (requirement.Discretion is not null)
        {
            md.Append($"{inner}*{E(requirement.Discretion)}*\n\n");
        }

        if (!requirement.Parts.IsEmpty)
        {
            md.Append($"{inner}*Getoetst in onderdelen:*\n\n");
            foreach (var part in requirement.Parts)
            {
                Requirement(md, part, inner + "-   ", inner + "    ", withCode);
            }
        }

        if (!requirement.Children.IsEmpty)
        {
            List(md, requirement.Children, inner, withCode);
        }
    }

    private static string Anchor(string anchor) => $"<a id=\"{HtmlText.Encode(anchor)}\"></a>";

    private static string Link(DocumentLink link) =>
        link.Anchor is null ? E(link.Text) : $"[{E(link.Text)}](#{Uri.EscapeDataString(link.Anchor)})";

    private static string E(string? text) => MarkdownText.Encode(text);

    private static string ShortDate(DateOnly? date) => date is { } d ? d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : "zonder datum";
}
