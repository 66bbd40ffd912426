using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zorginkoop.Dsl.Benchmarks.Facts;

/// <summary>
/// Generates providers for the VGZ huisartsenzorg policy (policies/vgz/huisartsenzorg-2026-2027.zip): huisartsenpraktijken
/// and RHO's shaped like the example facts in policies/vgz/voorbeelden, with every fact the sets
/// Huisartsgeneeskundig and ZorgverleningRho read present (RulesEngine has no onbekend), numbers drawn from plausible
/// ranges and each ja/nee flipped with a small probability, so that outcomes are mixed. Deterministic per seed.
/// Optionally a share of records lacks one fact, for end-to-end runs that should meet onbekend too.
/// </summary>
public sealed class ProviderGenerator
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Betrekkingen = ["Loondienst", "Vrijgevestigd", "Eigenaar", "Waarnemer"];
    private static readonly string[] Standaardketens = ["DMII", "COPD", "CVRM-HoogRisico", "CVRM-ZeerHoogRisico"];
    private static readonly string[] OverigeKetens = ["Astma", "Ouderenzorg", "GGZ"];

    private readonly Random random;
    private readonly double flip;
    private readonly double incomplete;
    private readonly JsonObject practice = (JsonObject)JsonNode.Parse(PracticeTemplate)!;
    private readonly JsonObject rho = (JsonObject)JsonNode.Parse(RhoTemplate)!;

    public ProviderGenerator(int seed, double flip = 0.01, double incomplete = 0)
    {
        random = new Random(seed);
        this.flip = flip;
        this.incomplete = incomplete;
    }

    public JsonObject Practice()
    {
        var facts = (JsonObject)practice.DeepClone();
        Flip(facts);
        facts["naam"] = $"Huisartsenpraktijk {random.Next(100_000)}";
        facts["agbCode"] = random.Next(1_000_000, 99_999_999).ToString("00000000", CultureInfo.InvariantCulture);
        facts["nieuw"] = random.NextDouble() < 0.05;
        facts["ingeschrevenPatienten"] = random.Next(1500, 6001);
        facts["fteHuisarts"] = Math.Round((decimal)(0.5 + random.NextDouble() * 2), 1);
        facts["marktaandeelGemeente"] = random.Next(0, 101);
        facts["eindverantwoordelijkeHuisarts"]!["betrekking"] = Betrekkingen[random.Next(10) switch { < 3 => 0, < 6 => 1, < 9 => 2, _ => 3 }];
        Lists(facts);
        return Finish(facts);
    }

    public JsonObject Rho()
    {
        var facts = (JsonObject)rho.DeepClone();
        Flip(facts);
        facts["naam"] = $"RHO {random.Next(1000)}";
        facts["agbCode"] = random.Next(1_000_000, 99_999_999).ToString("00000000", CultureInfo.InvariantCulture);
        facts["ingeschrevenPatienten"] = random.Next(50_000, 250_001);
        facts["mandaatHuisartsen"] = random.Next(60, 101);
        facts["huisartsenOokBijAndereRho"] = random.NextDouble() < 0.9 ? 0 : random.Next(1, 4);
        facts["gecontracteerdSinds"] = new DateOnly(random.Next(2018, 2026), random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ketens = new JsonArray();
        foreach (var keten in Standaardketens.Where(_ => random.NextDouble() >= 0.03).Concat(OverigeKetens.Where(_ => random.NextDouble() < 0.5)))
        {
            ketens.Add(new JsonObject
            {
                ["zorgketen"] = keten,
                ["kaderarts"] = random.NextDouble() >= flip,
                ["rta"] = random.NextDouble() >= flip,
                ["zorgprogramma"] = random.NextDouble() >= flip,
            });
        }

        facts["ketens"] = ketens;
        Lists(facts);
        return Finish(facts);
    }

    /// <summary>One provider as a JSONL line: mostly practices, <paramref name="rhoShare"/> RHO's.</summary>
    public string NextLine(double rhoShare) => (random.NextDouble() < rhoShare ? Rho() : Practice()).ToJsonString(Compact);

    private JsonObject Finish(JsonObject facts)
    {
        if (incomplete > 0 && random.NextDouble() < incomplete)
        {
            var names = facts.Select(p => p.Key).Where(k => k != "soort").ToList();
            facts.Remove(names[random.Next(names.Count)]);
        }

        return facts;
    }

    private void Lists(JsonObject facts)
    {
        facts["insolventies"] = random.NextDouble() < 0.01 ? new JsonArray("faillissement") : new JsonArray();
        facts["veroordelingen"] = random.NextDouble() < 0.01 ? new JsonArray("fraude") : new JsonArray();
    }

    private void Flip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (name, value) in record.ToList())
                {
                    if (value is JsonValue leaf && leaf.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        if (random.NextDouble() < flip)
                        {
                            record[name] = leaf.GetValueKind() != JsonValueKind.True;
                        }
                    }
                    else
                    {
                        Flip(value);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Flip(item);
                }

                break;
        }
    }

    // The "good" values; the generator flips and redraws them.
    private const string General = """
        "voldoetAanWtza": true, "wtzaVergunningplichtig": false, "wtzaVergunning": false, "voldoetAanRegelingTransparantie": true,
        "uboGeregistreerdBijVektis": true, "verscherptToezichtIgj": false, "bestuurlijkeMaatregelIgj": false, "insolventies": [],
        "onvoldoendeMeegewerktAanOnderzoek": false, "tekortkomingEerdereOvereenkomst": false, "rizToetsingSluitUit": false,
        "belastingschuldVastgesteld": false, "veroordelingen": [], "ernstigeBeroepsfout": false, "mededingingsvervalsing": false,
        "informatieVerstrekbaar": true, "preferenteRegio": true, "voldoetAanNzaRegelgeving": true
        """;

    private const string PracticeTemplate = $$"""
        { "soort": "Huisartsenpraktijk", "naam": "", "agbCode": "", "nieuw": false, {{General}},
          "vecozoCertificaat": true, "vragenlijstPositief": true, "grotendeelsVasteBezetting": true,
          "bereikbaarVolgensLhvRichtlijnen": true, "waarnemingsafspraken": true,
          "eindverantwoordelijkeHuisarts": { "betrekking": "Eigenaar", "medischAanspreekbaar": true, "verantwoordelijkVoorAnw": true, "vastAanspreekpunt": true },
          "ingeschrevenPatienten": 4200, "fteHuisarts": 1.6, "marktaandeelGemeente": 42, "aangeslotenBijGecontracteerdeRho": true }
        """;

    private const string RhoTemplate = $$"""
        { "soort": "RHO", "naam": "", "agbCode": "", "nieuw": false, {{General}},
          "ingeschrevenPatienten": 120000, "rechtspersoonKvk": true, "governancecodeZorg2022": true, "gecontracteerdSinds": "2023-01-01",
          "aaneengeslotenRegio": true, "mandaatHuisartsen": 86, "huisartsenOokBijAndereRho": 0, "ketens": [],
          "kis": { "inzage": true, "registratieDoorZorgaanbieders": true, "privacyConform": true, "signaleertProactief": true,
                   "registreertEssentieleGegevens": true, "signaleertOntbrekendeGegevens": true, "managementinformatie": true,
                   "declareertViaVecozo": true, "landelijkeStandaarden": true, "comorbiditeit": true, "patientenportaal": true,
                   "anderSysteemThuismetingen": true, "thuismetingenKoppelbaar": true },
          "rta": { "aangeleverdOpVerzoek": true, "verwijsafspraken": true, "consultatieBinnenEerstelijnsDbc": true, "hoofdbehandelaarBeschreven": true,
                   "ondertekendBestuurlijk": true, "ondertekendMaatschap": true, "onderDeAandacht": true, "contactpersoonAangewezen": true,
                   "jaarlijkseEvaluatie": true },
          "bedrijfsplan": { "aangeleverdIndienGevraagd": true, "beschrijftZorgEnVoorwaarden": true, "organisatiestructuur": true,
                            "bestuurToezichtMedezeggenschap": true, "mandatering": true, "activiteitenEnFte": true, "betrokkenheidLeden": true },
          "zorgprogrammas": { "kwaliteitscyclus": true, "leerEnScholingstraject": true, "spiegelinformatie": true,
                              "patientervaringsonderzoek": true, "samenwerkingsafspraak": true },
          "kwaliteitsjaarverslag": true, "levertPrestatieindicatoren": true, "sluitAanBijVisieEerstelijnszorg2030": true,
          "resvActiefMetAfspraken": true, "volgtResvAfspraken": true, "biedtGli": false, "biedtStoppenMetRoken": false,
          "biedtKetenaanpakKinderen": false }
        """;
}
