using Zorginkoop.Dsl.Benchmarks.RulesEngine;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Benchmarks.Evaluation;

/// <summary>
/// The two VGZ requirement sets written by hand in plain C#, as a careful .NET developer would write them for complete
/// facts: short-circuit boolean logic over typed objects, no explanation, no unknown values. It is the practical limit
/// the typed API is measured against (issue 16: within 1.5×). The rules follow
/// <c>policies/vgz/huisartsenzorg-2026-2027.zip</c> as of <see cref="Contenders.PolicyDate"/>; the benchmark's setup
/// holds that these give every generated provider the same outcome as the compiled policy.
/// </summary>
public static class HandWritten
{
    private static readonly string[] StandardChains = ["DMII", "COPD", "CVRM-HoogRisico", "CVRM-ZeerHoogRisico"];

    public static Outcome Huisartsgeneeskundig(Aanbieder a)
    {
        if (a.Soort != "Huisartsenpraktijk")
        {
            return Outcome.NotApplicable;
        }

        var huisarts = a.EindverantwoordelijkeHuisarts;
        var met = AllProviders(a)
            && a.PreferenteRegio
            && a.AgbCode is not null
            && a.VecozoCertificaat
            && (!a.Nieuw || a.VragenlijstPositief)
            && a.VoldoetAanNzaRegelgeving
            && a.GrotendeelsVasteBezetting
            && a.BereikbaarVolgensLhvRichtlijnen
            && a.Waarnemingsafspraken
            && (huisarts.Betrekking is "Loondienst" or "Vrijgevestigd" or "Eigenaar")
            && huisarts.MedischAanspreekbaar
            && huisarts.VerantwoordelijkVoorAnw
            && huisarts.VastAanspreekpunt
            && a.FteHuisarts >= a.IngeschrevenPatienten / 3000m;
        return met ? Outcome.Satisfied : Outcome.NotSatisfied;
    }

    public static Outcome ZorgverleningRho(Aanbieder a)
    {
        if (a.Soort != "RHO")
        {
            return Outcome.NotApplicable;
        }

        var met = AllProviders(a)
            && a.RechtspersoonKvk
            && a.GovernancecodeZorg2022
            && a.PreferenteRegio
            && (a.IngeschrevenPatienten >= 100_000 || a.GecontracteerdSinds?.Year == 2023)
            && a.AaneengeslotenRegio
            && a.MandaatHuisartsen >= 80
            && a.HuisartsenOokBijAndereRho == 0
            && HasStandardChains(a.Ketens)
            && EveryChain(a.Ketens)
            && InformationSystem(a.Kis)
            && a.Rta.AangeleverdOpVerzoek && a.Rta.Verwijsafspraken && a.Rta.ConsultatieBinnenEerstelijnsDbc
            && a.Rta.HoofdbehandelaarBeschreven && a.Rta.OndertekendBestuurlijk && a.Rta.OndertekendMaatschap
            && a.Rta.OnderDeAandacht && a.Rta.ContactpersoonAangewezen && a.Rta.JaarlijkseEvaluatie
            && a.Bedrijfsplan.AangeleverdIndienGevraagd && a.Bedrijfsplan.BeschrijftZorgEnVoorwaarden
            && a.Bedrijfsplan.Organisatiestructuur && a.Bedrijfsplan.BestuurToezichtMedezeggenschap
            && a.Bedrijfsplan.Mandatering && a.Bedrijfsplan.ActiviteitenEnFte && a.Bedrijfsplan.BetrokkenheidLeden
            && a.Zorgprogrammas.Kwaliteitscyclus && a.Zorgprogrammas.LeerEnScholingstraject
            && a.Zorgprogrammas.Spiegelinformatie && a.Zorgprogrammas.Patientervaringsonderzoek
            && a.Zorgprogrammas.Samenwerkingsafspraak
            && a.VoldoetAanNzaRegelgeving
            && a.Kwaliteitsjaarverslag
            && a.LevertPrestatieindicatoren
            && a.SluitAanBijVisieEerstelijnszorg2030
            && (!a.ResvActiefMetAfspraken || a.VolgtResvAfspraken);
        return met ? Outcome.Satisfied : Outcome.NotSatisfied;
    }

    private static bool AllProviders(Aanbieder a) =>
        a.VoldoetAanWtza && (!a.WtzaVergunningplichtig || a.WtzaVergunning)
        && a.VoldoetAanRegelingTransparantie
        && a.UboGeregistreerdBijVektis
        && !a.VerscherptToezichtIgj && !a.BestuurlijkeMaatregelIgj
        && a.Insolventies.Count == 0
        && !a.TekortkomingEerdereOvereenkomst
        && !a.RizToetsingSluitUit
        && !a.BelastingschuldVastgesteld
        && a.Veroordelingen.Count == 0
        && !a.ErnstigeBeroepsfout
        && !a.Mededingingsvervalsing
        && a.InformatieVerstrekbaar
        && !a.OnvoldoendeMeegewerktAanOnderzoek;

    private static bool HasStandardChains(List<Keten> chains)
    {
        foreach (var wanted in StandardChains)
        {
            var found = false;
            foreach (var chain in chains)
            {
                if (chain.Zorgketen == wanted)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EveryChain(List<Keten> chains)
    {
        foreach (var chain in chains)
        {
            if (!chain.Kaderarts || !chain.Rta || !chain.Zorgprogramma)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InformationSystem(Keteninformatiesysteem kis) =>
        kis.Inzage && kis.RegistratieDoorZorgaanbieders && kis.PrivacyConform
        && kis.SignaleertProactief
        && kis.RegistreertEssentieleGegevens && kis.SignaleertOntbrekendeGegevens
        && kis.Managementinformatie
        && kis.DeclareertViaVecozo
        && kis.LandelijkeStandaarden
        && kis.Comorbiditeit
        && kis.Patientenportaal && (!kis.AnderSysteemThuismetingen || kis.ThuismetingenKoppelbaar);
}
