using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;

namespace Zorginkoop.Dsl.LanguageServer.Features;

/// <summary>Finds the syntax that declares a symbol: the node whose name sits where the symbol was declared.</summary>
public static class DeclarationFinder
{
    public static SyntaxTree? FileOf(CheckedPolicy policy, Symbol symbol) =>
        policy.Files.FirstOrDefault(f => ReferenceEquals(f.Text, symbol.Location.Source) || f.Text.Path == symbol.Location.Path);

    /// <summary>The innermost node of type <typeparamref name="T"/> that contains the symbol's name.</summary>
    public static T? Find<T>(CheckedPolicy policy, Symbol symbol) where T : SyntaxNode =>
        FileOf(policy, symbol) is { } file
            ? Around(file.Root, symbol.Location.Span.Start, symbol.Location.Span.End).OfType<T>()
                .OrderBy(n => n.Span.Length)
                .FirstOrDefault()
            : null;

    /// <summary>Every node of type <typeparamref name="T"/> around an offset, innermost first.</summary>
    public static IEnumerable<T> Enclosing<T>(SyntaxTree tree, int offset) where T : SyntaxNode =>
        Around(tree.Root, offset, offset).OfType<T>().OrderBy(n => n.Span.Length);

    /// <summary>
    /// The nodes whose span holds [start, end]: only the children that hold it are entered (a node's children lie
    /// inside it), so a hover in a 20,000-line file visits one path of the tree, not every node.
    /// </summary>
    private static IEnumerable<SyntaxNode> Around(SyntaxNode root, int start, int end)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Span.Start > start || end > node.Span.End)
            {
                continue;
            }

            yield return node;
            foreach (var child in SyntaxWalker.Children(node))
            {
                pending.Push(child);
            }
        }
    }
}
