using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

public class PositionConverterTests
{
    [Fact]
    public void CountsUtf16UnitsAndEveryKindOfLineBreak()
    {
        // "😀" is two UTF-16 units, as LSP counts them; lines end with \r\n, \n and \r.
        var text = new SourceText("t.zip", "a😀b\r\nnaïef\nc\rd");

        Assert.Equal("0:3", PositionConverter.ToPosition(text, text.Content.IndexOf('b')).ToString());
        Assert.Equal(text.Content.IndexOf('b'), PositionConverter.ToOffset(text, new Position(0, 3)));
        Assert.Equal("1:2", PositionConverter.ToPosition(text, text.Content.IndexOf('ï')).ToString());
        Assert.Equal(text.Content.IndexOf('d'), PositionConverter.ToOffset(text, new Position(3, 0)));
        Assert.Equal("2:0-3:1", PositionConverter.ToRange(text, TextSpan.FromBounds(text.Content.IndexOf('c'), text.Content.Length)).ToString());
    }

    [Fact]
    public void ClampsPositionsPastTheEndOfALineOrTheText()
    {
        var text = new SourceText("t.zip", "abc\r\nde");

        Assert.Equal(3, PositionConverter.ToOffset(text, new Position(0, 99)));
        Assert.Equal(text.Content.Length, PositionConverter.ToOffset(text, new Position(9, 0)));
        Assert.Equal(0, PositionConverter.ToOffset(text, new Position(-1, 5)));
        Assert.Equal(2, PositionConverter.LineLength(text, 1));
        Assert.Equal(5, PositionConverter.LineStart(text, 1));
    }

    [Fact]
    public void AnyTextWithItsLineStartsConvertsAsACheckedText()
    {
        // The edit path (a document before its change is applied) and the checked text must agree everywhere,
        // also past the end of a line, on an empty last line and after every kind of line break.
        var content = "a😀b\r\nnaïef\nc\rd\r\n\n";
        var text = new SourceText("t.zip", content);
        var starts = PositionConverter.LineStarts(content);
        Assert.Equal(text.LineCount, starts.Length);
        for (var line = -1; line <= text.LineCount + 1; line++)
        {
            for (var character = 0; character <= 8; character++)
            {
                var position = new Position(line, character);
                Assert.Equal(PositionConverter.ToOffset(text, position), PositionConverter.ToOffset(content, starts, position));
            }
        }

        Assert.Equal([4, 5, 1, 1, 0, 0], Enumerable.Range(0, text.LineCount).Select(l => PositionConverter.LineLength(text, l)));
    }
}
