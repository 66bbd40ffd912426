namespace Zorginkoop.Dsl.Publishing.Rendering;

/// <summary>
/// The page's one style sheet, inline so the document is one file. For print (Chromium's --print-to-pdf): A4,
/// chapters on a new page, the page number in the bottom margin ("Pagina 3 van 12"), tables whose rows do not split.
/// Colours meet WCAG AA contrast (checked by the axe-core test).
/// </summary>
internal static class DocumentStyle
{
    public const string Css = """
        :root { --tekst: #1a1a1a; --accent: #00587a; --lijn: #c8c8c8; --zacht: #4d4d4d; --code: #f3f3f3; }
        html { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: var(--tekst); }
        body { margin: 0 auto; max-width: 62rem; padding: 0 1.5rem 3rem; }
        h1, h2, h3, h4, h5 { color: var(--accent); line-height: 1.25; break-after: avoid; }
        h1 { font-size: 2rem; margin: 0 0 1rem; }
        h2 { font-size: 1.5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.2rem; margin-top: 1.8rem; }
        h4 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        h5 { font-size: 1rem; margin: 1rem 0 .3rem; }
        a { color: var(--accent); }
        code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; }
        code { background: var(--code); padding: 0 .2em; border-radius: 2px; }
        .titelpagina { padding: 4rem 0 2rem; }
        .titelpagina .soort { font-size: 1.1rem; color: var(--zacht); margin: 0; text-transform: uppercase; letter-spacing: .08em; }
        .titelpagina .verzekeraar { font-size: 1.2rem; font-weight: bold; }
        dl.gegevens, dl.kenmerken { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.gegevens dt, dl.kenmerken dt { font-weight: bold; }
        dl.gegevens dd, dl.kenmerken dd { margin: 0; }
        nav.inhoud ol { list-style: none; padding-left: 1.2rem; }
        nav.inhoud > ol { padding-left: 0; }
        nav.inhoud li { margin: .15rem 0; }
        .wijziging { border-left: 4px solid var(--accent); padding-left: 1rem; margin: 1.5rem 0; }
        .wijziging .datum { font-weight: bold; margin-bottom: 0; }
        .wijziging h3 { margin-top: .3rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--lijn); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--accent); color: #fff; }
        tr { break-inside: avoid; }
        .planning th:nth-child(1) { width: 22%; }
        .planning th:nth-child(2) { width: 18%; }
        .planning th:nth-child(4) { width: 20%; }
        tr.fase td { background: #e6eff3; font-weight: bold; }
        .noot { color: var(--zacht); font-size: .9em; }
        ol.eisen, ul.eisen { padding-left: 1.6rem; }
        ol.eisen > li, ul.eisen > li { margin: .45rem 0; }
        .eis .zin { margin: 0 0 .15rem; }
        .eis .toets, .eis .uitzondering, .eis .afwijken, .onderdelen-kop { margin: 0 0 .15rem; font-size: .85em; color: var(--zacht); }
        ul.onderdelen { font-size: .92em; border-left: 2px solid var(--lijn); list-style: none; padding-left: .8rem; margin: .2rem 0 .4rem; }
        .eis.met-code { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
        .eis.met-code > .zin { grid-column: 1; }
        .eis.met-code > pre.regel { grid-column: 2; grid-row: 1 / span 3; margin: 0; padding: .3rem .5rem; background: var(--code); white-space: pre-wrap; }
        .eis.met-code > :not(.zin):not(pre) { grid-column: 1; }
        section.addenda { margin-left: .5rem; }
        .geen-eisen { color: var(--zacht); font-style: italic; }
        p.bron { color: var(--zacht); font-style: italic; margin: .6rem 0 .2rem; }
        @media print {
          @page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-size: 9pt; color: #4d4d4d; } }
          html { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          .hoofdstuk { break-before: page; }
          .wijziging + .wijziging { break-before: page; }
          .titelpagina { padding-top: 30vh; }
          nav.inhoud { break-before: page; }
          a { text-decoration: none; }
        }

        """;
}
