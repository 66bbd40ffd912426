namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>
/// The one cycle detection of binding, for definitions that use definitions, examples built on examples, sets that
/// include sets and the chains measured before binding (<see cref="ReferenceChains"/>): a depth-first walk that
/// finishes each node once and reports a node met again while it is still on the path. Two drivers share that
/// state: <see cref="Visit"/> for work that finds its edges while it runs (binding a definition binds the ones it
/// names), and <see cref="Walk"/> for a graph whose edges are known, followed without recursion so that a chain of
/// thousands of declarations cannot overflow the stack.
/// </summary>
internal sealed class CycleGuard<T>
    where T : notnull
{
    private readonly Dictionary<T, bool> finished;
    private readonly List<T> path = [];

    public CycleGuard(IEqualityComparer<T>? comparer = null) => finished = new Dictionary<T, bool>(comparer);

    /// <summary>
    /// Does <paramref name="work"/> for a node the first time it is visited. A node visited again from inside its
    /// own work closes a cycle: <paramref name="onCycle"/> gets the chain from that node back to itself (its last
    /// but one element is the node the closing edge comes from), and the work is not started again.
    /// </summary>
    public void Visit(T node, Action work, Action<IReadOnlyList<T>> onCycle)
    {
        if (!Enter(node, onCycle))
        {
            return;
        }

        work();
        Leave(node);
    }

    /// <summary>
    /// Walks the graph below <paramref name="start"/> along <paramref name="edges"/>, iteratively. Each node is
    /// finished once, after all its successors (<paramref name="onFinished"/>: post-order); an edge back to a node on
    /// the path is reported to <paramref name="onCycle"/> as <see cref="Visit"/> reports it, and not followed.
    /// </summary>
    public void Walk(T start, Func<T, IEnumerable<T>> edges, Action<T> onFinished, Action<IReadOnlyList<T>> onCycle)
    {
        if (!Enter(start, onCycle))
        {
            return;
        }

        var stack = new Stack<(T Node, IEnumerator<T> Next)>();
        stack.Push((start, edges(start).GetEnumerator()));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Peek();
            if (next.MoveNext())
            {
                if (Enter(next.Current, onCycle))
                {
                    stack.Push((next.Current, edges(next.Current).GetEnumerator()));
                }

                continue;
            }

            stack.Pop();
            Leave(node);
            onFinished(node);
        }
    }

    /// <summary>True when the node is new and now on the path; false when it is done or closes a cycle (reported).</summary>
    private bool Enter(T node, Action<IReadOnlyList<T>> onCycle)
    {
        if (finished.TryGetValue(node, out var done))
        {
            if (!done)
            {
                onCycle([.. path.Skip(path.IndexOf(node)), node]);
            }

            return false;
        }

        finished[node] = false;
        path.Add(node);
        return true;
    }

    private void Leave(T node)
    {
        path.RemoveAt(path.Count - 1);
        finished[node] = true;
    }
}
