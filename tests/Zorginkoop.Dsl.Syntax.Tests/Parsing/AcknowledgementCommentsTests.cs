using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests.Parsing;

public class AcknowledgementCommentsTests
{
    private static IReadOnlyList<AcknowledgementComment> Read(string source) =>
        AcknowledgementComments.Read(PolicyParser.Parse(new SourceText("test.zip", source)));

    [Fact]
    public void AnAcknowledgementSpeaksOfTheNextLineWithCodeAndStackedOnesOfTheSameLine()
    {
        var found = Read("""
            tijdlijn P "P" {
                // erkend ZI5006: zo staat het in de bron
                // erkend zi5002 : het jaar ervoor
                /* gewone opmerking */
                offerte: uiterlijk 1 november 2025 VGZ "Offerte"
            }
            """);

        Assert.Equal(["ZI5006", "ZI5002"], found.Select(a => a.Code));
        Assert.All(found, a => Assert.Equal(4, a.TargetLine));
        Assert.Equal(["zo staat het in de bron", "het jaar ervoor"], found.Select(a => a.Reason));
        Assert.Equal("ZI5006", found[0].CodeLocation.Source.GetText(found[0].CodeLocation.Span));
    }

    [Theory]
    [InlineData("// erkend ZI5006", null)]
    [InlineData("// erkend ZI5006:   ", null)]
    [InlineData("// erkend ZI5006 staat zo in de bron", "staat zo in de bron")]
    public void AMissingReasonIsNull(string comment, string? reason)
    {
        var found = Assert.Single(Read($"{comment}\nkeuze K {{ A }}\n"));
        Assert.Equal(reason, found.Reason);
        Assert.Equal(1, found.TargetLine);
    }

    [Theory]
    [InlineData("// erkend door de NZa")]
    [InlineData("// niet erkend ZI5006: x")]
    [InlineData("/* erkend ZI5006: x */")]
    public void OtherCommentsAreNoAcknowledgement(string comment) =>
        Assert.Empty(Read($"{comment}\nkeuze K {{ A }}\n"));
}
