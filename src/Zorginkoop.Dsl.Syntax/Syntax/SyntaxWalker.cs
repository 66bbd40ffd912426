using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
namespace Zorginkoop.Dsl.Syntax.Syntax;

/// <summary>
/// The child nodes of any syntax node, found through its properties, so that passes over every node (the
/// formatter's, the language server's) keep working when the grammar gains a construct they do not know yet.
/// </summary>
public static class SyntaxWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> NodeProperties = new();

    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var property in DataProperties(node.GetType()))
        {
            switch (property.GetValue(node))
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case IEnumerable items when IsImmutableArray(property.PropertyType):
                    foreach (var item in items.OfType<SyntaxNode>())
                    {
                        yield return item;
                    }

                    break;
            }
        }
    }

    /// <summary>The node and every node below it, in source order (pre-order).</summary>
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

    /// <summary>Declared data properties only: computed views such as <c>Requirements</c> repeat what <c>Members</c> holds.</summary>
    public static PropertyInfo[] DataProperties(Type type) => NodeProperties.GetOrAdd(type, t =>
    [
        .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.GetMethod!.IsPublic)
            .Where(p => IsImmutableArray(p.PropertyType) || p.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.MetadataToken),
    ]);

    public static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
