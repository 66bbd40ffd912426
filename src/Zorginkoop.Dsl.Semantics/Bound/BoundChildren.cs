namespace Zorginkoop.Dsl.Semantics.Bound;

/// <summary>
/// The direct sub-expressions of a bound expression, written once for every walker of the bound tree (the set-outcome
/// cycle edges, the timeline binder's search for event references), so a new node kind or a new child (an element's
/// exception) is added in one place and no walker silently skips it. A definition reference has no children here: a
/// walker that follows definitions does so itself, with its own rule for visiting one twice.
/// </summary>
public static class BoundChildren
{
    public static IEnumerable<BoundExpression> Of(BoundExpression expression)
    {
        IEnumerable<BoundExpression?> children = expression switch
        {
            BoundUnary u => new BoundExpression?[] { u.Operand },
            BoundBinary b => [b.Left, b.Right],
            BoundTest t => [t.Operand],
            BoundConditional c => [c.Condition, c.Then, c.Else],
            BoundQuantified q => [q.Source, q.Predicate, .. q.ElementExceptions.Select(e => e.Condition)],
            BoundSum s => [s.Source, s.Value],
            BoundCount c => [c.Source],
            BoundList l => l.Items,
            BoundDateFunction f => [f.Operand],
            BoundExtremeDate x => [x.First, x.Second],
            BoundFieldAccess a => [a.Target],
            _ => [],
        };
        return children.OfType<BoundExpression>();
    }
}
