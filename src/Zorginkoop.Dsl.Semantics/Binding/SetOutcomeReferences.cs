using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// The sets a set's evaluation asks the outcome of (<c>X is voldaan</c>) in its <c>geldt voor</c>, its requirements,
/// exceptions and discretions, also through the definitions they use: with its <c>omvat</c>s, the edges along which
/// <see cref="CycleGuard{T}"/> finds a set that depends on its own outcome (ZI3022).
/// </summary>
internal static class SetOutcomeReferences
{
    public static IEnumerable<RequirementSetSymbol> Of(RequirementSetSymbol set)
    {
        var seen = new HashSet<DefinitionSymbol>();
        IEnumerable<BoundExpression?> roots = [set.AppliesTo, set.Discretion?.Condition, .. set.Requirements.SelectMany(Conditions)];
        return roots.OfType<BoundExpression>().SelectMany(r => In(r, seen)).Distinct();
    }

    private static IEnumerable<BoundExpression?> Conditions(RequirementSymbol requirement) =>
        [requirement.Condition, requirement.Discretion?.Condition, .. requirement.Exceptions.Select(e => e.Condition), .. requirement.Children.SelectMany(Conditions)];

    private static IEnumerable<RequirementSetSymbol> In(BoundExpression expression, HashSet<DefinitionSymbol> seen)
    {
        if (expression is BoundSetOutcome outcome)
        {
            return [outcome.Set];
        }

        // Through a definition once: its value is the same wherever it is used.
        IEnumerable<BoundExpression> children = expression is BoundDefinitionReference d
            ? seen.Add(d.Definition) ? [d.Definition.Value] : []
            : BoundChildren.Of(expression);
        return children.SelectMany(c => In(c, seen));
    }
}
