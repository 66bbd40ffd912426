using Zorginkoop.Dsl.LanguageServer.Features;
using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Completion;

/// <summary>
/// <c>textDocument/completion</c>, decided from the words before the cursor (the line being typed rarely parses):
/// after a dot the fields of that record (or the requirements of a set); after <c>omvat</c> the requirement
/// sets; after a field's colon the types; in a condition the subject, definitions, keuze values and operators;
/// at the start of a line the keywords that may start one there.
/// </summary>
internal sealed class CompletionHandler(ServerContext context) : IRequestHandler<CompletionParams, CompletionList>
{
    private static readonly string[] TopLevel = ["beleid", "gebruik", "keuze", "gegevens", "aanvulling", "definitie", "eisen", "addendum", "tijdlijn", "wijziging", "scenario", "voorbeeld"];
    private static readonly string[] TypeKeywords = ["tekst", "aantal", "decimaal", "bedrag", "percentage", "datum", "tijdstip", "duur", "ja/nee", "lijst van"];
    private static readonly string[] ExpressionKeywords =
    [
        "en", "of", "niet", "als", "dan", "anders", "is bekend", "is onbekend", "is leeg", "is niet leeg", "in", "bevat",
        "voor elke", "er is een", "geen", "aantal", "som van", "ja", "nee", "na", "eerste dag van het volgende kwartaal na",
        "eerste dag van de volgende maand na", "eerste kalenderdag van de maand van", "vroegste van", "laatste van", "jaar van",
    ];

    private static readonly string[] EntryKeywords = ["uiterlijk", "vanaf", "op", "binnen", "bij voorkeur vóór", "elk kwartaal in", "via", "voor", "tenzij", "als"];

    private static readonly Dictionary<string, string[]> BlockKeywords = new(StringComparer.Ordinal)
    {
        ["beleid"] = ["verzekeraar:", "looptijd:", "gepubliceerd:", "bron:"],
        ["eisen"] = ["eis", "omvat", "ingangsdatum:"],
        ["eis"] = ["eis"],
        ["addendum"] = ["vereist overeenkomst", "omvat", "eis", "ingangsdatum:"],
        ["tijdlijn"] = ["fase", .. EntryKeywords],
        ["fase"] = EntryKeywords,
        ["wijziging"] = ["reden:", "gevolg:", "voegt toe aan", "vervangt", "vervalt"],
        ["voegt"] = ["eis", "omvat", "fase", .. TopLevel, .. EntryKeywords],
        ["scenario"] = ["gegeven", "op", "gebeurtenis", "aanvraag", "verwacht"],
    };

    private static readonly HashSet<string> BlockHeads = ["beleid", "keuze", "gegevens", "aanvulling", "eisen", "eis", "addendum", "tijdlijn", "fase", "wijziging", "voegt", "scenario", "gegeven", "voorbeeld", "vervangt"];

    private static readonly HashSet<string> ExpressionStarters =
    [
        "=", "≠", "<>", "!=", "<", "<=", "≤", ">", ">=", "≥", "+", "-", "–", "*", "×", "/", "(", "[", ",",
        "en", "of", "niet", "als", "dan", "anders", "in", "bevat", "geldt", "waarvoor", "na", "van", "afwijken",
    ];

    public string Method => Methods.Completion;

    public CompletionList Handle(CompletionParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return new CompletionList();
        }

