using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.Symbols;

/// <summary>
/// <c>textDocument/documentSymbol</c>: the outline of a policy — its header, keuzes, gegevens, definities, eisen
/// with their (nested) eisen, addenda, tijdlijnen with their rows, wijzigingen and scenario's. From the syntax
/// tree alone, so the outline is there even while names do not resolve.
/// </summary>
internal sealed class DocumentSymbolHandler(ServerContext context) : IRequestHandler<DocumentSymbolParams, List<DocumentSymbol>>
{
    public string Method => Methods.DocumentSymbol;

    public List<DocumentSymbol> Handle(DocumentSymbolParams request, CancellationToken cancellationToken)
    {
        if (context.Workspace.Analyze(request.TextDocument.Uri) is not { } analysis)
        {
            return [];
        }

        return Outline(analysis.Tree);
    }

    /// <summary>The outline of one tree; also what <c>workspace/symbol</c> searches.</summary>
    public static List<DocumentSymbol> Outline(SyntaxTree tree) =>
        [.. tree.Root.Declarations.Select(d => Declaration(d, tree.Text)).OfType<DocumentSymbol>()];

    private static DocumentSymbol? Declaration(DeclarationSyntax declaration, SourceText text) => declaration switch
    {
        PolicyHeaderSyntax header => Symbol(header.Title.Value, "beleid", SymbolKind.Namespace, header, header.Title, text),
        ChoiceDeclarationSyntax choice => Symbol(choice.Name.Text, "keuze", SymbolKind.Enum, choice, choice.Name, text,
            [.. choice.Members.Select(m => Symbol(m.Name, null, SymbolKind.EnumMember, m, m, text))]),
        RecordDeclarationSyntax record => Symbol(record.Name.Text, record.SubjectName is null ? "gegevens" : $"gegevens als {record.SubjectName.Text}", SymbolKind.Struct, record, record.Name, text,
            [.. record.Fields.Select(f => Field(f, text))]),
        RecordExtensionSyntax extension => Symbol(extension.Name.Text, "aanvulling", SymbolKind.Struct, extension, extension.Name, text,
            [.. extension.Fields.Select(f => Field(f, text))]),
        DefinitionDeclarationSyntax definition => Symbol(definition.Name.Text, definition.Description?.Value ?? "definitie", SymbolKind.Constant, definition, definition.Name, text),
        RequirementSetDeclarationSyntax set => Symbol(set.Name.Text, set.Title?.Value ?? "eisen", SymbolKind.Class, set, set.Name, text,
            [.. set.Requirements.Select(r => Requirement(r, text))]),
        AddendumDeclarationSyntax addendum => Symbol(addendum.Name.Text, addendum.Title?.Value ?? "addendum", SymbolKind.Interface, addendum, addendum.Name, text,
            [.. addendum.Requirements.Select(r => Requirement(r, text))]),
        TimelineDeclarationSyntax timeline => Symbol(timeline.Name.Text, timeline.Title?.Value ?? "tijdlijn", SymbolKind.Event, timeline, timeline.Name, text,
            [.. timeline.Members.Select(m => TimelineMember(m, text))]),
        AmendmentDeclarationSyntax amendment => Symbol($"wijziging {OneLine(text.GetText(amendment.EffectiveDate.Span))}", amendment.Title.Value, SymbolKind.Event, amendment, amendment.Title, text,
            [.. amendment.Operations.Select(o => Operation(o, text))]),
        ScenarioDeclarationSyntax scenario => Symbol(scenario.Title.Value, "scenario", SymbolKind.Method, scenario, scenario.Title, text),
        ExampleDeclarationSyntax example => Symbol(example.Name.Text, "voorbeeld", SymbolKind.Object, example, example.Name, text),
        _ => null,
    };

    private static DocumentSymbol Field(FieldDeclarationSyntax field, SourceText text) =>
        Symbol(field.Name.Text, OneLine(text.GetText(field.Type.Span)), SymbolKind.Field, field, field.Name, text);

    private static DocumentSymbol Requirement(RequirementSyntax requirement, SourceText text) =>
        Symbol(requirement.Name.Text, requirement.Sentence?.Value, SymbolKind.Function, requirement, requirement.Name, text,
            [.. requirement.Children.Select(c => Requirement(c, text))]);

    private static DocumentSymbol TimelineMember(TimelineMemberSyntax member, SourceText text) => member switch
    {
        TimelinePhaseSyntax phase => Symbol(phase.Title.Value, "fase", SymbolKind.Namespace, phase, phase.Title, text,
            [.. phase.Entries.Select(e => Entry(e, text))]),
        TimelineEntrySyntax entry => Entry(entry, text),
        _ => Symbol("?", null, SymbolKind.Event, member, member, text),
    };

    private static DocumentSymbol Entry(TimelineEntrySyntax entry, SourceText text) =>
        Symbol(entry.Id?.Text ?? entry.Action.Value, entry.Id is null ? null : entry.Action.Value, SymbolKind.Event, entry, (SyntaxNode?)entry.Id ?? entry.Action, text);

    private static DocumentSymbol Operation(AmendmentOperationSyntax operation, SourceText text) => operation switch
    {
        AddOperationSyntax add => Symbol(add.Target is null ? "voegt toe" : $"voegt toe aan {add.Target}", null, SymbolKind.Property, add, add, text),
        ReplaceOperationSyntax replace => Symbol($"vervangt {replace.Target}", null, SymbolKind.Property, replace, replace.Target, text),
        RemoveOperationSyntax remove => Symbol($"vervalt {remove.Target}", null, SymbolKind.Property, remove, remove.Target, text),
        _ => Symbol("?", null, SymbolKind.Property, operation, operation, text),
    };

    private static DocumentSymbol Symbol(string name, string? detail, int kind, SyntaxNode node, SyntaxNode selection, SourceText text, List<DocumentSymbol>? children = null) => new()
    {
        Name = name.Length == 0 ? "?" : name,
        Detail = detail is null ? null : Shorten(detail),
        Kind = kind,
        Range = PositionConverter.ToRange(text, node.Span),
        // The selection must lie inside the range; a name that recovery left empty falls back to the node.
        SelectionRange = PositionConverter.ToRange(text, selection.Span.Length > 0 && node.Span.Start <= selection.Span.Start && selection.Span.End <= node.Span.End ? selection.Span : node.Span),
        Children = children is { Count: > 0 } ? children : null,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text) => text.Length > 80 ? text[..77] + "…" : text;
}
