using System.Collections.Concurrent;
using System.Reflection;
using Zorginkoop.Dsl.Syntax.Syntax;

namespace Zorginkoop.Dsl.Semantics.Amendments;

/// <summary>
/// Walks our syntax records generically, through their positional (init) properties, so that a node type added
/// later is walked without anyone remembering to update this file. Computed properties (such as
/// <c>Includes =&gt; Members.OfType…</c>) have no setter and are skipped, so nothing is visited twice.
/// </summary>
internal static class SyntaxNodes
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ChildProperties = new();

    public static IEnumerable<SyntaxNode> DescendantsAndSelf(SyntaxNode node)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            foreach (var child in Children(next).Reverse())
            {
                pending.Push(child);
            }
        }
    }

    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var property in ChildProperties.GetOrAdd(node.GetType(), FindChildProperties))
        {
            switch (property.GetValue(node))
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case IEnumerable<SyntaxNode> children when !IsDefaultArray(children):
                    foreach (var child in children)
                    {
                        yield return child;
                    }

                    break;
            }
        }
    }

    /// <summary>A default <c>ImmutableArray</c> throws when enumerated; a half-built tree must not crash a walk.</summary>
    private static bool IsDefaultArray(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && type.GetProperty("IsDefault")?.GetValue(value) is true;

    private static PropertyInfo[] FindChildProperties(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Where(p => typeof(SyntaxNode).IsAssignableFrom(p.PropertyType) || IsNodeSequence(p.PropertyType)),
    ];

    private static bool IsNodeSequence(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(SyntaxNode).IsAssignableFrom(element)
        && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type);
}