        var offset = PositionConverter.ToOffset(analysis.Text, request.Position);
        var tokens = analysis.Tokens.Where(t => !t.IsComment).ToList();
        // The word being typed is replaced by the choice, so the context is what comes before it.
        var before = tokens.FindLastIndex(t => t.Span.End < offset || (t.Span.End == offset && !t.CanBeName && t.Kind != LexicalTokenKind.Keyword));
        var previous = before >= 0 ? tokens[before] : null;
        var items = previous?.Text == "." ? Members(analysis, tokens, before, offset) : InContext(analysis, tokens, before, offset);
        // Without a sortText clients sort by label; the order of the policy (fields as declared, sets as written)
        // is the one its author reads, so each item carries its position.
        return new CompletionList { Items = [.. items.DistinctBy(i => i.Label).Select(InOrder)] };
    }

    private static CompletionItem InOrder(CompletionItem item, int position)
    {
        item.SortText = position.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        return item;
    }

    private static IEnumerable<CompletionItem> Members(DocumentAnalysis analysis, List<LexicalToken> tokens, int dot, int offset)
    {
        var names = MemberChains.NamesBefore(tokens, dot);
        if (names.Count == 1 && analysis.Policy.FindRequirementSet(names[0]) is { } set)
        {
            return set.Requirements.Select(r => Item(r.Name, CompletionItemKind.Function, r.Sentence));
        }

        if (names.Count == 1 && analysis.Policy.FindAddendum(names[0]) is { } addendum)
        {
            return addendum.Requirements.Select(r => Item(r.Name, CompletionItemKind.Function, r.Sentence));
        }

        if (names.Count == 1 && analysis.Policy.Timelines.FirstOrDefault(t => t.Name == names[0]) is { } timeline)
        {
            return Zorginkoop.Dsl.Syntax.Syntax.SyntaxWalker.DescendantsAndSelf(timeline.Syntax).OfType<TimelineEntrySyntax>()
                .Where(e => e.Id is not null)
                .Select(e => Item(e.Id!.Text, CompletionItemKind.Event, e.Action.Value));
        }

        return MemberChains.TypeOf(names, analysis, offset) is RecordType { Record: var record }
            ? record.Fields.Select(f => Item(f.Name, CompletionItemKind.Field, f.Description, TypeNames.Write(f.Type) + (f.IsOptional ? "?" : string.Empty)))
            : [];
    }

    private static IEnumerable<CompletionItem> InContext(DocumentAnalysis analysis, List<LexicalToken> tokens, int before, int offset)
    {
        var policy = analysis.Policy;
        var previous = before >= 0 ? tokens[before].Text : null;
        var twoBefore = before >= 1 ? tokens[before - 1].Text : null;
        var block = EnclosingBlock(tokens, before);

        if (previous is "omvat" or "overeenkomst")
        {
            return policy.RequirementSets.Select(s => Item(s.Name, CompletionItemKind.Class, s.Title));
        }

        if (previous is "verwacht" or "vervangt" or "vervalt" || (previous == "aan" && twoBefore == "toe"))
        {
            return Named(policy.RequirementSets, CompletionItemKind.Class)
                .Concat(Named(policy.Addenda, CompletionItemKind.Interface))
                .Concat(Named(policy.Timelines, CompletionItemKind.Event))
                .Concat(previous is "verwacht" ? [] : Named(policy.Definitions, CompletionItemKind.Constant));
        }

        if ((previous == ":" && block is "gegevens" or "aanvulling") || (previous == "van" && twoBefore == "lijst"))
        {
            return TypeKeywords.Select(k => Item(k, CompletionItemKind.Keyword))
                .Concat(Named(policy.Choices, CompletionItemKind.Enum))
                .Concat(Named(policy.Records, CompletionItemKind.Struct));
        }

        if (block is "gegeven" or "voorbeeld" && previous is "{" or ";" or ",")
        {
            return policy.Subject?.Fields.Select(f => Item(f.Name, CompletionItemKind.Field, f.Description, TypeNames.Write(f.Type), f.Name + ": ")) ?? [];
        }

        if (previous is not null && (ExpressionStarters.Contains(previous) || (previous == ":" && block is not null) || IsAfterRequirementHead(tokens, before)))
        {
            return Expression(analysis, tokens, before);
        }

        if (block is null)
        {
            return TopLevel.Select(k => Item(k, CompletionItemKind.Keyword));
        }

        return BlockKeywords.TryGetValue(block, out var keywords)
            ? keywords.Select(k => Item(k.TrimEnd(':'), CompletionItemKind.Keyword, insertText: k.EndsWith(':') ? k + " " : null))
            : [];
    }

    /// <summary>In a condition: the subject, definitions, keuze values (only the right keuze after <c>x =</c>), inputs and operators.</summary>
    private static IEnumerable<CompletionItem> Expression(DocumentAnalysis analysis, List<LexicalToken> tokens, int before)
    {
        var policy = analysis.Policy;
        var choice = ComparedChoice(analysis, tokens, before);
        var members = choice is not null
            ? choice.Members.AsEnumerable()
            : policy.Choices.SelectMany(c => c.Members);
        var items = members.Where(m => IsName(m.Name)).Select(m => Item(m.Name, CompletionItemKind.EnumMember, $"keuze {m.Choice.Name}"));
        if (choice is not null)
        {
            return items;
        }

        var subject = policy.SubjectVariable is { } variable
            ? [Item(variable.Name, CompletionItemKind.Variable, $"gegevens {policy.Subject!.Name}")]
            : Array.Empty<CompletionItem>();
        return subject
            .Concat(policy.Definitions.Select(d => Item(d.Name, CompletionItemKind.Constant, d.Description, TypeNames.Write(d.Type))))
            .Concat(items)
            .Concat([Item(BuiltInParameters.EvaluationDate.Name, CompletionItemKind.Variable, BuiltInParameters.EvaluationDate.Description), Item(BuiltInParameters.RequestDate.Name, CompletionItemKind.Variable, BuiltInParameters.RequestDate.Description)])
            .Concat(ExpressionKeywords.Select(k => Item(k, CompletionItemKind.Keyword)));
    }

    /// <summary>After <c>aanbieder.soort =</c> or <c>aanbieder.soort in [</c>: the keuze of the left side.</summary>
    private static ChoiceSymbol? ComparedChoice(DocumentAnalysis analysis, List<LexicalToken> tokens, int before)
    {
        var i = before;
        while (i >= 0 && tokens[i].Text is "[" or "," || (i >= 0 && tokens[i].CanBeName && i > 0 && tokens[i - 1].Text is "[" or ","))
        {
            i--;
        }

        if (i < 1 || tokens[i].Text is not ("=" or "≠" or "<>" or "!=" or "in"))
        {
            return null;
        }

        var last = i - 1;
        var names = new List<string>();
        while (last >= 0 && tokens[last].CanBeName)
        {
            names.Insert(0, tokens[last].Text);
            if (last < 1 || tokens[last - 1].Text != ".")
            {
                break;
            }

            last -= 2;
        }

        var type = MemberChains.TypeOf(names, analysis, tokens[i].Span.Start);
        return (type as ChoiceType)?.Choice ?? ((type as ListType)?.Element as ChoiceType)?.Choice;
    }

    /// <summary>Right after <c>eis naam "zin"</c> (or <c>eis naam</c>) comes the condition.</summary>
    private static bool IsAfterRequirementHead(List<LexicalToken> tokens, int before)
    {
        var i = before;
        if (i >= 0 && tokens[i].Kind == LexicalTokenKind.Text)
        {
            i--;
        }

        return i >= 1 && tokens[i].CanBeName && tokens[i - 1].Text == "eis";
    }

    /// <summary>The keyword that opened the innermost unclosed block before the cursor; null at top level.</summary>
    private static string? EnclosingBlock(List<LexicalToken> tokens, int before)
    {
        var depth = 0;
        for (var i = before; i >= 0; i--)
        {
            switch (tokens[i].Text)
            {
                case "}":
                    depth++;
                    break;
                case "{" when depth > 0:
                    depth--;
                    break;
                case "{":
                    for (var j = i - 1; j >= 0 && tokens[j].Text is not ("{" or "}"); j--)
                    {
                        if (tokens[j].Kind == LexicalTokenKind.Keyword && BlockHeads.Contains(tokens[j].Text))
                        {
                            return tokens[j].Text;
                        }
                    }

                    return "?";
            }
        }

        return null;
    }

    private static IEnumerable<CompletionItem> Named<T>(IEnumerable<T> symbols, int kind) where T : Symbol =>
        symbols.Select(s => Item(s.Name, kind, s switch
        {
            RequirementSetSymbol set => set.Title,
            AddendumSymbol addendum => addendum.Title,
            TimelineSymbol timeline => timeline.Title,
            DefinitionSymbol definition => definition.Description,
            _ => null,
        }));

    private static bool IsName(string text) => PolicyLexer.Tokenize(new Zorginkoop.Dsl.Syntax.Text.SourceText("naam", text)) is [{ CanBeName: true }];

    private static CompletionItem Item(string label, int kind, string? documentation = null, string? detail = null, string? insertText = null) => new()
    {
        Label = label,
        Kind = kind,
        Detail = detail,
        Documentation = documentation is null ? null : new MarkupContent { Kind = "markdown", Value = documentation },
        InsertText = insertText,
    };
}
