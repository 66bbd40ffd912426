namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The seed's Bijlage 2 lists the offences of "geen rechterlijke veroordeling uitgesproken inzake:" as six bullets
/// under the sentence; the document nests them the same way and says once what they are checked against.
/// </summary>
public class NestedListTests
{
    private static readonly string[] Offences =
    [
        "Deelneming aan een criminele organisatie", "Omkoping", "Fraude", "Witwassen van geld",
        "Terroristische misdrijven of strafbare feiten in verband met terroristische activiteiten",
        "Kinderarbeid en andere vormen van mensenhandel",
    ];

    [Fact]
    public void The_offences_are_a_list_under_their_sentence_as_in_the_source()
    {
        var document = PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg);
        var section = Assert.Single(document.RequirementSets, s => s.Title == "Minimeisen voor alle zorgaanbieders");
        var convictions = Assert.Single(section.SharedParts.Single().Requirements.AllRequirements, r => r.Path == "AlgemeneMinimumeisen.veroordelingen");

        Assert.EndsWith("inzake:", convictions.Sentence);
        Assert.Equal(Offences, convictions.Children.Items.SelectMany(i => i.Requirements).Select(r => r.Sentence));
    }

    [Fact]
    public void Items_checked_against_the_same_facts_say_it_once_under_their_sentence()
    {
        var document = PublishedPolicies.Document(PublishedPolicies.Huisartsenzorg);
        var convictions = document.RequirementSets.SelectMany(s => s.SharedParts).SelectMany(p => p.Requirements.AllRequirements)
            .Single(r => r.Path == "AlgemeneMinimumeisen.veroordelingen");

        Assert.Equal(["aanbieder.veroordelingen"], convictions.CheckedAgainst.Select(f => f.Name));
        Assert.All(convictions.Children.AllRequirements, r => Assert.Empty(r.CheckedAgainst));

        // Items that read different facts keep their own line.
        var system = document.RequirementSets.SelectMany(s => s.Requirements.AllRequirements).Single(r => r.Path == "ZorgverleningRho.keteninformatiesysteem");
        Assert.Empty(system.CheckedAgainst);
        Assert.All(system.Children.AllRequirements, r => Assert.NotEmpty(r.CheckedAgainst));
    }
}
