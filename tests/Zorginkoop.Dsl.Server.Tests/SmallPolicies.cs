namespace Zorginkoop.Dsl.Server.Tests;

/// <summary>A folder of small policies for the tests that change files or need a policy that fails.</summary>
internal static class SmallPolicies
{
    /// <summary>A policy whose one requirement is decided by <paramref name="norm"/>: 3.000 passes 1,0 fte for 2.400 patients, 2.000 does not.</summary>
    public static string Praktijk(int norm = 3000) => $$"""
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            fteHuisarts: decimaal
            ingeschrevenPatienten: aantal
        }
        definitie normFte = aanbieder.ingeschrevenPatienten / {{norm / 1000}}.{{norm % 1000:000}}
        eisen Huisarts "Huisartsen" { eis bezetting "1,0 fte per 3.000 patiënten" aanbieder.fteHuisarts >= normFte }
        """;

    public const string Facts = """{ "soort": "Huisartsenpraktijk", "fteHuisarts": 1.0, "ingeschrevenPatienten": 2400 }""";

    /// <summary>Does not check: a requirement about a fact the gegevens do not have.</summary>
    public const string Broken = """
        keuze Soort { Huisartsenpraktijk, RHO }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
        }
        eisen Huisarts "Huisartsen" { eis bezetting "1,0 fte" aanbieder.fteHuisartsen >= 1 }
        """;

    public static string OutcomeOf(System.Text.Json.Nodes.JsonNode document) =>
        (string)document["requirementSets"]![0]!["outcome"]!;
}
