using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 4: a duration converted to minutes without overflow checks wrapped around, so
/// <c>6.405.119.470.038.040 dagen &lt; 6 weken</c> was voldaan. Durations now compare exactly, and every
/// conversion that overflows in arithmetic makes the value onbekend, in both engines.
/// </summary>
public class DurationOverflowTests
{
    private const string Subject = "gegevens G als g { d: duur?; t: datum? }\n";

    [Fact]
    public void AHugeDurationIsNotShorterThanSixWeeks()
    {
        var engines = BothEngines.Of(Subject + "eisen A { eis x 6.405.119.470.038.040 dagen < 6 weken }\n");

        Assert.Equal(Outcome.NotSatisfied, engines.Evaluate("A").Outcome);
    }

    [Theory]
    [InlineData("eis x 6.405.119.470.038.040 dagen + 1 minuut > 1 minuut")]
    [InlineData("eis x 6.405.119.470.038.040 dagen - 1 maand > 1 minuut")]
    [InlineData("eis x g.t + 6.405.119.470.038.040 dagen > g.t")]
    [InlineData("eis x g.t - 6.405.119.470.038.040 uur > g.t")]
    public void ArithmeticThatOverflowsIsUnknown(string requirement)
    {
        var engines = BothEngines.Of(Subject + "eisen A { " + requirement + " }\n");

        Assert.Equal(Outcome.Unknown, engines.Evaluate("A", """{ "t": "2026-01-01" }""").Outcome);
    }
}
