using Zorginkoop.Dsl.LanguageServer.Protocol;
using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>What can be renamed, and whether a new name is acceptable.</summary>
public static class Renaming
{
    /// <summary>The reference under the cursor if it can be renamed: declared in source and written as its own name.</summary>
    public static SymbolReference? Target(DocumentAnalysis analysis, Position position)
    {
        var reference = analysis.ReferenceAt(PositionConverter.ToOffset(analysis.Text, position));
        return reference is not null
            && SymbolIdentity.IsDeclaredInSource(reference.Symbol)
            && analysis.Text.GetText(reference.Location.Span) == reference.Symbol.Name
            ? reference
            : null;
    }

    /// <summary>Why a new name cannot be used, in Dutch; null when it can.</summary>
    public static string? Problem(string newName, Symbol symbol, DocumentAnalysis analysis)
    {
        var tokens = PolicyLexer.Tokenize(new SourceText("naam", newName ?? string.Empty));
        if (tokens is not [{ Kind: LexicalTokenKind.Name } only] || only.Text != newName)
        {
            return $"'{newName}' is geen geldige naam: begin met een letter, gebruik letters, cijfers en _ (een streepje alleen tussen letters), en geen sleutelwoord.";
        }

        var clash = symbol switch
        {
            FieldSymbol field => field.Record.Find(newName) is not null,
            RequirementSymbol or VariableSymbol or ChoiceMemberSymbol => false,
            _ => TopLevel(analysis).Any(s => s.Name == newName),
        };
        return clash ? $"'{newName}' bestaat al; kies een andere naam." : null;
    }

    private static IEnumerable<Symbol> TopLevel(DocumentAnalysis analysis) =>
        analysis.Policy.Choices.Cast<Symbol>()
            .Concat(analysis.Policy.Records)
            .Concat(analysis.Policy.Definitions)
            .Concat(analysis.Policy.RequirementSets)
            .Concat(analysis.Policy.Addenda)
            .Concat(analysis.Policy.Timelines);
}
