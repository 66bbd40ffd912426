namespace Zorginkoop.Dsl.Reliability.Tests.BadInput;

/// <summary>
/// A policy with one optional fact of every kind a facts file carries as text or number, and one set per fact, so a
/// fact read ten times too large, or swapped with another record's, changes an outcome that a test can see.
/// </summary>
internal static class FactsPolicy
{
    public const string Text = """
        gegevens Locatie {
            eigen: ja/nee
        }
        gegevens Zorgaanbieder als aanbieder {
            naam: tekst?
            fte: decimaal?
            omzet: bedrag?
            mandaat: percentage?
            patienten: aantal?
            vecozo: ja/nee?
            start: datum?
            locaties: lijst van Locatie
        }
        eisen Fte "Bezetting" {
            eis fte "Ten minste 1,0 fte" aanbieder.fte >= 1,0
        }
        eisen Omzet "Omzet" {
            eis omzet "Ten minste € 1.000" aanbieder.omzet >= € 1.000
        }
        eisen Mandaat "Mandaat" {
            eis mandaat "Ten minste 50%" aanbieder.mandaat >= 50%
        }
        eisen Patienten "Patiënten" {
            eis patienten "Ten minste 1.000 patiënten" aanbieder.patienten >= 1.000
        }
        eisen Vecozo "VECOZO" {
            eis vecozo "VECOZO-certificaat" aanbieder.vecozo
        }
        eisen Naam "Naam" {
            eis naam "Een naam" aanbieder.naam is bekend
        }
        eisen Locaties "Locaties" {
            eis eigen "Alleen eigen locaties" voor elke l in aanbieder.locaties geldt l.eigen
        }

        """;

    /// <summary>The fields in declaration order: the CSV header, and the order records are written in.</summary>
    public static readonly string[] Fields = ["naam", "fte", "omzet", "mandaat", "patienten", "vecozo", "start", "locaties"];

    public static readonly string[] Sets = ["Fte", "Omzet", "Mandaat", "Patienten", "Vecozo", "Naam", "Locaties"];
}
