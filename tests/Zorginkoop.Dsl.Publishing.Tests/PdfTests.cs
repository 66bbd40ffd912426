using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// <c>zorginkoop publish … --format pdf</c> as a user runs it (the executable, headless Chromium), read back with
/// pdftotext: it starts with the three dated amendments, newest first; its planning tables have the sources' four
/// columns; its annex holds every requirement sentence; every page has its number. The first pages are kept as PNGs
/// in TestResults/publishing.
/// </summary>
public partial class PdfTests
{
    private static readonly Lazy<(string Pdf, string Text, string Layout)> Printed = new(Print);

    [Fact]
    public void The_document_starts_with_the_three_dated_amendments_newest_first()
    {
        var text = Printed.Value.Text;
        var pages = text.Split('\f');
        // Page 1 is the title page, page 2 the contents; the amendments come first after them.
        var afterContents = string.Join('\f', pages.Skip(2));
        Assert.StartsWith("Wijzigingen en aanvullingen op het inkoopbeleid", afterContents.TrimStart());
        var newest = afterContents.IndexOf("01-04-2026", StringComparison.Ordinal);
        var middle = afterContents.IndexOf("01-09-2025", StringComparison.Ordinal);
        var oldest = afterContents.IndexOf("31-07-2025", StringComparison.Ordinal);
        var planning = ChapterHeading().Match(afterContents).Index;
        Assert.True(newest >= 0 && newest < middle && middle < oldest && oldest < planning, $"amendments at {newest}, {middle}, {oldest}; planning at {planning}");
        Assert.Contains("Waarom deze aanvulling?", afterContents[..planning], StringComparison.Ordinal);
        Assert.Contains("Wat betekent dit voor u als zorgaanbieder?", afterContents[..planning], StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_tables_have_the_four_columns_of_the_sources()
    {
        var headerLines = Printed.Value.Layout.Split('\n').Where(l => HeaderRow().IsMatch(l)).ToList();
        // A header per planning table of the policy, repeated on each page a table continues on.
        Assert.InRange(headerLines.Count, PublishedPolicies.Compile(PublishedPolicies.Huisartsenzorg).BoundTimelines.Length, 30);
    }

    [Fact]
    public void The_annex_holds_every_requirement_sentence_of_the_policy()
    {
        // A sentence may run on over a page break, past the page's number.
        var text = Flat(PageNumber().Replace(Printed.Value.Layout, " "));
        var missing = PublishedPolicies.Requirements(PublishedPolicies.Compile(PublishedPolicies.Huisartsenzorg))
            .Where(r => r.Sentence is not null && !text.Contains(Flat(r.Sentence), StringComparison.Ordinal))
            .Select(r => r.Path)
            .ToList();
        Assert.True(missing.Count == 0, "Sentences not in the PDF: " + string.Join(", ", missing));
        Assert.Contains(Flat("Voor een overeenkomst is er per praktijk minimaal 1,0 fte huisarts verbonden aan 3.000 patiënten."), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_carries_its_number_and_the_first_pages_are_kept_as_pictures()
    {
        var pages = Printed.Value.Text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count > 5);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        var prefix = Path.Combine(ExternalTools.Artifacts, "huisartsenzorg-2026-2027");
        var (exitCode, _, error) = ChildProcess.Run(ExternalTools.Poppler("pdftoppm"), ["-png", "-r", "60", "-f", "1", "-l", "3", Printed.Value.Pdf, prefix], ExternalTools.Artifacts);
        Assert.True(exitCode == 0, error);
        var pictures = Directory.GetFiles(ExternalTools.Artifacts, "huisartsenzorg-2026-2027-*.png");
        Assert.True(pictures.Length >= 3, string.Join(", ", pictures));
        Assert.All(pictures, p => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(p)[..4]));
    }

    private static (string Pdf, string Text, string Layout) Print()
    {
        var folder = Path.Combine(ExternalTools.Artifacts, "pdf");
        Directory.CreateDirectory(folder);
        _ = ExternalTools.Chromium;
        var (exitCode, output, error) = ChildProcess.Run(
            "dotnet",
            [ChildProcess.ZorginkoopDll, "publish", RepositoryPaths.Combine("policies", PublishedPolicies.Huisartsenzorg), "--format", "pdf", "--on", "2026-12-01", "--output", folder],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(4));
        Assert.True(exitCode == 0, $"publish --format pdf failed ({exitCode}):\n{output}\n{error}");
        var pdf = Path.Combine(folder, "huisartsenzorg-2026-2027.pdf");
        Assert.Equal(pdf, output.Trim());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        return (pdf, ToText(pdf, layout: false), ToText(pdf, layout: true));
    }

    private static string ToText(string pdf, bool layout)
    {
        var (exitCode, output, error) = ChildProcess.Run(ExternalTools.Poppler("pdftotext"), [.. layout ? new[] { "-layout" } : [], "-enc", "UTF-8", pdf, "-"], ExternalTools.Artifacts);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>
    /// Line breaks, page breaks and the spacing of -layout are the printer's; the words are the policy's. A line may
    /// break after a hyphen ("GLI-" / "zorgprogramma"), so a hyphen followed by white space counts as a bare hyphen, on
    /// both sides of the comparison.
    /// </summary>
    private static string Flat(string text) => HyphenBreak().Replace(Spaces().Replace(text, " "), "-").Trim();

    [GeneratedRegex(@"^\s*Datum en tijd\s{2,}Wie\s{2,}Actie\s{2,}Via\s*$")]
    private static partial Regex HeaderRow();

    [GeneratedRegex(@"^\f?Planning zorginkoop$", RegexOptions.Multiline)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"Pagina \d+ van \d+")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"-\s+")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
