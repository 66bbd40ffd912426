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

    /// <summary>Every expression form the language has, for the differential tests.</summary>
    public const string Everything = """
        keuze Soort { Huisartsenpraktijk, RHO, GLI-aanbieder, "criminele organisatie" }
        gegevens Lid { fte: decimaal; rol: Soort?; inzet: aantal?; sinds: datum?; actief: ja/nee? }
        gegevens Adres { plaats: tekst?; regio: aantal? }
        gegevens Aanbieder als aanbieder {
            soort: Soort
            naam: tekst?
            patienten: aantal
            fte: decimaal
            omzet: bedrag
            kosten: bedrag?
            mandaat: percentage
            start: datum
            offerte: tijdstip?
            termijn: duur?
            vecozo: ja/nee
            nieuw: ja/nee?
            leden: lijst van Lid
            codes: lijst van aantal
            soorten: lijst van Soort
            adres: Adres?
        }
        definitie normFte "1,0 fte per 3.000" = aanbieder.patienten / 3.000
        definitie groot = aanbieder.patienten >= 10.000 of aanbieder.omzet > € 1.000.000
        definitie totaal = som van l.fte voor l in aanbieder.leden
        definitie ingang = eerste dag van het volgende kwartaal na aanbieder.start
        definitie factor = als aanbieder.vecozo dan 2 anders 1,5
        eisen Basis "Basis" {
            eis fte "fte" aanbieder.fte >= normFte
            eis groot groot en aanbieder.vecozo
            eis naam aanbieder.naam is bekend of aanbieder.naam is niet onbekend
            eis gevuld aanbieder.naam is niet leeg
        }
        eisen Alles "Alles" geldt voor aanbieder.soort in [Huisartsenpraktijk, RHO] {
            omvat Basis
            eis soort aanbieder.soort niet in [GLI-aanbieder] en aanbieder.soorten bevat RHO
            eis codes aanbieder.codes bevat 3 of 2,0 in aanbieder.codes of aanbieder.patienten in [1, 2,5, 3.000]
            eis rekenen -aanbieder.fte * 2 + aanbieder.fte / 4 - 1 < aanbieder.patienten
            eis geld aanbieder.omzet * aanbieder.mandaat >= aanbieder.kosten en aanbieder.omzet - aanbieder.kosten > € 0
            eis percentage aanbieder.mandaat + 10% >= 80% en aanbieder.mandaat * 2 > 50
            eis factor factor * aanbieder.fte >= 1,5
            eis datum aanbieder.start + 6 weken <= 1 april 2026 en 2 maanden na aanbieder.start > peildatum
            eis ingang ingang = 1 april 2026 of jaar van ingang = 2027 of maand van aanbieder.start < kwartaal van ingang
            eis tijd aanbieder.offerte <= 30 september 2026 17.00 uur en eerste dag van de volgende maand na aanbieder.offerte > 1 januari 2026
            eis extreem vroegste van (aanbieder.start, 1 maart 2026) = laatste van (1 januari 2026, aanbieder.start)
            eis duur aanbieder.termijn >= 4 weken en aanbieder.termijn - 1 week < 2 jaar en aanbieder.termijn * 2 > 10 dagen
            eis periode eerste dag van het volgende jaar na aanbieder.start = 1 januari 2027 en week van aanbieder.start > 5
            eis leden voor elke l in aanbieder.leden geldt l.fte >= 0,3 of l.rol = RHO
            eis iemand er is een l in aanbieder.leden waarvoor l.actief en l.inzet is bekend
            eis niemand geen l in aanbieder.leden waarvoor l.sinds > aanbieder.start
            eis aantal (aantal l in aanbieder.leden waarvoor l.fte > 0,5) >= 1 en aantal van aanbieder.leden <= 3
            eis som totaal >= 1,0 en (som van l.inzet voor l in aanbieder.leden) > 10
            eis genest voor elke l in aanbieder.leden geldt (er is een c in aanbieder.codes waarvoor c = l.inzet)
            eis adres aanbieder.adres.plaats = "Utrecht" of aanbieder.adres.regio >= 3
            eis zelfde aanbieder.adres = aanbieder.adres en (er is een l in aanbieder.leden waarvoor l in aanbieder.leden)
            eis gelijk aanbieder.vecozo = aanbieder.nieuw en aanbieder.naam ≠ "abc"
            eis kiezen als aanbieder.nieuw dan aanbieder.soort = RHO anders aanbieder.patienten > 100
            eis tekst (als aanbieder.vecozo dan aanbieder.naam anders "onbekend") = "abc"
            eis reeks [1, 2, aanbieder.patienten] bevat 3.000
            eis vrijstelling aanbieder.fte >= 2,0
                uitzondering "klein" als aanbieder.patienten < 1.000
                uitzondering "nieuw" als aanbieder.nieuw
            eis oordeel mag afwijken "zorgplicht" aanbieder.vecozo
            eis groep "groep" {
                eis een aanbieder.fte > 0
                eis twee mag afwijken aanbieder.nieuw
            }
        }
        eisen Oordeel "Oordeel" mag afwijken "zorgplicht" {
            omvat Alles
            eis extra aanbieder.vecozo of niet aanbieder.nieuw
        }
        """;
}
