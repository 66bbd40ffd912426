using System.Globalization;
using System.Text;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Publishing.Rendering;

/// <summary>
/// The document as one self-contained HTML page (no scripts, no outside resources), styled for the screen and for
/// printing to PDF: chapters start on a new page and every page carries its number. Every text from the policy
/// passes <see cref="HtmlText.Encode"/>; anchors are the ids of <see cref="PolicyAnchors"/>.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(PolicyDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<meta name=\"generator\" content=\"zorginkoop publish\">\n<title>{E(document.Title)}</title>\n");
        html.Append("<style>\n").Append(DocumentStyle.Css).Append("</style>\n</head>\n<body>\n");

        TitlePage(html, document);
        Contents(html, document);
        html.Append("<main>\n");
        Amendments(html, document);
        Plannings(html, document);
        Changes(html, document);
        Requirements(html, document);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void TitlePage(StringBuilder html, PolicyDocument document)
    {
        html.Append("<header class=\"titelpagina\">\n<p class=\"soort\">Inkoopbeleid</p>\n");
        html.Append($"<h1>{E(document.Title)}</h1>\n");
        if (document.Insurer is not null)
        {
            html.Append($"<p class=\"verzekeraar\">{E(document.Insurer)}</p>\n");
        }

        html.Append("<dl class=\"gegevens\">\n");
        if (document.Period is not null)
        {
            html.Append($"<dt>Looptijd</dt><dd>{E(document.Period)}</dd>\n");
        }

        if (document.Published is { } published)
        {
            html.Append($"<dt>Gepubliceerd</dt><dd>{Time(published)}</dd>\n");
        }

        html.Append($"<dt>Stand</dt><dd>{(document.AsOf is { } asOf ? $"zoals geldend op {Time(asOf)}" : "zoals gepubliceerd, zonder wijzigingen")}</dd>\n");
        html.Append($"<dt>Bron</dt><dd><code>{E(document.SourceFile)}</code>, gemaakt met <code>zorginkoop publish</code> uit dezelfde tekst als de evaluatie</dd>\n");
        html.Append("</dl>\n</header>\n");
    }

    private static void Contents(StringBuilder html, PolicyDocument document)
    {
        html.Append($"<nav class=\"inhoud\" id=\"{A(PolicyAnchors.Contents)}\" aria-labelledby=\"inhoud-kop\">\n<h2 id=\"inhoud-kop\">Inhoud</h2>\n<ol>\n");
        if (!document.Amendments.IsEmpty)
        {
            html.Append($"<li><a href=\"#{A(PolicyAnchors.Amendments)}\">Wijzigingen en aanvullingen op het inkoopbeleid</a>\n<ol>\n");
            foreach (var amendment in document.Amendments)
            {
                html.Append($"<li><a href=\"#{A(amendment.Anchor)}\">{ShortDate(amendment.Date)} {E(amendment.Title)}</a></li>\n");
            }

            html.Append("</ol></li>\n");
        }

        if (!document.Plannings.IsEmpty)
        {
            html.Append($"<li><a href=\"#{A(PolicyAnchors.Planning)}\">Planning zorginkoop</a>\n<ol>\n");
            foreach (var planning in document.Plannings)
            {
                html.Append($"<li><a href=\"#{A(planning.Anchor)}\">{E(planning.Title)}</a></li>\n");
            }

            html.Append("</ol></li>\n");
        }

        if (document.Changes is not null)
        {
            html.Append($"<li><a href=\"#{A(PolicyAnchors.Changes)}\">Overzicht alle wijzigingen ten opzichte van de vorige versie</a></li>\n");
        }

        if (!document.RequirementSets.IsEmpty)
        {
            html.Append($"<li><a href=\"#{A(PolicyAnchors.Requirements)}\">Onze minimumeisen voor zorgaanbieders</a>\n<ol>\n");
            foreach (var set in document.RequirementSets)
            {
                html.Append($"<li><a href=\"#{A(set.Anchor)}\">{E(set.Title)}</a>{(set.SourceFile is null ? "" : $" ({E(set.SourceFile)})")}</li>\n");
            }

            html.Append("</ol></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void Amendments(StringBuilder html, PolicyDocument document)
    {
        if (document.Amendments.IsEmpty)
        {
            return;
        }

        html.Append($"<section class=\"hoofdstuk\" id=\"{A(PolicyAnchors.Amendments)}\" aria-labelledby=\"wijzigingen-kop\">\n");
        html.Append("<h2 id=\"wijzigingen-kop\">Wijzigingen en aanvullingen op het inkoopbeleid</h2>\n");
        foreach (var amendment in document.Amendments)
        {
            html.Append($"<article class=\"wijziging\" id=\"{A(amendment.Anchor)}\">\n");
            html.Append($"<p class=\"datum\">{(amendment.Date is { } date ? $"<time datetime=\"{Iso(date)}\">{ShortDate(date)}</time>" : "zonder datum")}</p>\n");
            html.Append($"<h3>{E(amendment.Title)}</h3>\n");
            if (amendment.Reason is not null)
            {
                html.Append($"<h4>Waarom deze aanvulling?</h4>\n<p>{E(amendment.Reason)}</p>\n");
            }

            if (amendment.Consequence is not null)
            {
                html.Append($"<h4>Wat betekent dit voor u als zorgaanbieder?</h4>\n<p>{E(amendment.Consequence)}</p>\n");
            }

            if (!amendment.Changes.IsEmpty)
            {
                html.Append("<h4>Wat verandert er in het beleid?</h4>\n<ul class=\"verandert\">\n");
                foreach (var change in amendment.Changes)
                {
                    html.Append($"<li>{E(Capitalize(change.Verb))} {Link(change.Target)}");
                    if (!change.Items.IsEmpty)
                    {
                        html.Append(change.Joiner).Append(string.Join(", ", change.Items.Select(Link)));
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void Plannings(StringBuilder html, PolicyDocument document)
    {
        if (document.Plannings.IsEmpty)
        {
            return;
        }

        html.Append($"<section class=\"hoofdstuk\" id=\"{A(PolicyAnchors.Planning)}\" aria-labelledby=\"planning-kop\">\n<h2 id=\"planning-kop\">Planning zorginkoop</h2>\n");
        foreach (var planning in document.Plannings)
        {
            html.Append($"<section class=\"planning\" id=\"{A(planning.Anchor)}\">\n<h3>{E(planning.Title)}</h3>\n");
            html.Append("<table>\n<thead><tr><th scope=\"col\">Datum en tijd</th><th scope=\"col\">Wie</th><th scope=\"col\">Actie</th><th scope=\"col\">Via</th></tr></thead>\n<tbody>\n");
            string? phase = null;
            foreach (var row in planning.Rows)
            {
                if (row.Phase is not null && row.Phase != phase)
                {
                    html.Append($"<tr class=\"fase\"><td colspan=\"4\">{E(row.Phase)}</td></tr>\n");
                }

                phase = row.Phase;
                html.Append($"<tr id=\"{A(row.Anchor)}\"><td>{E(row.When)}");
                if (document.WithCode && row.Schedule is not null)
                {
                    html.Append($"<br><code class=\"regel\">{E(row.Schedule)}</code>");
                }

                html.Append($"</td><td>{E(row.Who)}</td><td>{E(row.Action)}");
                foreach (var note in row.Notes)
                {
                    html.Append($"<br><span class=\"noot\">{E(note)}</span>");
                }

                html.Append($"</td><td>{E(row.Via)}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        html.Append("</section>\n");
    }

    private static void Changes(StringBuilder html, PolicyDocument document)
    {
        if (document.Changes is not { } changes)
        {
            return;
        }

        html.Append($"<section class=\"hoofdstuk\" id=\"{A(PolicyAnchors.Changes)}\" aria-labelledby=\"overzicht-kop\">\n<h2 id=\"overzicht-kop\">Overzicht alle wijzigingen ten opzichte van de vorige versie</h2>\n");
        html.Append($"<p>Oud: {E(changes.OldLabel)}. Nieuw: {E(changes.NewLabel)}.</p>\n");
        if (changes.Rows.IsEmpty)
        {
            html.Append("<p>Geen verschillen in betekenis.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"overzicht\">\n<thead><tr><th scope=\"col\">Onderwerp</th><th scope=\"col\">Oud</th><th scope=\"col\">Nieuw</th></tr></thead>\n<tbody>\n");
        foreach (var row in changes.Rows)
        {
            html.Append($"<tr><td><strong>{Link(row.Subject)}</strong>");
            if (row.Context is not null)
            {
                html.Append($" ({E(row.Context)})");
            }

            html.Append($"<br><em>{E(row.Status)}</em>");
            if (row.Details is not null)
            {
                html.Append($": {E(row.Details)}");
            }

            html.Append($"</td><td>{Cell(row.Old)}</td><td>{Cell(row.New)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
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
            parts.Add($"<code>{E(cell.Logic)}</code>");
        }

        return string.Join("<br>", parts);
    }

    private static void Requirements(StringBuilder html, PolicyDocument document)
    {
        if (document.RequirementSets.IsEmpty)
        {
            return;
        }

        html.Append($"<section class=\"hoofdstuk\" id=\"{A(PolicyAnchors.Requirements)}\" aria-labelledby=\"minimumeisen-kop\">\n<h2 id=\"minimumeisen-kop\">Onze minimumeisen voor zorgaanbieders</h2>\n");
        foreach (var set in document.RequirementSets)
        {
            Section(html, set, 3, document.WithCode);
        }

        html.Append("</section>\n");
    }

    private static void Section(StringBuilder html, RequirementSection section, int level, bool withCode)
    {
        var kind = section.Kind == RequirementSectionKind.Addendum ? "addendum" : "eisen";
        html.Append($"<section class=\"{kind}\" id=\"{A(section.Anchor)}\">\n<h{level}>{(section.Kind == RequirementSectionKind.Addendum ? "Addendum " : "")}{E(section.Title)}</h{level}>\n");
        var facts = new List<string>();
        if (section.SourceFile is not null)
        {
            facts.Add($"<dt>Uit</dt><dd><code>{E(section.SourceFile)}</code>, gedeeld met andere beleiden</dd>");
        }

        if (!section.RequiredContracts.IsEmpty)
        {
            facts.Add($"<dt>Vereist</dt><dd>Een afgesloten overeenkomst volgens {string.Join(" en volgens ", section.RequiredContractLines.Select(line => string.Join(" of volgens ", line.Select(Link))))}</dd>");
        }

        foreach (var (label, words) in section.Terms)
        {
            facts.Add($"<dt>{E(label)}</dt><dd>{E(words)}</dd>");
        }

        if (section.AppliesTo is not null)
        {
            facts.Add($"<dt>Geldt voor</dt><dd><code>{E(section.AppliesTo)}</code></dd>");
        }

        if (section.ContractPeriod is not null)
        {
            facts.Add($"<dt>Looptijd</dt><dd>{E(section.ContractPeriod)}</dd>");
        }

        if (!section.Includes.IsEmpty)
        {
            facts.Add($"<dt>Omvat ook</dt><dd>{string.Join(", ", section.Includes.Select(Link))}</dd>");
        }

        if (section.StartDateRule is not null)
        {
            facts.Add($"<dt>Ingangsdatum</dt><dd>{E(section.StartDateRule)}{(withCode && section.StartDateCode is not null ? $" <code class=\"regel\">{E(section.StartDateCode)}</code>" : "")}</dd>");
        }

        if (section.Discretion is not null)
        {
            facts.Add($"<dt>Afwijken</dt><dd>{E(section.Discretion)}</dd>");
        }

        if (facts.Count > 0)
        {
            html.Append("<dl class=\"kenmerken\">\n").Append(string.Join("\n", facts)).Append("\n</dl>\n");
        }

        foreach (var part in section.SharedParts)
        {
            html.Append($"<div class=\"gedeeld\" id=\"{A(part.Anchor)}\">\n<p class=\"bron\">Uit <code>{E(part.SourceFile ?? part.Title)}</code>, gedeeld met andere beleiden:</p>\n");
            List(html, part.Requirements, withCode);
            html.Append("</div>\n");
        }

        if (!section.SharedParts.IsEmpty && !section.Requirements.IsEmpty)
        {
            html.Append("<p class=\"bron\">En in dit beleid:</p>\n");
        }

        if (section.Requirements.IsEmpty)
        {
            if (section.SharedParts.IsEmpty)
            {
                html.Append(section.Kind == RequirementSectionKind.Addendum
                    ? "<p class=\"geen-eisen\">Geen eigen eisen in dit beleid; de inhoudelijke voorwaarden staan in het addendum zelf.</p>\n"
                    : "<p class=\"geen-eisen\">Geen eigen eisen.</p>\n");
            }
        }
        else
        {
            List(html, section.Requirements, withCode);
        }

        if (!section.Addenda.IsEmpty)
        {
            html.Append($"<section class=\"addenda\">\n<h{level + 1}>Aanvullende prestaties en addenda</h{level + 1}>\n");
            foreach (var addendum in section.Addenda)
            {
                Section(html, addendum, level + 2, withCode);
            }

            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    private static void List(StringBuilder html, RequirementList list, bool withCode)
    {
        var tag = list.Numbered ? "ol" : "ul";
        html.Append($"<{tag} class=\"eisen\">\n");
        foreach (var item in list.Items)
        {
            html.Append(item.Number is { } number ? $"<li value=\"{number.ToString(CultureInfo.InvariantCulture)}\">" : "<li>");
            foreach (var requirement in item.Requirements)
            {
                Requirement(html, requirement, withCode);
            }

            html.Append("</li>\n");
        }

        html.Append($"</{tag}>\n");
    }

    private static void Requirement(StringBuilder html, RequirementEntry requirement, bool withCode)
    {
        html.Append($"<div class=\"eis{(withCode ? " met-code" : "")}\" id=\"{A(requirement.Anchor)}\" data-eis=\"{A(requirement.Path)}\">\n");
        html.Append(requirement.Sentence is null
            ? $"<p class=\"zin zonder-zin\">Eis <code>{E(requirement.Path)}</code> (zonder zin)</p>\n"
            : $"<p class=\"zin\">{E(requirement.Sentence)}</p>\n");
        if (withCode)
        {
            html.Append($"<pre class=\"regel\"><code>{E(RuleWithExceptions(requirement))}</code></pre>\n");
        }

        if (!requirement.CheckedAgainst.IsEmpty)
        {
            html.Append("<p class=\"toets\">Getoetst aan: ")
                .Append(string.Join("; ", requirement.CheckedAgainst.Select(f => f.Description is null ? $"<code>{E(f.Name)}</code>" : $"{E(f.Description)} (<code>{E(f.Name)}</code>)")))
                .Append("</p>\n");
        }

        foreach (var exception in requirement.Exceptions)
        {
            html.Append($"<p class=\"uitzondering\">Uitzondering: {E(exception.Description ?? "zonder omschrijving")}");
            if (!withCode && exception.Rule is not null)
            {
                html.Append($" (<code>{E(exception.Rule)}</code>)");
            }

            html.Append("</p>\n");
        }

        if (requirement.Discretion is not null)
        {
            html.Append($"<p class=\"afwijken\">{E(requirement.Discretion)}</p>\n");
        }

        if (!requirement.Parts.IsEmpty)
        {
            html.Append("<p class=\"onderdelen-kop\">Getoetst in onderdelen:</p>\n<ul class=\"onderdelen\">\n");
            foreach (var part in requirement.Parts)
            {
                html.Append("<li>");
                Requirement(html, part, withCode);
                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</div>\n");
        if (!requirement.Children.IsEmpty)
        {
            List(html, requirement.Children, withCode);
        }
    }

    /// <summary>The rule as written, with its exceptions, the way the policy text reads.</summary>
    internal static string RuleWithExceptions(RequirementEntry requirement)
    {
        var lines = new List<string> { requirement.Rule ?? "(groep: alle onderdelen hieronder)" };
        lines.AddRange(requirement.Exceptions.Select(e => $"uitzondering{(e.Description is null ? "" : $" \"{e.Description}\"")} als {e.Rule}"));
        return string.Join("\n", lines);
    }

    private static string Link(DocumentLink link) =>
        link.Anchor is null ? E(link.Text) : $"<a href=\"#{A(link.Anchor)}\">{E(link.Text)}</a>";

    private static string E(string? text) => HtmlText.Encode(text);

    private static string A(string anchor) => HtmlText.Encode(anchor);

    private static string Time(DateOnly date) => $"<time datetime=\"{Iso(date)}\">{DutchFormat.Date(date)}</time>";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ShortDate(DateOnly? date) => date is { } d ? d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : "zonder datum";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
