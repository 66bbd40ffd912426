namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// The "Voorbeelden:" of each command's help: a command line a user can copy from the repository root, and what it
/// does. Kept apart from the commands so the help test can read them all: each one must parse as the command line
/// it claims to be (HelpTests), so an option renamed in a command cannot leave its example behind.
/// </summary>
public static class HelpExamples
{
    public sealed record Example(string CommandLine, string Explanation);

    private const string Policy = "policies/vgz/huisartsenzorg-2026-2027.zip";
    private const string Facts = "policies/vgz/voorbeelden/huisartsenpraktijk-voldoet.json";

    private static readonly Dictionary<string, Example[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["zorginkoop"] =
        [
            new("zorginkoop check policies", "Controleer alle beleidsbestanden in de map policies."),
            new($"zorginkoop evaluate {Policy} --facts {Facts}", "Welke eisen voldaan zijn voor één zorgaanbieder."),
            new("zorginkoop evaluate --help", "Uitleg en voorbeelden van één opdracht."),
        ],
        ["check"] =
        [
            new("zorginkoop check policies", "Alle .zip-bestanden in een map en haar submappen."),
            new("zorginkoop check 'policies/**/*.zip'", "Een patroon tussen aanhalingstekens: zorginkoop zoekt zelf de bestanden."),
            new("zorginkoop check policies --format sarif > check.sarif", "Voor code scanning in CI (SARIF 2.1.0)."),
        ],
        ["build"] =
        [
            new($"zorginkoop build {Policy} --output bin/beleid", "Een assembly (.dll en .pdb) met een getypeerde API."),
        ],
        ["evaluate"] =
        [
            new($"zorginkoop evaluate {Policy} --facts {Facts}", "De uitkomst per eisen, met waarom."),
            new($"zorginkoop evaluate {Policy} --facts {Facts} --on 2026-09-20 --set Huisartsgeneeskundig", "Eén eisen, volgens het beleid zoals het op 20 september 2026 gold."),
            new($"zorginkoop evaluate {Policy} --facts aanbieders.csv --output uitkomsten.csv", "Een batch: één uitkomst per regel van het CSV-bestand."),
            new($"zorginkoop evaluate {Policy} --facts - --format json < {Facts}", "Feiten van standaardinvoer, uitkomst als JSON."),
        ],
        ["timeline"] =
        [
            new("zorginkoop timeline policies/vgz/medisch-specialistische-zorg-2027.zip --on 2026-09-20 --party Zorgaanbieder", "Wat een zorgaanbieder op 20 september 2026 moet doen."),
            new("zorginkoop timeline policies/vgz/medisch-specialistische-zorg-2027.zip --format ics > planning.ics", "De planning als agenda."),
        ],
        ["addendum"] =
        [
            new($"zorginkoop addendum {Policy} --name PohGgz --request-date 2026-10-01 --facts {Facts}", "Komt deze praktijk in aanmerking voor het addendum POH-GGZ, en per wanneer?"),
        ],
        ["test"] =
        [
            new("zorginkoop test policies", "Alle scenario's in de map; eindigt met 'N passed, N failed'."),
            new("zorginkoop test policies --filter verkennend --junit uitslag.xml", "Alleen scenario's met 'verkennend' in de titel, met een JUnit-rapport voor CI."),
        ],
        ["format"] =
        [
            new("zorginkoop format policies", "Maak alle beleidsbestanden op."),
            new("zorginkoop format policies --check", "Verander niets; exit 1 als een bestand anders opgemaakt zou worden (voor CI)."),
        ],
        ["lsp"] =
        [
            new("zorginkoop lsp", "Start de taalserver; een editor doet dit zelf."),
        ],
        ["diff"] =
        [
            new("zorginkoop diff policies/vgz/medisch-specialistische-zorg-2026.zip policies/vgz/medisch-specialistische-zorg-2027.zip", "Wat er tussen twee jaren veranderde."),
            new($"zorginkoop diff {Policy} --from 2026-01-01 --to 2027-01-01 --format markdown", "Wat de wijzigingen van één beleid in dat jaar veranderden."),
        ],
        ["publish"] =
        [
            new($"zorginkoop publish {Policy} --format pdf --output documenten", "Het inkoopbeleid als PDF, zoals zorgaanbieders het lezen."),
            new("zorginkoop publish policies/vgz/medisch-specialistische-zorg-2027.zip --compare policies/vgz/medisch-specialistische-zorg-2026.zip", "Met een overzicht van wat veranderde (html naar standaarduitvoer)."),
        ],
        ["serve"] =
        [
            new("zorginkoop serve policies/vgz", "Een beslisservice en zelfcontrolepagina op http://127.0.0.1:5080."),
            new("zorginkoop serve policies/vgz --urls http://0.0.0.0:8080 --decision-log beslissingen.jsonl", "Bereikbaar van buiten deze machine, met een logboek van elke beslissing."),
        ],
    };

    /// <summary>The examples of a command by its name ("zorginkoop" for the root); none for a command not listed.</summary>
    public static IReadOnlyList<Example> For(string commandName) => ByCommand.GetValueOrDefault(commandName) ?? [];
}
