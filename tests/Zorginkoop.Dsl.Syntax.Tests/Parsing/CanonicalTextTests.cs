using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests.Parsing;

public class CanonicalTextTests
{
    [Theory]
    [InlineData("aanbieder.fte >= 1,0", "aanbieder.fte >= 1,0")]
    [InlineData("aanbieder . fte\n   >=  1,0", "aanbieder.fte >= 1,0")]
    [InlineData("aanbieder.fte /* uitleg */ >= 1,0 // meer\n", "aanbieder.fte >= 1,0")]
    [InlineData("p.verbinding in [ Toelatingsovereenkomst ,\r\n Loondienstverband ]", "p.verbinding in [Toelatingsovereenkomst, Loondienstverband]")]
    [InlineData("3 jaar na aanbieder.\n  start < 1  april\t2025", "3 jaar na aanbieder.start < 1 april 2025")]
    [InlineData("( a - 3 ) * - 2", "(a - 3) * -2")]
    [InlineData("datum - 2 weken", "datum - 2 weken")]
    [InlineData("naam = \"twee  spaties\"", "naam = \"twee  spaties\"")]
    public void QuotesAnExpressionOnOneLineAsTheFormatterSpacesIt(string written, string expected)
    {
        var text = new SourceText("t.zip", "x " + written + " y");

        var span = new TextSpan(2, written.Length);

        Assert.Equal(expected, CanonicalText.Of(text, span));
        Assert.Equal(expected, CanonicalText.Of(PolicyParser.Parse(text), span));
    }
}
