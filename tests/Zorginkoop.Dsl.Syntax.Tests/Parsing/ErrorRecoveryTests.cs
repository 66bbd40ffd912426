using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Tests.Parsing;

/// <summary>Issue 14 point 14: one unknown word yields one error, at the word, and the lines around it parse as written.</summary>
public class ErrorRecoveryTests
{
    private const string Policy = """
        eisen A {
            eis een aanbieder.fteHuisarts >= 1,0
            eis twee aanbieder.mandaat >= 80%
                uitzondering "oud contract" als aanbieder.oudContract
            omvat B
        }
        eisen B {
            eis drie aanbieder.agbCode is bekend
        }
        """;

    private static SyntaxTree Parse(string source) => PolicyParser.Parse(new SourceText("test.zip", source));

    [Fact]
    public void TheUnmutatedPolicyIsClean() => Assert.Empty(Parse(Policy).Diagnostics);

    [Theory]
    [InlineData("eis een", "eiss een", "ZI1020", 2, 5, "Bedoelde u 'eis'?")]
    [InlineData("eisen B", "eisn B", "ZI1020", 7, 1, "Bedoelde u 'eisen'?")]
    [InlineData("omvat B", "omvatt B", "ZI1020", 5, 5, "Bedoelde u 'omvat'?")]
    [InlineData("uitzondering \"oud", "uitzonderng \"oud", "ZI1020", 4, 9, "Bedoelde u 'uitzondering'?")]
    [InlineData(">= 80%", ">= 80 procent", "ZI1022", 3, 38, "Schrijf 80%.")]
    [InlineData(">= 1,0", ">= 1,0 fte", "ZI1022", 2, 42, "'fte' na 1,0 is geen eenheid")]
    [InlineData(">= 1,0", ">= 1,0 zoals", "ZI1022", 2, 42, "'zoals' na 1,0")]
    [InlineData("is bekend", "is bekend volgens", "ZI1021", 8, 42, "Onbekend woord 'volgens'")]
    public void OneMistypedOrUnknownWordGivesOneErrorAtTheWord(string original, string mutated, string code, int line, int column, string says)
    {
        var tree = Parse(Policy.Replace(original, mutated, StringComparison.Ordinal));

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal((line, column), (error.Location!.Start.Line + 1, error.Location.Start.Character + 1));
        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void AMistypedKeywordIsReadAsTheKeywordSoTheRestOfTheFileKeepsItsMeaning()
    {
        var tree = Parse(Policy.Replace("eisen B", "eisn B", StringComparison.Ordinal).Replace("eis een", "eiss een", StringComparison.Ordinal));

        Assert.Equal(2, tree.Diagnostics.Length);
        var sets = tree.Root.Declarations.OfType<RequirementSetDeclarationSyntax>().ToList();
        Assert.Equal(["A", "B"], sets.Select(s => s.Name.Text));
        Assert.Equal(["een", "twee"], sets[0].Requirements.Select(r => r.Name.Text));
        Assert.Equal("ZI1020", Assert.Single(tree.Diagnostics, d => d.Location!.Start.Line == 1).Code);
    }

    [Fact]
    public void AUnitFixIsOfferedAsAnExactEdit()
    {
        var source = Policy.Replace(">= 80%", ">= 80 procent", StringComparison.Ordinal);
        var edit = Assert.Single(Parse(source).Diagnostics).Edit!;

        Assert.Equal(Policy, source[..edit.Span.Start] + edit.NewText + source[edit.Span.End..]);
    }

    [Fact]
    public void AnErrorOnALaterLineIsStillReported()
    {
        var tree = Parse(Policy.Replace(">= 1,0", ">= 1,0 fte", StringComparison.Ordinal).Replace("is bekend", "is bekend volgens", StringComparison.Ordinal));

        Assert.Equal([2, 8], tree.Diagnostics.Select(d => d.Location!.Start.Line + 1));
    }

    [Fact]
    public void AWordThatIsAValidNameIsNotTakenForAKeyword()
    {
        // "Eis" is a legitimate choice member; substitution only happens where a name cannot stand. The error in the
        // second block makes the file go through the recovering parse, where substitution lives.
        var tree = Parse("""
            keuze Soort {
                Eis
                Omvat
            }
            eisen A {
                eis een aanbieder.x >= >= 1
            }
            """);

        Assert.Equal(["Eis", "Omvat"], tree.Root.Declarations.OfType<ChoiceDeclarationSyntax>().Single().Members.Select(m => m.Name));
        Assert.Equal(6, Assert.Single(tree.Diagnostics).Location!.Start.Line + 1);
    }

    public static TheoryData<string> Policies() => [.. Directory.GetFiles(RepositoryPaths.Combine("policies"), "*.zip", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(RepositoryPaths.Root, p)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// A generator over the real policies: every statement keyword in turn is mistyped by doubling its last letter,
    /// and every number in turn gets an unknown word after it (except in a list or a timeline, where a word after a
    /// number is grammatical — a list item, a party — and the binder reports it as an unknown name). Each mutant must give one or two errors, all on the
    /// mutated line — never a cascade onto correct lines.
    /// </summary>
    [Theory]
    [MemberData(nameof(Policies))]
    public void EachMutationOfARealPolicyStaysOnItsLine(string relativePath)
    {
        var source = File.ReadAllText(RepositoryPaths.Combine(relativePath));
        Assert.Empty(Parse(source).Diagnostics);
        var tokens = PolicyLexer.Tokenize(new SourceText(relativePath, source));
        var mutants = tokens
            .Where(t => t.Kind == LexicalTokenKind.Keyword && StatementKeywords.Contains(t.Text))
            .Select(t => (t.Span, Text: source.Insert(t.Span.End, t.Text[^1..]), What: $"'{t.Text}' → '{t.Text}{t.Text[^1]}'"))
            .Concat(tokens
                .Where((t, i) => t.Kind == LexicalTokenKind.Number && !InListOrTimeline(tokens, i))
                .Select(t => (t.Span, Text: source.Insert(t.Span.End, " procent"), What: $"'{t.Text}' → '{t.Text} procent'")))
            .ToList();
        Assert.NotEmpty(mutants);

        var failures = new List<string>();
        foreach (var (span, text, what) in mutants)
        {
            var mutatedLine = new SourceText(relativePath, text).GetLinePosition(span.Start).Line;
            var diagnostics = Parse(text).Diagnostics;
            if (diagnostics.Length is 0 or > 2 || diagnostics.Any(d => d.Location!.Start.Line != mutatedLine))
            {
                failures.Add($"line {mutatedLine + 1}, {what}:\n  " + string.Join("\n  ", diagnostics.Select(d => d.ToString())));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {mutants.Count} mutants cascade or go unreported:\n" + string.Join("\n", failures.Take(10)));
    }

    private static bool InListOrTimeline(IReadOnlyList<LexicalToken> tokens, int index)
    {
        var brackets = 0;
        var declaration = string.Empty;
        var braces = 0;
        for (var i = 0; i < index; i++)
        {
            switch (tokens[i].Text)
            {
                case "[": brackets++; break;
                case "]": brackets--; break;
                case "{": braces++; break;
                case "}": braces--; break;
                case var word when braces == 0 && tokens[i].Kind == LexicalTokenKind.Keyword: declaration = word; break;
            }
        }

        return brackets > 0 || declaration is "tijdlijn" or "wijziging";
    }

    private static readonly HashSet<string> StatementKeywords =
        ["eisen", "eis", "omvat", "uitzondering", "gegevens", "keuze", "definitie", "addendum", "vereist", "tijdlijn", "scenario", "verwacht", "gegeven", "wijziging", "gebruik", "beleid", "voorbeeld"];
}
