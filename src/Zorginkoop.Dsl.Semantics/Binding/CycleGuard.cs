namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// The one cycle detection of the binder, for definitions that use definitions, examples built on examples and
/// sets that include sets: a depth-first walk that does each node's work once and reports a node met again while
/// its own work is still under way.
/// </summary>
internal sealed class CycleGuard<T>
    where T : notnull
{
    private readonly Dictionary<T, bool> finished = [];
    private readonly List<T> path = [];

    /// <summary>
    /// Does <paramref name="work"/> for a node the first time it is visited. A node visited again from inside its
    /// own work closes a cycle: <paramref name="onCycle"/> gets the chain from that node back to itself (its last
    /// but one element is the node the closing edge comes from), and the work is not started again.
    /// </summary>
    public void Visit(T node, Action work, Action<IReadOnlyList<T>> onCycle)
    {
        if (finished.TryGetValue(node, out var done))
        {
            if (!done)
            {
                onCycle([.. path.Skip(path.IndexOf(node)), node]);
            }

            return;
        }

        finished[node] = false;
        path.Add(node);
        work();
        path.RemoveAt(path.Count - 1);
        finished[node] = true;
    }
}
