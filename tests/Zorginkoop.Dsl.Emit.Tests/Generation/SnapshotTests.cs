using Zorginkoop.Dsl.Emit.Generation;

namespace Zorginkoop.Dsl.Emit.Tests.Generation;

/// <summary>
/// The generated C# of one small, representative policy, kept in the repository so that every change to the
/// generator shows up as a reviewable diff. Regenerate with ZORGINKOOP_UPDATE_SNAPSHOTS=1 (see the message).
/// </summary>
public class SnapshotTests
{
    private const string UpdateVariable = "ZORGINKOOP_UPDATE_SNAPSHOTS";

    private const string Policy = """
        beleid "Klein voorbeeld" {
            verzekeraar: "Voorbeeldverzekeraar"
            looptijd: 2026
        }
        keuze Soort { Huisartsenpraktijk, RHO, GLI-aanbieder }
        gegevens Medewerker { fte: decimaal }
        gegevens Zorgaanbieder als aanbieder {
            soort: Soort
            agbCode: tekst? "De AGB-code van de praktijk"
            patienten: aantal
            fte: decimaal
            gecontracteerd: ja/nee
            medewerkers: lijst van Medewerker
        }
        definitie normFte "1,0 fte per 3.000 patiënten" = aanbieder.patienten / 3.000
        eisen Huisarts "Minimumeisen huisartsenzorg" geldt voor aanbieder.soort in [Huisartsenpraktijk, RHO] {
            eis agb "De praktijk heeft een AGB-code." aanbieder.agbCode is bekend
            eis bezetting "Minimaal 1,0 fte per 3.000 patiënten." aanbieder.fte >= normFte
                uitzondering "Gecontracteerd vóór 2026" als aanbieder.gecontracteerd
            eis team "Het team" {
                eis omvang mag afwijken voor elke m in aanbieder.medewerkers geldt m.fte >= 0,2
            }
        }
        """;

    [Fact]
    public void GeneratedSourceMatchesTheSnapshot()
    {
        var actual = CSharpGenerator.Generate(PolicySource.Compile(Policy, "/beleid/klein-voorbeeld.zip")).Source;
        var path = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Emit.Tests", "Snapshots", "klein-voorbeeld.generated.cs.txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(geen snapshot)";
        Assert.True(expected == actual,
            $"The generated C# differs from {path}.\nIf the change is intended, regenerate and review the diff:\n" +
            $"  {UpdateVariable}=1 dotnet test tests/Zorginkoop.Dsl.Emit.Tests --filter FullyQualifiedName~SnapshotTests\n  git diff {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }
}
