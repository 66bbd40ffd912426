using System.Collections.Immutable;
using Zorginkoop.Dsl.Publishing.Document;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Publishing.Composition;

/// <summary>
/// What a rule is checked against, for a reader: the facts it reads ("aanbieder.ketens.kaderarts", with the field's
/// description) and the definitions it uses (with theirs), each once, in the order the rule names them.
/// </summary>
internal static class CheckedFacts
{
    public static ImmutableArray<CheckedFact> Of(params BoundExpression?[] rules)
    {
        var found = new List<CheckedFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sources = new Dictionary<VariableSymbol, string>();
        foreach (var rule in rules)
        {
            if (rule is not null)
            {
                Walk(rule, sources, found, seen);
            }
        }

        return [.. found];
    }

    private static void Walk(BoundExpression expression, Dictionary<VariableSymbol, string> sources, List<CheckedFact> found, HashSet<string> seen)
    {
        switch (expression)
        {
            case BoundFieldAccess access:
                if (PathOf(access, sources) is { } path && seen.Add(path))
                {
                    found.Add(new CheckedFact(path, access.Field.Description));
                }

                WalkTarget(access.Target, sources, found, seen);
                break;
            case BoundDefinitionReference reference:
                if (seen.Add(reference.Definition.Name))
                {
                    found.Add(new CheckedFact(reference.Definition.Name, reference.Definition.Description));
                }

                break;
            case BoundParameter parameter:
                if (seen.Add(parameter.Parameter.Name))
                {
                    found.Add(new CheckedFact(parameter.Parameter.Name, null));
                }

                break;
            case BoundUnary unary:
                Walk(unary.Operand, sources, found, seen);
                break;
            case BoundBinary binary:
                Walk(binary.Left, sources, found, seen);
                Walk(binary.Right, sources, found, seen);
                break;
            case BoundTest test:
                Walk(test.Operand, sources, found, seen);
                break;
            case BoundConditional conditional:
                Walk(conditional.Condition, sources, found, seen);
                Walk(conditional.Then, sources, found, seen);
                if (conditional.Else is not null)
                {
                    Walk(conditional.Else, sources, found, seen);
                }

                break;
            case BoundQuantified quantified:
                Bind(quantified.Variable, quantified.Source, sources, found, seen);
                Walk(quantified.Predicate, sources, found, seen);
                foreach (var exception in quantified.ElementExceptions)
                {
                    Walk(exception.Condition, sources, found, seen);
                }

                break;
            case BoundSum sum:
                Bind(sum.Variable, sum.Source, sources, found, seen);
                Walk(sum.Value, sources, found, seen);
                break;
            case BoundCount count:
                Walk(count.Source, sources, found, seen);
                break;
            case BoundList list:
                foreach (var item in list.Items)
                {
                    Walk(item, sources, found, seen);
                }

                break;
            case BoundDateFunction function:
                Walk(function.Operand, sources, found, seen);
                break;
            case BoundExtremeDate extreme:
                Walk(extreme.First, sources, found, seen);
                Walk(extreme.Second, sources, found, seen);
                break;
        }
    }

    /// <summary>A quantifier's variable stands for an element of its source: "k" in "aanbieder.ketens" reads as that list.</summary>
    private static void Bind(VariableSymbol variable, BoundExpression source, Dictionary<VariableSymbol, string> sources, List<CheckedFact> found, HashSet<string> seen)
    {
        Walk(source, sources, found, seen);
        if (source is BoundFieldAccess access && PathOf(access, sources) is { } path)
        {
            sources[variable] = path;
        }
    }

    /// <summary>A field read on a field read is one fact; only the innermost target is walked further.</summary>
    private static void WalkTarget(BoundExpression target, Dictionary<VariableSymbol, string> sources, List<CheckedFact> found, HashSet<string> seen)
    {
        var inner = target;
        while (inner is BoundFieldAccess access)
        {
            inner = access.Target;
        }

        if (inner is not BoundVariable)
        {
            Walk(inner, sources, found, seen);
        }
    }

    private static string? PathOf(BoundFieldAccess access, Dictionary<VariableSymbol, string> sources) => access.Target switch
    {
        BoundVariable variable => (sources.TryGetValue(variable.Variable, out var source) ? source : variable.Variable.Name) + "." + access.Field.Name,
        BoundFieldAccess parent => PathOf(parent, sources) is { } path ? path + "." + access.Field.Name : null,
        _ => null,
    };
}
