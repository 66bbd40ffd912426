using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// Bounds chains of declarations that use each other: a definitie built on a definitie built on …, and eisen
/// that omvat eisen that omvat …. The parser bounds how deep one expression nests (ZI9201); binding, the
/// interpreter and generated code follow these chains by recursion as well, so 2,000 chained definitions or
/// 5,000 chained eisen overflowed the stack. Measured on the syntax, iteratively, before anything is bound; a
/// chain over the limit is one diagnostic (ZI9202) and the policy is not bound further.
/// </summary>
internal static class ReferenceChains
{
    /// <summary>Expression levels summed along a chain of definitions (the parser allows 200 in one expression).</summary>
    public const int MaxDefinitionDepth = 300;

    /// <summary>Eisen, addenda and the contracts they require, inside each other; real policies go three deep.</summary>
    public const int MaxIncludeDepth = 64;

    public static Diagnostic? Check(LoadedPolicy loaded)
    {
        var definitions = new Dictionary<string, (DefinitionDeclarationSyntax Syntax, SourceText Text)>(StringComparer.Ordinal);
        var sets = new Dictionary<string, (SyntaxNode Syntax, NameSyntax Name, SourceText Text)>(StringComparer.Ordinal);
        foreach (var file in loaded.Files)
        {
            foreach (var declaration in file.Root.Declarations)
            {
                switch (declaration)
                {
                    case DefinitionDeclarationSyntax definition:
                        definitions.TryAdd(definition.Name.Text, (definition, file.Text));
                        break;
                    case RequirementSetDeclarationSyntax set:
                        sets.TryAdd(set.Name.Text, (set, set.Name, file.Text));
                        break;
                    case AddendumDeclarationSyntax addendum:
                        sets.TryAdd(addendum.Name.Text, (addendum, addendum.Name, file.Text));
                        break;
                }
            }
        }

        var definitionCost = Longest(
            definitions.Keys,
            name => SyntaxWalker.DescendantsAndSelf(definitions[name].Syntax.Value).OfType<NameExpressionSyntax>().Select(n => n.Name.Text).Where(definitions.ContainsKey).Distinct(),
            name => Depth(definitions[name].Syntax.Value));
        if (definitionCost.FirstOrDefault(c => c.Value > MaxDefinitionDepth) is { Key: not null } deepDefinition)
        {
            var (syntax, text) = definitions[deepDefinition.Key];
            return DiagnosticCatalog.ReferenceChainTooLong(new SourceLocation(text, syntax.Name.Span), "definitie", deepDefinition.Key, $"{MaxDefinitionDepth} niveaus (de diepte van elke definitie in de keten opgeteld)");
        }

        var includeCost = Longest(
            sets.Keys,
            name => sets[name].Syntax switch
            {
                RequirementSetDeclarationSyntax set => set.Includes.Select(i => i.Target.Text),
                AddendumDeclarationSyntax addendum => addendum.Includes.Select(i => i.Target.Text).Concat(addendum.Prerequisites.Select(p => p.Contract.Text)),
                _ => [],
            },
            _ => 1);
        if (includeCost.FirstOrDefault(c => c.Value > MaxIncludeDepth) is { Key: not null } deepSet)
        {
            var (_, name, text) = sets[deepSet.Key];
            return DiagnosticCatalog.ReferenceChainTooLong(new SourceLocation(text, name.Span), "eisen", deepSet.Key, $"{MaxIncludeDepth} eisen of addenda in elkaar (via 'omvat' en 'vereist overeenkomst')");
        }

        return null;
    }

    /// <summary>
    /// For each node, the largest total weight of a path starting there, by the iterative walk of the
    /// <see cref="CycleGuard{T}"/>. An edge back into the current path (a cycle, reported by the binder) counts as nothing.
    /// </summary>
    private static Dictionary<string, int> Longest(IEnumerable<string> nodes, Func<string, IEnumerable<string>> edges, Func<string, int> weight)
    {
        var cost = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodeSet = nodes.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> Successors(string node) => edges(node).Where(nodeSet.Contains);
        var guard = new CycleGuard<string>(StringComparer.Ordinal);
        foreach (var start in nodeSet)
        {
            guard.Walk(
                start,
                Successors,
                node => cost[node] = weight(node) + Successors(node).Select(t => cost.GetValueOrDefault(t)).DefaultIfEmpty(0).Max(),
                _ => { });
        }

        return cost;
    }

    /// <summary>How deeply an expression nests, counted without recursion.</summary>
    private static int Depth(SyntaxNode root)
    {
        var deepest = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in SyntaxWalker.Children(node))
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
