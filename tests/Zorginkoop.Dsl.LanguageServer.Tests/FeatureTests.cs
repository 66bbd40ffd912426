using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Text;
using Range = Zorginkoop.Dsl.LanguageServer.Protocol.Range;

namespace Zorginkoop.Dsl.LanguageServer.Tests;

/// <summary>Each editor feature against the real policies (copies), through the client.</summary>
public sealed class FeatureTests : IAsyncLifetime
{
    private readonly PolicyCopy policies = new();
    private LspClient client = null!;
    private string text = string.Empty;
    private string uri = string.Empty;

    private TextDocumentIdentifier Document => new() { Uri = uri };

    public async Task InitializeAsync()
    {
        client = LspClient.InProcess();
        await client.InitializeAsync(policies.Root);
        text = File.ReadAllText(policies.Huisartsenzorg);
        uri = await client.OpenAsync(policies.Huisartsenzorg);
    }

    public async Task DisposeAsync()
    {
        await client.DisposeAsync();
        policies.Dispose();
    }

    [Fact]
    public async Task CompletionAfterTheSubjectListsExactlyTheDeclaredFieldsIncludingAanvullingen()
    {
        var subject = PolicyCompilation.Compile(policies.Huisartsenzorg).Subject!;
        var afterDot = PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts");

        var existing = await Complete(afterDot);
        // Typed fresh at the end of a condition, where the line no longer parses.
        var end = new Position(afterDot.Line, text.Split('\n')[afterDot.Line].TrimEnd('\r').Length);
        await client.ChangeAsync(uri, new Range(end, end), " en aanbieder.");
        var typed = await Complete(new Position(end.Line, end.Character + " en aanbieder.".Length));

        foreach (var list in new[] { existing, typed })
        {
            Assert.Equal(subject.Fields.Select(f => f.Name).Order(), list.Items.Select(i => i.Label).Order());
            Assert.All(list.Items, i => Assert.Equal(CompletionItemKind.Field, i.Kind));
            // A client sorts by sortText: the fields come in the order the policy declares them, not alphabetically.
            Assert.Equal(subject.Fields.Select(f => f.Name), list.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label));
        }

