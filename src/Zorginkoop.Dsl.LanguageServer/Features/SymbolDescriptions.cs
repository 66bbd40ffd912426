using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>What a hover says about a symbol, in the author's language (Markdown).</summary>
public static partial class SymbolDescriptions
{
    public static string Describe(Symbol symbol, string writtenAs, CheckedPolicy policy) =>
        Published(symbol, policy) is { } anchor ? What(symbol, writtenAs, policy) + anchor : What(symbol, writtenAs, policy);

    /// <summary>
    /// Where <c>zorginkoop publish</c> puts the element in the policy's document (the anchor scheme of
    /// <see cref="PolicyAnchors"/>), so an author can link a reader to it.
    /// </summary>
    private static string? Published(Symbol symbol, CheckedPolicy policy)
    {
        var anchor = symbol switch
        {
            RequirementSymbol requirement => PolicyAnchors.Requirement(requirement.Path),
            RequirementSetSymbol or AddendumSymbol or TimelineSymbol => PolicyAnchors.Declaration(symbol.Name),
            _ => null,
        };
        return anchor is null ? null : $"\n\nIn het gepubliceerde beleid (`zorginkoop publish`): `{PolicyAnchors.Link(policy.EntryPath, anchor)}`";
    }

    private static string What(Symbol symbol, string writtenAs, CheckedPolicy policy) => symbol switch
    {
        RecordSymbol record when writtenAs != record.Name =>
            $"**{writtenAs}**: gegevens `{record.Name}`\n\nHet onderwerp van de eisen: de zorgaanbieder waarover de feiten gaan ({record.Fields.Length} velden).",
        RequirementSymbol requirement => Requirement(requirement),
        RequirementSetSymbol set => RequirementSet(set),
        FieldSymbol field => Field(field),
        DefinitionSymbol definition => Definition(definition, policy),
        ChoiceSymbol choice => $"**keuze** `{choice.Name}`\n\nWaarden: {string.Join(", ", choice.Members.Select(m => $"`{m.Name}`"))}",
        ChoiceMemberSymbol member => $"**keuzewaarde** `{member.Name}` van keuze `{member.Choice.Name}`",
        RecordSymbol record => Record(record),
        AddendumSymbol addendum => Addendum(addendum, policy),
        TimelineSymbol timeline => $"**tijdlijn** `{timeline.Name}`" + (timeline.Title is null ? string.Empty : $"\n\n{timeline.Title}"),
        VariableSymbol variable => $"**variabele** `{variable.Name}`: {variable.Type.DisplayName}",
        ParameterSymbol parameter => $"**invoerwaarde** `{parameter.Name}`: {parameter.Type.DisplayName}\n\n{parameter.Description}",
        _ => $"**{symbol.KindName}** `{symbol.Name}`",
    };

    private static string Requirement(RequirementSymbol requirement)
    {
        var text = new StringBuilder($"**eis** `{requirement.Path}`");
        if (requirement.Sentence is not null)
        {
            text.Append($"\n\n> {requirement.Sentence}");
        }

        text.Append("\n\nUitkomst: **voldaan**, **niet voldaan** of **onbekend** (als een feit ontbreekt)");
        if (requirement.IsGroup)
        {
            text.Append($"; voldaan als alle {requirement.Children.Length} onderliggende eisen voldaan zijn");
        }

        if (!requirement.Exceptions.IsDefaultOrEmpty)
        {
            text.Append("; **voldaan bij uitzondering** als " + string.Join(" of ", requirement.Exceptions.Select(e => e.Description is null ? "de uitzondering geldt" : $"\"{e.Description}\"")));
        }

        var perElement = BoundQuantified.ElementExceptionsOf(requirement.Condition).ToList();
        if (perElement.Count > 0)
        {
            text.Append("; een element voldoet **bij uitzondering** als " + string.Join(" of ", perElement.Select(e => $"\"{e.Description}\"")));
        }

        if (requirement.Discretion is not null)
        {
            text.Append("; niet voldaan is **ter beoordeling** (mag afwijken" + (requirement.Discretion.Reason is null ? ")" : $": {requirement.Discretion.Reason})"));
        }

        return text.Append('.').ToString();
    }

