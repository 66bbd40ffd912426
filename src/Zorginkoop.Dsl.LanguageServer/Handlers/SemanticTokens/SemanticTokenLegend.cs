using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.LanguageServer.Handlers.SemanticTokens;

/// <summary>The token types and modifiers this server reports (standard LSP names, so every theme colours them).</summary>
public static class SemanticTokenLegend
{
    public static readonly string[] Types =
    [
        "keyword", "string", "number", "comment", "operator", "variable", "property", "enum", "enumMember",
        "struct", "class", "function", "interface", "event", "parameter",
    ];

    public static readonly string[] Modifiers = ["declaration", "readonly"];

    public static SemanticTokensLegend Legend => new() { TokenTypes = [.. Types], TokenModifiers = [.. Modifiers] };

    public static int Type(string name) => Array.IndexOf(Types, name);

    public static int Declaration => 1 << Array.IndexOf(Modifiers, "declaration");

    public static int ReadOnly => 1 << Array.IndexOf(Modifiers, "readonly");

    /// <summary>What a resolved name is; the subject variable (<c>aanbieder</c>) refers to its record but is a variable.</summary>
    public static int ForSymbol(Symbol symbol, bool writtenAsName) => Type(symbol switch
    {
        RecordSymbol when !writtenAsName => "variable",
        RecordSymbol => "struct",
        ChoiceSymbol => "enum",
        ChoiceMemberSymbol => "enumMember",
        FieldSymbol => "property",
        DefinitionSymbol => "variable",
        VariableSymbol => "parameter",
        RequirementSetSymbol => "class",
        RequirementSymbol => "function",
        AddendumSymbol => "interface",
        TimelineSymbol => "event",
        _ => "variable",
    });

    public static int ForToken(LexicalTokenKind kind) => Type(kind switch
    {
        LexicalTokenKind.Keyword => "keyword",
        LexicalTokenKind.Text => "string",
        LexicalTokenKind.Number or LexicalTokenKind.Date or LexicalTokenKind.Time or LexicalTokenKind.Money or LexicalTokenKind.Percentage => "number",
        LexicalTokenKind.LineComment or LexicalTokenKind.BlockComment => "comment",
        LexicalTokenKind.Operator => "operator",
        _ => "none",
    });
}
