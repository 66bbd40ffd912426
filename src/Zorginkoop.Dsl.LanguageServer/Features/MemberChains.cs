using Zorginkoop.Dsl.LanguageServer.Workspace;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>
/// What <c>a.b.c</c> is, from the words before a dot — also while the line is still being typed and does not
/// parse: the subject variable, a definition or a quantifier variable, then field after field.
/// </summary>
public static class MemberChains
{
    /// <summary>The names before the dot at <paramref name="dotIndex"/> (a token index), outermost first.</summary>
    public static IReadOnlyList<string> NamesBefore(IReadOnlyList<LexicalToken> tokens, int dotIndex)
    {
        var names = new List<string>();
        var i = dotIndex - 1;
        while (i >= 0 && tokens[i].CanBeName)
        {
            names.Insert(0, tokens[i].Text);
            if (i - 1 < 0 || tokens[i - 1].Text != ".")
            {
                break;
            }

            i -= 2;
        }

        return names;
    }

    public static TypeSymbol? TypeOf(IReadOnlyList<string> names, DocumentAnalysis analysis, int offset)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var type = Start(names[0], analysis, offset);
        foreach (var name in names.Skip(1))
        {
            type = type is RecordType { Record: var record } && record.Find(name) is { } field ? field.Type : null;
        }

        return type;
    }

    private static TypeSymbol? Start(string name, DocumentAnalysis analysis, int offset)
    {
        var policy = analysis.Policy;
        if (policy.SubjectVariable?.Name == name)
        {
            return policy.SubjectVariable.Type;
        }

        if (policy.Definitions.FirstOrDefault(d => d.Name == name) is { } definition)
        {
            return definition.Type;
        }

        // The nearest quantifier variable of that name declared before the cursor.
        return analysis.ReferencesInFile
            .Where(r => r.Symbol is VariableSymbol && r.Symbol.Name == name && r.Location.Span.Start < offset)
            .OrderByDescending(r => r.Location.Span.Start)
            .Select(r => ((VariableSymbol)r.Symbol).Type)
            .FirstOrDefault();
    }
}