    private static string RequirementSet(RequirementSetSymbol set)
    {
        var text = new StringBuilder($"**eisen** `{set.Name}`");
        if (set.Title is not null)
        {
            text.Append($"\n\n{set.Title}");
        }

        text.Append($"\n\n{set.Requirements.Length} eisen");
        if (!set.Includes.IsDefaultOrEmpty)
        {
            text.Append(", omvat " + string.Join(", ", set.Includes.Select(i => $"`{i.Name}`")));
        }

        text.Append(". Uitkomst: **voldaan**, **niet voldaan** of **onbekend**");
        if (set.AppliesTo is not null)
        {
            text.Append("; **niet van toepassing** als 'geldt voor' niet opgaat");
        }

        return text.Append('.').ToString();
    }

    private static string Field(FieldSymbol field)
    {
        var text = $"**veld** `{field.Record.Name}.{field.Name}`: {field.Type.DisplayName}{(field.IsOptional ? "? (mag ontbreken)" : string.Empty)}";
        return field.Description is null ? text : $"{text}\n\n{field.Description}";
    }

    private static string Definition(DefinitionSymbol definition, CheckedPolicy policy)
    {
        var text = new StringBuilder($"**definitie** `{definition.Name}`: {definition.Type.DisplayName}");
        if (definition.Description is not null)
        {
            text.Append($"\n\n{definition.Description}");
        }

        if (DeclarationFinder.Find<DefinitionDeclarationSyntax>(policy, definition) is { } syntax && DeclarationFinder.FileOf(policy, definition) is { } file)
        {
            text.Append($"\n\n`= {OneLine(file.Text.GetText(syntax.Value.Span))}`");
        }

        if (definition.Value is BoundLiteral { Value: { } value })
        {
            text.Append($"\n\nWaarde: {value}");
        }

        return text.ToString();
    }

    private static string Record(RecordSymbol record)
    {
        var text = $"**gegevens** `{record.Name}` ({record.Fields.Length} velden)";
        return record.SubjectName is null ? text : $"{text}\n\nHet onderwerp van de eisen, in expressies `{record.SubjectName}`.";
    }

    private static string Addendum(AddendumSymbol addendum, CheckedPolicy policy)
    {
        var text = new StringBuilder($"**addendum** `{addendum.Name}`");
        if (addendum.Title is not null)
        {
            text.Append($"\n\n{addendum.Title}");
        }

        if (!addendum.RequiredContracts.IsDefaultOrEmpty)
        {
            // `vereist overeenkomst A of B` is one line with alternatives: said with "of", as the author wrote it.
            var lines = addendum.ContractAlternatives.IsDefault
                ? addendum.RequiredContracts.Select(c => (IEnumerable<string>)[c.Name])
                : addendum.RequiredContracts.Select((c, i) => (c.Name, Line: addendum.ContractAlternatives[i])).GroupBy(p => p.Line).Select(g => g.Select(p => p.Name));
            text.Append("\n\nVereist overeenkomst " + string.Join(", ", lines.Select(line => string.Join(" of ", line.Select(n => $"`{n}`")))) + ".");
        }

        var terms = addendum.Terms;
        if (!terms.IsEmpty)
        {
            string?[] parts = [terms.Term is null ? null : $"looptijd {terms.Term}", terms.OfferText is null ? null : $"aanbod {terms.OfferText}", terms.NegotiableText is null ? null : $"onderhandelbaar: {terms.NegotiableText}"];
            text.Append("\n\n" + string.Join("; ", parts.OfType<string>()) + ".");
        }

        if (DeclarationFinder.Find<AddendumDeclarationSyntax>(policy, addendum) is { } syntax
            && syntax.Properties.FirstOrDefault(p => p.Name.Text == "ingangsdatum") is { } start
            && DeclarationFinder.FileOf(policy, addendum) is { } file)
        {
            text.Append($"\n\nIngangsdatum: {OneLine(file.Text.GetText(start.Value.Span))}");
        }

        return text.ToString();
    }

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