        Assert.Contains(existing.Items, i => i.Label == "preferenteRegio" && i.Detail == "ja/nee");
        Assert.Contains(existing.Items, i => i.Label == "agbCode" && i.Detail == "tekst?");
    }

    [Fact]
    public async Task CompletionOffersNestedFieldsKeuzeValuesRequirementSetsAndKeywordsInContext()
    {
        var nested = await Complete(PolicyCopy.Find(text, "aanbieder.kis.inzage", "inzage"));
        Assert.Contains(nested.Items, i => i.Label == "signaleertProactief");
        Assert.DoesNotContain(nested.Items, i => i.Label == "fteHuisarts");

        var choice = PolicyCopy.Find(text, "geldt voor aanbieder.soort = Huisartsenpraktijk", "Huisartsenpraktijk");
        var members = await Complete(choice);
        Assert.Contains(members.Items, i => i.Label == "RHO" && i.Kind == CompletionItemKind.EnumMember);
        Assert.DoesNotContain(members.Items, i => i.Label == "Loondienst");

        var include = PolicyCopy.Find(text, "omvat AlgemeneMinimumeisen", "AlgemeneMinimumeisen");
        var sets = await Complete(include);
        Assert.Contains(sets.Items, i => i.Label == "AlgemeneMinimumeisen" && i.Kind == CompletionItemKind.Class);
        Assert.Contains(sets.Items, i => i.Label == "ZorgverleningRho");

        var topLevel = await Complete(new Position(0, 0));
        Assert.Contains(topLevel.Items, i => i.Label == "eisen" && i.Kind == CompletionItemKind.Keyword);
        Assert.Contains(topLevel.Items, i => i.Label == "tijdlijn");
    }

    [Fact]
    public async Task HoverExplainsRequirementsFieldsDefinitionsDatesAndRelativeDeadlines()
    {
        var requirement = await Hover(PolicyCopy.Find(text, "eis bezetting", "bezetting"));
        Assert.Contains("Huisartsgeneeskundig.bezetting", requirement);
        Assert.Contains("minimaal 1,0 fte huisarts verbonden aan 3.000 patiënten", requirement);
        Assert.Contains("voldaan", requirement);
        Assert.Contains("onbekend", requirement);
        Assert.Contains("In het gepubliceerde beleid (`zorginkoop publish`): `huisartsenzorg-2026-2027.html#Huisartsgeneeskundig.bezetting`", requirement);

        var field = await Hover(PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts"));
        Assert.Contains("decimaal", field);
        Assert.Contains("Aantal fte huisarts verbonden aan de praktijk", field);

        var definition = await Hover(PolicyCopy.Find(text, "aanbieder.fteHuisarts >= normFte", "normFte"));
        Assert.Contains("= aanbieder.ingeschrevenPatienten / 3.000", definition);

        var date = await Hover(PolicyCopy.Find(text, "gepubliceerd:", "april"));
        Assert.Contains("dinsdag", date);

        var msz = File.ReadAllText(policies.MedischSpecialistisch2027);
        var mszUri = await client.OpenAsync(policies.MedischSpecialistisch2027);
        var relative = await client.RequestAsync<Protocol.Hover>(Methods.Hover, new HoverParams
        {
            TextDocument = new TextDocumentIdentifier { Uri = mszUri },
            Position = PolicyCopy.Find(msz, "uiterlijk 6 weken na offerte", "weken"),
        });
        Assert.Contains("6 weken na de gebeurtenis `offerte`", relative.Contents.Value);
        Assert.Contains("11 november 2026", relative.Contents.Value);
    }

    [Fact]
    public async Task DocumentSymbolsOutlineThePolicy()
    {
        var symbols = await client.RequestAsync<List<DocumentSymbol>>(Methods.DocumentSymbol, new DocumentSymbolParams { TextDocument = Document });

        var header = Assert.Single(symbols, s => s.Kind == SymbolKind.Namespace);
        Assert.Equal("Huisartsenzorg en Multidisciplinaire zorg 2026-2027", header.Name);
        var set = Assert.Single(symbols, s => s.Name == "Huisartsgeneeskundig");
        Assert.Equal(SymbolKind.Class, set.Kind);
        Assert.Contains(set.Children!, c => c.Name == "bezetting" && c.Kind == SymbolKind.Function);
        var group = Assert.Single(set.Children!, c => c.Name == "eindverantwoordelijkheid");
        Assert.Contains(group.Children!, c => c.Name == "vasteHuisarts");
        Assert.Contains(symbols, s => s.Name == "Zorgaanbieder" && s.Detail == "aanvulling" && s.Children!.Any(f => f.Name == "preferenteRegio"));
        Assert.Contains(symbols, s => s.Kind == SymbolKind.Interface && s.Name == "PohGgzRho");
        var timeline = Assert.Single(symbols, s => s.Name == "PlanningRho");
        Assert.Contains(timeline.Children!, c => c.Name == "akkoord");
        Assert.Contains(symbols, s => s.Name.StartsWith("wijziging 01-09-2025", StringComparison.Ordinal));
        Assert.All(symbols, s => Assert.True(s.Range.Start.Line <= s.SelectionRange.Start.Line && s.SelectionRange.End.Line <= s.Range.End.Line));
    }

    [Fact]
    public async Task FoldingRangesCoverBlocksAndCommentRuns()
    {
        var ranges = await client.RequestAsync<List<FoldingRange>>(Methods.FoldingRange, new FoldingRangeParams { TextDocument = Document });

        var lines = text.Split('\n');
        var setStart = Array.FindIndex(lines, l => l.StartsWith("eisen Huisartsgeneeskundig", StringComparison.Ordinal));
        var setEnd = Array.FindIndex(lines, setStart, l => l.StartsWith('}'));
        Assert.Contains(ranges, r => r.StartLine == setStart && r.EndLine == setEnd - 1 && r.Kind is null);
        Assert.Contains(ranges, r => r.StartLine == 0 && r.Kind == "comment" && r.EndLine >= 4);
    }

    [Fact]
    public async Task SemanticTokensClassifyNamesByWhatTheyAre()
    {
        var tokens = await client.RequestAsync<Protocol.SemanticTokens>(Methods.SemanticTokensFull, new SemanticTokensParams { TextDocument = Document });
        var decoded = Decode(tokens.Data);

        string TypeAt(Position position) => SemanticTokenLegend.Types[decoded.Single(t => t.Line == position.Line && t.Start == position.Character).Type];

        var line = "aanbieder.fteHuisarts >= normFte";
        Assert.Equal("variable", TypeAt(PolicyCopy.Find(text, line, "aanbieder")));
        Assert.Equal("property", TypeAt(PolicyCopy.Find(text, line, "fteHuisarts")));
        Assert.Equal("variable", TypeAt(PolicyCopy.Find(text, line, "normFte")));
        Assert.Equal("operator", TypeAt(PolicyCopy.Find(text, line, ">=")));
        Assert.Equal("keyword", TypeAt(PolicyCopy.Find(text, "eis bezetting", "eis")));
        Assert.Equal("function", TypeAt(PolicyCopy.Find(text, "eis bezetting", "bezetting")));
        Assert.Equal("string", TypeAt(PolicyCopy.Find(text, "eis bezetting", "\"Voor")));
        Assert.Equal("enumMember", TypeAt(PolicyCopy.Find(text, "geldt voor aanbieder.soort = Huisartsenpraktijk", "Huisartsenpraktijk")));
        Assert.Equal("class", TypeAt(PolicyCopy.Find(text, "omvat AlgemeneMinimumeisen", "AlgemeneMinimumeisen")));
        var declaration = decoded.Single(t => t.Line == PolicyCopy.Find(text, "definitie normFte", "normFte").Line && t.Start == PolicyCopy.Find(text, "definitie normFte", "normFte").Character);
        Assert.Equal(SemanticTokenLegend.Declaration | SemanticTokenLegend.ReadOnly, declaration.Modifiers);
        Assert.Equal("comment", SemanticTokenLegend.Types[decoded[0].Type]);
        Assert.Equal(decoded.Count, decoded.Select(t => (t.Line, t.Start)).Distinct().Count());
    }

    [Fact]
    public async Task FormattingUsesTheSharedFormatterAndLeavesBrokenTextAlone()
    {
        var messy = "keuze Soort{A,B}\neisen X \"t\" {\n  eis a\n  aanbieder.soort = A\n}\ngegevens Z als aanbieder { soort: Soort }\n";
        var messyUri = await client.OpenAsync(Path.Combine(policies.Root, "messy.zip"), messy);

        var edits = await Format(messyUri);
        Assert.Equal(PolicyFormatter.Format(new SourceText("messy.zip", messy)).Text, Apply(messy, edits));

        var formatted = Apply(messy, edits);
        await client.ReplaceAllAsync(messyUri, formatted);
        Assert.Empty(await Format(messyUri));

        await client.ReplaceAllAsync(messyUri, "eisen X {\n  eis a aanbieder.soort =\n");
        Assert.Empty(await Format(messyUri));
    }

    [Fact]
    public async Task CodeActionsApplyTheSuggestionAndAddAMissingField()
    {
        var misspelled = PolicyCopy.RangeOf(text, "aanbieder.fteHuisarts >= normFte", "fteHuisarts");
        await client.ChangeAsync(uri, misspelled, "fteHuisart");
        var typo = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code == "ZI2003");

        var fixes = await Actions(typo);
        var replace = Assert.Single(fixes, a => a.Title == "Vervang door 'fteHuisarts'");
        Assert.True(replace.IsPreferred);
        var edit = Assert.Single(replace.Edit!.Changes[uri]);
        Assert.Equal("fteHuisarts", edit.NewText);
        Assert.Equal(typo.Range.ToString(), edit.Range.ToString());

        // An unknown field without a near name: add it, with a type read from the comparison.
        var condition = PolicyCopy.RangeOf(text, "aanbieder.mandaatHuisartsen >= 80%", "mandaatHuisartsen");
        await client.ChangeAsync(uri, new Range(misspelled.Start, new Position(misspelled.Start.Line, misspelled.Start.Character + "fteHuisart".Length)), "fteHuisarts");
        await client.ChangeAsync(uri, condition, "aandeelVanHuisartsenInDeRegio");
        var unknown = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code == "ZI2003");

        var add = Assert.Single(await Actions(unknown), a => a.Title.StartsWith("Voeg veld", StringComparison.Ordinal));
        Assert.Equal("Voeg veld 'aandeelVanHuisartsenInDeRegio: percentage' toe aan gegevens 'Zorgaanbieder'", add.Title);
        var insertion = Assert.Single(add.Edit!.Changes[uri]);
        Assert.Equal("    aandeelVanHuisartsenInDeRegio: percentage\n", insertion.NewText);
        var lines = text.Split('\n');
        var extension = Array.FindIndex(lines, l => l.StartsWith("aanvulling Zorgaanbieder", StringComparison.Ordinal));
        Assert.Equal(Array.FindIndex(lines, extension, l => l.StartsWith('}')), insertion.Range.Start.Line);

        // Applied, the policy checks again.
        await client.ChangeAsync(uri, insertion.Range, insertion.NewText);
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
    }

    [Fact]
    public async Task CodeActionParenthesizesEnAndOfMixedWithoutParentheses()
    {
        var operand = PolicyCopy.RangeOf(text, "aanbieder.fteHuisarts >= normFte", "normFte");
        await client.ChangeAsync(uri, operand, "normFte en aanbieder.preferenteRegio of aanbieder.agbCode is bekend");
        var mixed = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code == "ZI1008");
        Assert.Contains("'(aanbieder.fteHuisarts >= normFte en aanbieder.preferenteRegio) of aanbieder.agbCode is bekend'", mixed.Message);

        var fix = Assert.Single(await Actions(mixed), a => a.Title == "Zet haakjes om de 'en'-delen");
        var edits = fix.Edit!.Changes[uri];
        Assert.All(edits, e => Assert.Equal(e.Range.Start.ToString(), e.Range.End.ToString()));
        var typed = Apply(text, [new TextEdit { Range = operand, NewText = "normFte en aanbieder.preferenteRegio of aanbieder.agbCode is bekend" }]);
        Assert.Contains("aanbieder.fteHuisarts >= normFte en aanbieder.preferenteRegio of aanbieder.agbCode is bekend", typed);
        Assert.Contains("(aanbieder.fteHuisarts >= normFte en aanbieder.preferenteRegio) of aanbieder.agbCode is bekend", Apply(typed, edits));

        // Applied (last edit first, so the earlier positions stay valid), the policy checks again.
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Character))
        {
            await client.ChangeAsync(uri, edit.Range, edit.NewText);
        }

        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Error);
    }

    [Fact]
    public async Task AcknowledgedWarningsAreHintsAndTheCodeActionAcknowledgesAWarning()
    {
        // The policy acknowledges the Sunday deadline of 1 juni 2025: a hint that says so and why, not a warning.
        var before = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics;
        var sunday = PolicyCopy.Find(text, "offerteformat:  uiterlijk 1 juni 2025", "1 juni 2025");
        var hint = Assert.Single(before, d => d.Code == "ZI5006" && d.Range.Start.Line == sunday.Line);
        Assert.Equal(DiagnosticSeverityCode.Hint, hint.Severity);
        Assert.StartsWith("Erkend: het bronstuk", hint.Message);
        Assert.DoesNotContain(before, d => d.Severity == DiagnosticSeverityCode.Warning);

        // Without its acknowledgement, the HDS deadline on a Sunday is a warning again.
        var acknowledgement = PolicyCopy.Find(text, "// erkend ZI5006: het bronstuk (Planning zorginkoop, HDS)", "//");
        await client.ChangeAsync(uri, new Range(new Position(acknowledgement.Line, 0), new Position(acknowledgement.Line + 1, 0)), string.Empty);
        var warning = Assert.Single((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Severity == DiagnosticSeverityCode.Warning);
        Assert.Equal("ZI5006", warning.Code);

        var acknowledge = Assert.Single(await Actions(warning), a => a.Title == "Erken deze waarschuwing");
        var edit = Assert.Single(acknowledge.Edit!.Changes[uri]);
        Assert.Equal("    // erkend ZI5006: \n", edit.NewText);
        Assert.Equal(warning.Range.Start.Line, edit.Range.Start.Line);
        await client.ChangeAsync(uri, edit.Range, edit.NewText);

        // Until the author writes the reason, the acknowledgement is an error and the warning stays.
        var unreasoned = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics;
        Assert.Contains(unreasoned, d => d.Code == "ZI1027" && d.Severity == DiagnosticSeverityCode.Error);
        Assert.Contains(unreasoned, d => d.Code == "ZI5006" && d.Severity == DiagnosticSeverityCode.Warning);

        var end = new Position(edit.Range.Start.Line, "    // erkend ZI5006: ".Length);
        await client.ChangeAsync(uri, new Range(end, end), "zo staat het in het bronstuk");
        var reasoned = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics;
        Assert.DoesNotContain(reasoned, d => d.Severity is DiagnosticSeverityCode.Error or DiagnosticSeverityCode.Warning);
        Assert.Contains(reasoned, d => d.Code == "ZI5006" && d.Severity == DiagnosticSeverityCode.Hint && d.Message.StartsWith("Erkend: zo staat het in het bronstuk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CodeActionsOfferBothReadingsOfAPlainOmvatOfAScopedSet()
    {
        await client.ChangeAsync(uri, PolicyCopy.RangeOf(text, "omvat AlleZorgaanbieders", "AlleZorgaanbieders"), "Gli");
        var plain = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code == "ZI3009");
        Assert.Contains("'omvat Gli verplicht'", plain.Message);

        var actions = await Actions(plain);
        var required = Assert.Single(actions, a => a.Title.StartsWith("Schrijf 'omvat … verplicht'", StringComparison.Ordinal));
        Assert.Single(actions, a => a.Title.StartsWith("Schrijf 'omvat … indien van toepassing'", StringComparison.Ordinal));
        Assert.All(actions, a => Assert.NotEqual(true, a.IsPreferred));
        var edit = Assert.Single(required.Edit!.Changes[uri]);
        Assert.Equal(" verplicht", edit.NewText);

        // Applied, the line reads 'omvat Gli verplicht' and the warning is gone.
        await client.ChangeAsync(uri, edit.Range, edit.NewText);
        var line = PolicyCopy.Find(text, "omvat AlleZorgaanbieders", "omvat").Line;
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Code == "ZI3009" && d.Range.Start.Line == line);
    }

    [Fact]
    public async Task TextPastedFromAPdfIsNamedAndFixedByItsCodeAction()
    {
        // As pasted from the PDF: an en dash for "t/m", a no-break space before "80%", curly quotes around a text.
        // Right to left on the line, so that each position found in the original text still holds.
        var closing = PolicyCopy.Find(text, "bekendmaking:", "(streefdatum)\"", "(streefdatum)".Length);
        await client.ChangeAsync(uri, new Range(closing, new Position(closing.Line, closing.Character + 1)), "\u201D");
        var sentence = PolicyCopy.Find(text, "bekendmaking:", "\"Bekendmaken");
        await client.ChangeAsync(uri, new Range(sentence, new Position(sentence.Line, sentence.Character + 1)), "\u201C");
        await client.ChangeAsync(uri, PolicyCopy.RangeOf(text, "bekendmaking:", "t/m"), "\u2013");
        await client.ChangeAsync(uri, PolicyCopy.RangeOf(text, "aanbieder.mandaatHuisartsen >= 80%", " 80%"), "\u00A080%");

        var diagnostics = (await client.CurrentDiagnosticsAsync(uri)).Diagnostics;
        var dash = Assert.Single(diagnostics, d => d.Code == "ZI1024");
        Assert.Contains("en dash (U+2013", dash.Message);
        var space = Assert.Single(diagnostics, d => d.Code == "ZI1023" && d.Message.Contains("U+00A0"));
        var quotes = Assert.Single(diagnostics, d => d.Code == "ZI1023" && d.Message.Contains("gekrulde aanhalingstekens"));
        Assert.Equal(sentence.Line, dash.Range.Start.Line);

        foreach (var (diagnostic, title) in new[] { (quotes, null), (space, "Vervang door ' '"), (dash, "Vervang door 't/m'") })
        {
            var fix = Assert.Single(await Actions(diagnostic), a => a.IsPreferred == true);
            if (title is not null)
            {
                Assert.Equal(title, fix.Title);
            }

            var edit = Assert.Single(fix.Edit!.Changes[uri]);
            await client.ChangeAsync(uri, edit.Range, edit.NewText);
        }

        // Applied, the three fixes leave no pasted character and no error.
        Assert.DoesNotContain((await client.CurrentDiagnosticsAsync(uri)).Diagnostics, d => d.Code!.StartsWith("ZI102", StringComparison.Ordinal) || d.Severity == DiagnosticSeverityCode.Error);
    }

    [Fact]
    public async Task InlayHintsShowTheWeekdayAfterEachDate()
    {
        var lineCount = text.Split('\n').Length;
        var hints = await client.RequestAsync<List<InlayHint>>(Methods.InlayHint, new InlayHintParams
        {
            TextDocument = Document,
            Range = new Range(new Position(0, 0), new Position(lineCount, 0)),
        });

        var published = PolicyCopy.Find(text, "gepubliceerd:", "1 april 2025");
        var hint = Assert.Single(hints, h => h.Position.Line == published.Line);
        Assert.Equal("(di)", hint.Label);
        Assert.Equal(published.Character + "1 april 2025".Length, hint.Position.Character);
        Assert.True(hint.PaddingLeft);
        // Every date literal in the code (not in comments or texts) gets one.
        var code = System.Text.RegularExpressions.Regex.Replace(string.Join('\n', text.Split('\n').Select(l => l.Split("//")[0])), "\"[^\"\n]*\"", "\"\"");
        var dates = System.Text.RegularExpressions.Regex.Matches(code, @"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b|\b\d{2}-\d{2}-\d{4}\b|\b\d{4}-\d{2}-\d{2}\b").Count;
        Assert.Equal(dates, hints.Count);
    }

    private Task<CompletionList> Complete(Position position) =>
        client.RequestAsync<CompletionList>(Methods.Completion, new CompletionParams { TextDocument = Document, Position = position });

    private async Task<string> Hover(Position position) =>
        (await client.RequestAsync<Protocol.Hover>(Methods.Hover, new HoverParams { TextDocument = Document, Position = position })).Contents.Value;

    private Task<List<TextEdit>> Format(string documentUri) =>
        client.RequestAsync<List<TextEdit>>(Methods.Formatting, new DocumentFormattingParams { TextDocument = new TextDocumentIdentifier { Uri = documentUri } });

    private Task<List<CodeAction>> Actions(LspDiagnostic diagnostic) =>
        client.RequestAsync<List<CodeAction>>(Methods.CodeAction, new CodeActionParams
        {
            TextDocument = Document,
            Range = diagnostic.Range,
            Context = new CodeActionContext { Diagnostics = [diagnostic] },
        });

    private static string Apply(string original, List<TextEdit> edits)
    {
        var source = new SourceText("x", original);
        var result = original;
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            var span = Workspace.PositionConverter.ToSpan(source, edit.Range);
            result = string.Concat(result.AsSpan(0, span.Start), edit.NewText, result.AsSpan(span.End));
        }

        return result;
    }

    private static List<(int Line, int Start, int Length, int Type, int Modifiers)> Decode(List<int> data)
    {
        var tokens = new List<(int, int, int, int, int)>();
        int line = 0, start = 0;
        for (var i = 0; i + 4 < data.Count; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            tokens.Add((line, start, data[i + 2], data[i + 3], data[i + 4]));
        }

        return tokens;
    }
}
