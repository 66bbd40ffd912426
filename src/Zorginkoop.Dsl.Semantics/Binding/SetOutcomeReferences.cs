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

        IEnumerable<BoundExpression?> children = expression switch
        {
            BoundUnary u => new BoundExpression?[] { u.Operand },
            BoundBinary b => [b.Left, b.Right],
            BoundTest t => [t.Operand],
            BoundConditional c => [c.Condition, c.Then, c.Else],
            BoundQuantified q => [q.Source, q.Predicate],
            BoundSum s => [s.Source, s.Value],
            BoundCount c => [c.Source],
            BoundList l => l.Items,
            BoundDateFunction f => [f.Operand],
            BoundExtremeDate x => [x.First, x.Second],
            BoundFieldAccess a => [a.Target],
            BoundDefinitionReference d when seen.Add(d.Definition) => [d.Definition.Value],
            _ => [],
        };
        return children.OfType<BoundExpression>().SelectMany(c => In(c, seen));
    }
}
