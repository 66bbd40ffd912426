namespace Zorginkoop.Dsl.Cli.Tests.Batch;

/// <summary>A small policy with every kind of fact a batch has to carry: nested records, lists, keuzes and numbers.</summary>
internal static class BatchPolicy
{
    public const string Source = """
        keuze Soort { Huisartsenpraktijk, RHO }
        keuze Zorgketen { DMII, COPD }
        gegevens Keten {
            zorgketen: Zorgketen
            kaderarts: ja/nee
        }
        gegevens Kis {
            inzage: ja/nee
            signalering: ja/nee
        }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            naam: tekst?
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
            omzet: bedrag
            mandaat: percentage
            start: datum
            vecozo: ja/nee
            ketens: lijst van Keten
            kis: Kis
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / 3.000
        eisen Huisarts "Huisartsen" geldt voor aanbieder.soort = Huisartsenpraktijk {
            eis bezetting "1,0 fte per 3.000 patiënten" aanbieder.fteHuisarts >= normFte
            eis vecozo "VECOZO-certificaat" aanbieder.vecozo
        }
        eisen Rho "RHO's" geldt voor aanbieder.soort = RHO {
            eis omvang "100.000 patiënten" aanbieder.ingeschrevenPatienten >= 100.000
            eis mandaat "80% mandaat" aanbieder.mandaat >= 80%
            eis kaderarts "Een kaderarts per keten" voor elke k in aanbieder.ketens geldt k.kaderarts
            eis kis "Inzage en signalering" aanbieder.kis.inzage en aanbieder.kis.signalering
            eis omzet "Omzet" aanbieder.omzet >= € 250.000
        }
        """;

    /// <summary>A practice that passes Huisarts when <paramref name="patients"/> ≤ 3.000 × fte.</summary>
    public static string Practice(int patients, decimal fte = 1.5m) =>
        $$"""{"soort":"Huisartsenpraktijk","fteHuisarts":{{fte.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"ingeschrevenPatienten":{{patients}},"vecozo":true}""";

    public const string Rho = """{"soort":"RHO","ingeschrevenPatienten":120000,"mandaat":85,"omzet":300000,"ketens":[{"zorgketen":"DMII","kaderarts":true}],"kis":{"inzage":true,"signalering":true}}""";
}
