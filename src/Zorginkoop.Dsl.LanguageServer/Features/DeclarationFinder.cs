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
            ? SyntaxWalker.DescendantsAndSelf(file.Root).OfType<T>()
                .Where(n => n.Span.Start <= symbol.Location.Span.Start && symbol.Location.Span.End <= n.Span.End)
                .OrderBy(n => n.Span.Length)
                .FirstOrDefault()
            : null;

    /// <summary>Every node of type <typeparamref name="T"/> around an offset, innermost first.</summary>
    public static IEnumerable<T> Enclosing<T>(SyntaxTree tree, int offset) where T : SyntaxNode =>
        SyntaxWalker.DescendantsAndSelf(tree.Root).OfType<T>()
            .Where(n => n.Span.Start <= offset && offset <= n.Span.End)
            .OrderBy(n => n.Span.Length);
}
