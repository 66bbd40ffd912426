using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Tests;

/// <summary>
/// docs/language.md "Lange zinnen over meer regels": the formatter writes a sentence that runs past column 120 as
/// adjacent texts broken between words, each under the first, and joins pieces that fit on one line again; the
/// sentence itself never changes.
/// </summary>
public class SentenceWrappingTests
{
    private const string Long =
        "De zorgaanbieder is niet aanzienlijk of voortdurend tekortgekomen bij de uitvoering van een eerdere overeenkomst met ons, "
        + "wat heeft geleid tot vroegtijdige beëindiging van de overeenkomst, tot schadevergoeding of tot andere vergelijkbare sancties.";

    private static string Format(string text)
    {
        var result = PolicyFormatter.Format(new SourceText("test.zip", text));
        Assert.Empty(result.Diagnostics);
        return result.Text;
    }

    private static List<string> Values(string text) =>
        [.. SyntaxWalker.DescendantsAndSelf(PolicyParser.Parse(new SourceText("t.zip", text)).Root).OfType<TextSyntax>().Select(t => t.Value)];

    [Fact]
    public void ALongSentenceIsWrappedBetweenWordsWithEachPieceUnderTheFirst()
    {
        var source = $"eisen E \"Uitsluitingsgronden\" {{\n    eis eerdereOvereenkomst \"{Long}\"\n        niet aanbieder.tekort\n}}\n";

        var formatted = Format(source);

        var lines = formatted.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"{line.Length}: {line}"));
        var sentence = lines.Where(l => l.TrimStart().StartsWith('"') || l.Contains("eis eerdereOvereenkomst", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sentence.Count);
        var column = sentence[0].IndexOf('"', StringComparison.Ordinal);
        Assert.All(sentence.Skip(1), line => Assert.Equal(column, line.IndexOf('"', StringComparison.Ordinal)));
        Assert.All(sentence, line => Assert.DoesNotContain("\" \"", line, StringComparison.Ordinal));
        Assert.Equal(Values(source), Values(formatted));
        Assert.Contains(Long, Values(formatted));
        Assert.Equal(formatted, Format(formatted));
        Assert.Equal("        niet aanbieder.tekort", lines[4]);
    }

    [Fact]
    public void PiecesThatFitOnOneLineBecomeOneTextAgain()
    {
        var source = "gegevens Zorgaanbieder als aanbieder {\n    agb: tekst  \"De AGB-code\"\n                \"van de praktijk\"\n}\n";

        var formatted = Format(source);

        Assert.Equal("gegevens Zorgaanbieder als aanbieder {\n    agb: tekst  \"De AGB-code van de praktijk\"\n}\n", formatted);
    }

    [Fact]
    public void AClauseThatNoLongerFitsBehindTheActionGoesToALineOfItsOwn()
    {
        var action = "Vastleggen van de onderhandelingsafspraken in overeenkomsten en prijslijsten, volgens samen afgesproken stappen en deadlines";
        var source = $"tijdlijn T {{\n    vastleggen:  uiterlijk 30 september 2026  Zorgaanbieder en VGZ  \"{action}\"  via \"VECOZO Zorginkoopportaal of via e-mail\"\n}}\n";

        var formatted = Format(source);

        var lines = formatted.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"{line.Length}: {line}"));
        Assert.Contains(lines, l => l.Trim() == "via \"VECOZO Zorginkoopportaal of via e-mail\"");
        var entry = Assert.Single(SyntaxWalker.DescendantsAndSelf(PolicyParser.Parse(new SourceText("t.zip", formatted)).Root).OfType<TimelineEntrySyntax>());
        Assert.Equal(action, entry.Action.Value);
        Assert.Equal(EntryClauseKind.Channel, Assert.Single(entry.Clauses).Kind);
        Assert.Equal(formatted, Format(formatted));
    }

    [Fact]
    public void AGroupAfterAWrappedSentenceKeepsItsChildrenOneLevelIn()
    {
        var source = $"eisen E {{\n    eis groep \"{Long}\" {{\n        eis a \"A.\" aanbieder.a\n    }}\n}}\n";

        var formatted = Format(source);

        Assert.Contains("\n        eis a \"A.\"\n", formatted, StringComparison.Ordinal);
        Assert.EndsWith("\n    }\n}\n", formatted, StringComparison.Ordinal);
        Assert.Equal(formatted, Format(formatted));
    }

    [Fact]
    public void SentencesThatCannotBeCutAnywhereKeepTheirPieces()
    {
        // A paragraph break decides the join, and a space of the author's own at a join is ZI1032's to report.
        var paragraph = $"eisen E {{\n    eis a \"{Long}\\n\"\n          \"Tweede alinea.\"\n        aanbieder.a\n}}\n";
        var spaced = "eisen E {\n    eis a \"Een \"\n          \"zin.\"\n        aanbieder.a\n}\n";

        Assert.Equal(paragraph, Format(paragraph));
        Assert.Equal(spaced, Format(spaced));
    }

    [Fact]
    public void TheTitleOfAPolicyIsNeverSplit()
    {
        var title = string.Join(' ', Enumerable.Repeat("Huisartsenzorg en Multidisciplinaire zorg", 4));
        var source = $"beleid \"{title}\" {{\n    verzekeraar: \"VGZ\"\n}}\n";

        Assert.Equal(source, Format(source));
    }
}
