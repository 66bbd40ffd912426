using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Tests.Output;

/// <summary>Text from a policy or facts never reaches the terminal raw: an ESC[31m would colour every later line.</summary>
public class DiagnosticWriterEscapeTests
{
    [Fact]
    public void ControlCharactersFromPolicyTextAreWrittenVisibly()
    {
        var writer = new StringWriter();

        DiagnosticWriter.WriteLine(writer, DiagnosticCatalog.UnknownRequirementSet("rood\u001b[31mX\r\u202Eeinde", null));

        var line = writer.ToString();
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\r', line.TrimEnd('\n', '\r'));
        Assert.DoesNotContain('\u202E', line);
        Assert.Contains("zorginkoop: error ZI2001: Onbekende eisen 'rood\\u001B[31mX\\u000D\\u202Eeinde'.", line);
    }

    [Fact]
    public void OrdinaryDutchTextPassesUnchanged() =>
        Assert.Equal("Coöperatie — € 1.250,00 “ja”", TerminalText.Escape("Coöperatie — € 1.250,00 “ja”"));
}
