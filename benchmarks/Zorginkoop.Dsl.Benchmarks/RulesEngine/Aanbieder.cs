namespace Zorginkoop.Dsl.Benchmarks.RulesEngine;

// The input RulesEngine evaluates: the facts the two VGZ sets read, as plain typed C# objects (what a RulesEngine
// user would write). No three-valued logic: every value is present, so the benchmark feeds complete facts only.
#pragma warning disable CS8618 // Filled by FactMapper from complete facts.

public sealed class Aanbieder
{
    public string Soort { get; set; }
    public string? AgbCode { get; set; }
    public bool Nieuw { get; set; }
    public bool VoldoetAanWtza { get; set; }
    public bool WtzaVergunningplichtig { get; set; }
    public bool WtzaVergunning { get; set; }
    public bool VoldoetAanRegelingTransparantie { get; set; }
    public bool UboGeregistreerdBijVektis { get; set; }
    public bool VerscherptToezichtIgj { get; set; }
    public bool BestuurlijkeMaatregelIgj { get; set; }
    public List<string> Insolventies { get; set; }
    public bool OnvoldoendeMeegewerktAanOnderzoek { get; set; }
    public bool TekortkomingEerdereOvereenkomst { get; set; }
    public bool RizToetsingSluitUit { get; set; }
    public bool BelastingschuldVastgesteld { get; set; }
    public List<string> Veroordelingen { get; set; }
    public bool ErnstigeBeroepsfout { get; set; }
    public bool Mededingingsvervalsing { get; set; }
    public bool InformatieVerstrekbaar { get; set; }
    public bool PreferenteRegio { get; set; }
    public bool VoldoetAanNzaRegelgeving { get; set; }

    // Huisartsenpraktijk
    public bool VecozoCertificaat { get; set; }
    public bool VragenlijstPositief { get; set; }
    public bool GrotendeelsVasteBezetting { get; set; }
    public bool BereikbaarVolgensLhvRichtlijnen { get; set; }
    public bool Waarnemingsafspraken { get; set; }
    public Huisarts EindverantwoordelijkeHuisarts { get; set; }
    public long IngeschrevenPatienten { get; set; }
    public decimal FteHuisarts { get; set; }

    // RHO
    public bool RechtspersoonKvk { get; set; }
    public bool GovernancecodeZorg2022 { get; set; }
    public DateTime? GecontracteerdSinds { get; set; }
    public bool AaneengeslotenRegio { get; set; }
    public decimal MandaatHuisartsen { get; set; }
    public long HuisartsenOokBijAndereRho { get; set; }
    public List<Keten> Ketens { get; set; }
    public Keteninformatiesysteem Kis { get; set; }
    public TransmuraleAfspraken Rta { get; set; }
    public Bedrijfsplan Bedrijfsplan { get; set; }
    public Zorgprogrammas Zorgprogrammas { get; set; }
    public bool Kwaliteitsjaarverslag { get; set; }
    public bool LevertPrestatieindicatoren { get; set; }
    public bool SluitAanBijVisieEerstelijnszorg2030 { get; set; }
    public bool ResvActiefMetAfspraken { get; set; }
    public bool VolgtResvAfspraken { get; set; }
}

public sealed class Huisarts
{
    public string Betrekking { get; set; }
    public bool MedischAanspreekbaar { get; set; }
    public bool VerantwoordelijkVoorAnw { get; set; }
    public bool VastAanspreekpunt { get; set; }
}

public sealed class Keten
{
    public string Zorgketen { get; set; }
    public bool Kaderarts { get; set; }
    public bool Rta { get; set; }
    public bool Zorgprogramma { get; set; }
}

public sealed class Keteninformatiesysteem
{
    public bool Inzage { get; set; }
    public bool RegistratieDoorZorgaanbieders { get; set; }
    public bool PrivacyConform { get; set; }
    public bool SignaleertProactief { get; set; }
    public bool RegistreertEssentieleGegevens { get; set; }
    public bool SignaleertOntbrekendeGegevens { get; set; }
    public bool Managementinformatie { get; set; }
    public bool DeclareertViaVecozo { get; set; }
    public bool LandelijkeStandaarden { get; set; }
    public bool Comorbiditeit { get; set; }
    public bool Patientenportaal { get; set; }
    public bool AnderSysteemThuismetingen { get; set; }
    public bool ThuismetingenKoppelbaar { get; set; }
}

public sealed class TransmuraleAfspraken
{
    public bool AangeleverdOpVerzoek { get; set; }
    public bool Verwijsafspraken { get; set; }
    public bool ConsultatieBinnenEerstelijnsDbc { get; set; }
    public bool HoofdbehandelaarBeschreven { get; set; }
    public bool OndertekendBestuurlijk { get; set; }
    public bool OndertekendMaatschap { get; set; }
    public bool OnderDeAandacht { get; set; }
    public bool ContactpersoonAangewezen { get; set; }
    public bool JaarlijkseEvaluatie { get; set; }
}

public sealed class Bedrijfsplan
{
    public bool AangeleverdIndienGevraagd { get; set; }
    public bool BeschrijftZorgEnVoorwaarden { get; set; }
    public bool Organisatiestructuur { get; set; }
    public bool BestuurToezichtMedezeggenschap { get; set; }
    public bool Mandatering { get; set; }
    public bool ActiviteitenEnFte { get; set; }
    public bool BetrokkenheidLeden { get; set; }
}

public sealed class Zorgprogrammas
{
    public bool Kwaliteitscyclus { get; set; }
    public bool LeerEnScholingstraject { get; set; }
    public bool Spiegelinformatie { get; set; }
    public bool Patientervaringsonderzoek { get; set; }
    public bool Samenwerkingsafspraak { get; set; }
}
