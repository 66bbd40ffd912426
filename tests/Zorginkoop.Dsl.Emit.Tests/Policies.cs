namespace Zorginkoop.Dsl.Emit.Tests;

/// <summary>Small policies shared by the tests.</summary>
internal static class Policies
{
    public const string Huisarts = """
        beleid "Testbeleid huisartsen" {
            verzekeraar: "Coöperatie Test"
            looptijd: 2026 t/m 2027
        }
        keuze Soort { Huisartsenpraktijk, RHO, GLI-aanbieder }
        keuze Delict { fraude, omkoping }
        gegevens Specialist { fte: decimaal; naam: tekst? }
        gegevens Kis { inzage: ja/nee; signaleertProactief: ja/nee }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            agbCode: tekst?
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            preferenteRegio: ja/nee
            gecontracteerdIn2023: ja/nee
            nieuw: ja/nee
            vragenlijstPositief: ja/nee
            veroordelingen: lijst van Delict
            specialisten: lijst van Specialist
            kis: Kis
            startdatum: datum
            omzet: bedrag
            mandaat: percentage
        }
        definitie normFte "1,0 fte per 3.000 patiënten" = aanbieder.ingeschrevenPatienten / 3.000
        eisen Algemeen "Algemene eisen" {
            eis agb "De praktijk heeft een AGB-code." aanbieder.agbCode is bekend
        }
        eisen Huisarts "Huisartsen" geldt voor aanbieder.soort = Huisartsenpraktijk {
            omvat Algemeen
            eis bezetting "1,0 fte per 3.000" aanbieder.fteHuisarts >= normFte
            eis regio aanbieder.preferenteRegio
            eis vragenlijst "Nieuwe praktijken" als aanbieder.nieuw dan aanbieder.vragenlijstPositief
            eis integer geen d in aanbieder.veroordelingen waarvoor d in [fraude, omkoping]
        }
        eisen Rho "RHO's" geldt voor aanbieder.soort = RHO {
            eis omvang aanbieder.ingeschrevenPatienten >= 100.000
                uitzondering "Gecontracteerd in 2023" als aanbieder.gecontracteerdIn2023
            eis staf mag afwijken voor elke s in aanbieder.specialisten geldt s.fte >= 0,3
            eis kis "Keteninformatiesysteem" {
                eis inzage "Inzage" aanbieder.kis.inzage
                eis signalering aanbieder.kis.signaleertProactief
            }
        }
        """;
}
