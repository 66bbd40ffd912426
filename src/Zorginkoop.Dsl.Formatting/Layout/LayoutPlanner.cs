using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Layout;

/// <summary>
/// Translates a syntax tree and its tokens into a layout plan. The tree decides where members, clauses and blocks
/// start; inside expressions and timeline rows the author's own line breaks are kept (as continuation lines), and
/// tokens themselves are never added, removed or changed — so formatting cannot change what a policy means.
/// </summary>
internal sealed partial class LayoutPlanner
{
    private readonly SyntaxTree tree;
    private readonly ImmutableArray<LexicalToken> tokens;
    private readonly TokenPlan[] plans;
    private readonly int[] owners;
    private readonly int[] matching;
    private readonly Dictionary<int, int> tokenAt = [];
    private readonly List<AlignmentGroup> groups = [];

    private LayoutPlanner(SyntaxTree tree, ImmutableArray<LexicalToken> tokens)
    {
        this.tree = tree;
        this.tokens = tokens;
        plans = [.. tokens.Select(_ => new TokenPlan())];
        owners = [.. tokens.Select(_ => -1)];
        matching = [.. tokens.Select(_ => -1)];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            tokenAt.TryAdd(tokens[i].Span.Start, i);
            switch (tokens[i].Text)
            {
                case "{" or "(" or "[" when tokens[i].Kind == LexicalTokenKind.Punctuation:
                    open.Push(i);
                    break;
                case "}" or ")" or "]" when tokens[i].Kind == LexicalTokenKind.Punctuation && open.Count > 0:
                    var opener = open.Pop();
                    matching[opener] = i;
                    matching[i] = opener;
                    break;
            }
        }
    }

    public static LayoutPlan Plan(SyntaxTree tree, ImmutableArray<LexicalToken> tokens)
    {
        var planner = new LayoutPlanner(tree, tokens);
        planner.PlanFile();
        planner.PlanAtoms();
        planner.PlanSentences();
        planner.Finish();
        return new LayoutPlan(tree.Text, tokens, planner.plans, planner.owners, planner.groups);
    }

    private void PlanFile()
    {
        foreach (var declaration in tree.Root.Declarations)
        {
            Member(declaration, 0);
            Declaration(declaration, 0);
        }
    }

    /// <summary>
    /// Literals written as several tokens keep their inner whitespace; a minus sign sticks to its operand; and each
    /// token learns which construct it continues, so that a line the author broke is indented under that construct.
    /// </summary>
    private void PlanAtoms()
    {
        foreach (var node in SyntaxWalker.DescendantsAndSelf(tree.Root))
        {
            var first = First(node);
            var last = Last(node);
            for (var i = first + 1; first >= 0 && i <= last; i++)
            {
                owners[i] = first;
            }

            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    Verbatim(literal);
                    break;
                case UnaryExpressionSyntax { Operator: UnaryOperator.Negate } negation when plans.ElementAtOrDefault(First(negation.Operand)) is { Break: not BreakKind.Verbatim }:
                    Join(First(negation.Operand), 0);
                    break;
            }
        }
    }

    /// <summary>
    /// A sentence written as adjacent texts: each piece after the first starts a line, under the first piece, so the
    /// sentence reads as one block of text (its pieces are <see cref="Wrapping.SentenceWrapper"/>'s to choose).
    /// </summary>
    private void PlanSentences()
    {
        foreach (var sentence in Wrapping.WrappableTexts.Find(tree, tokens))
        {
            for (var i = sentence.FirstToken + 1; i <= sentence.LastToken; i++)
            {
                if (tokens[i].IsComment)
                {
                    continue;
                }

                plans[i].Break = BreakKind.Line;
                plans[i].Extra = TokenPlan.Continuation;
                plans[i].AllowBlank = false;
                plans[i].Spaces = -1;
                plans[i].Hang = sentence.FirstToken;
            }

            var next = sentence.LastToken + 1;
            while (next < tokens.Length && tokens[next].IsComment)
            {
                next++;
            }

            if (next < tokens.Length && tokens[next].Kind == LexicalTokenKind.Punctuation && tokens[next].Text == "{")
            {
                plans[next].BlockAnchor = sentence.FirstToken;
            }
        }
    }

    /// <summary>Decides what the tree left open: comments, and line breaks inside expressions as the author wrote them.</summary>
    private void Finish()
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var plan = plans[i];
            if (tokens[i].IsComment && plan.Break == BreakKind.Unset)
            {
                if (SourceBreakBefore(i))
                {
                    plan.Break = BreakKind.Line;
                    plan.Extra = TokenPlan.LikeNextToken;
                    plan.AllowBlank = true;
                }
                else
                {
                    plan.Break = BreakKind.Join;
                    plan.Spaces = tokens[i].Kind == LexicalTokenKind.LineComment ? 2 : 1;
                }
            }
            else if (plan.Break == BreakKind.Unset)
            {
                plan.Break = SourceBreakBefore(i) ? BreakKind.Line : BreakKind.Join;
            }

            // A line comment runs to the end of its line, so whatever follows starts a new one.
            if (i > 0 && tokens[i - 1].Kind == LexicalTokenKind.LineComment && plan.Break == BreakKind.Join)
            {
                plan.Break = BreakKind.Line;
                plan.Spaces = -1;
                if (plan.Extra < 0 && tokens[i].IsComment)
                {
                    plan.Extra = TokenPlan.LikeNextToken;
                }
            }
        }
    }

    // ───────────────────────────── decisions ─────────────────────────────

    /// <summary>A member of a block (or of the file): on its own line, a blank line before it kept.</summary>
    private void Member(SyntaxNode node, int extra)
    {
        Line(First(node), extra, allowBlank: true);
    }

    private void Line(int index, int extra, bool allowBlank = false)
    {
        if (index < 0 || index >= tokens.Length || tokens[index].IsComment)
        {
            return;
        }

        plans[index].Break = BreakKind.Line;
        plans[index].Extra = extra;
        plans[index].AllowBlank = allowBlank;
        plans[index].Spaces = -1;
    }

    private void Join(int index, int spaces = -1)
    {
        if (index < 0 || index >= tokens.Length || tokens[index].IsComment)
        {
            return;
        }

        plans[index].Break = BreakKind.Join;
        plans[index].Spaces = spaces;
        plans[index].AllowBlank = false;
    }

    /// <summary>Puts every token after <paramref name="from"/> up to <paramref name="to"/> on the line of <paramref name="from"/>.</summary>
    private void JoinRange(int from, int to)
    {
        for (var i = from + 1; from >= 0 && i <= to && i < tokens.Length; i++)
        {
            Join(i);
        }
    }

    /// <summary>Keeps a construct exactly as written after its first token (for constructs this formatter does not know).</summary>
    private void Verbatim(SyntaxNode node)
    {
        var first = First(node);
        var last = Last(node);
        for (var i = first + 1; first >= 0 && i <= last; i++)
        {
            plans[i].Break = BreakKind.Verbatim;
        }
    }

    /// <summary>A block's members one per line; blocks that may (keuze, gegevens, feiten) stay on one line when the author wrote them so.</summary>
    private void Block<T>(int open, IEnumerable<T> members, Action<T> layout, bool allowOneLine = false) where T : SyntaxNode
    {
        if (open < 0 || matching[open] < 0)
        {
            return;
        }

        var close = matching[open];
        if (allowOneLine && OnOneLine(open, close))
        {
            JoinRange(open, close);
            return;
        }

        foreach (var member in members)
        {
            Member(member, 0);
            layout(member);
        }

        Line(close, 0);
    }

    // ───────────────────────────── tokens ─────────────────────────────

    private int First(SyntaxNode? node) =>
        node is not null && node.Span.Length > 0 && tokenAt.TryGetValue(node.Span.Start, out var index) ? index : -1;

    private int Last(SyntaxNode? node)
    {
        var first = First(node);
        if (first < 0)
        {
            return -1;
        }

        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Span.Start < node!.Span.End)
        {
            last++;
        }

        return last;
    }

    /// <summary>The first code token from <paramref name="from"/> to <paramref name="to"/> with this text; -1 when absent.</summary>
    private int Find(int from, int to, string text)
    {
        for (var i = Math.Max(0, from); from >= 0 && i <= to && i < tokens.Length; i++)
        {
            if (!tokens[i].IsComment && tokens[i].Text == text)
            {
                return i;
            }
        }

        return -1;
    }

    private bool SourceBreakBefore(int index)
    {
        if (index <= 0)
        {
            return false;
        }

        var gap = tree.Text.Content.AsSpan(tokens[index - 1].Span.End, tokens[index].Span.Start - tokens[index - 1].Span.End);
        return gap.IndexOfAny('\n', '\r') >= 0;
    }

    private bool OnOneLine(int from, int to)
    {
        for (var i = from + 1; i <= to; i++)
        {
            if (tokens[i].IsComment || SourceBreakBefore(i))
            {
                return false;
            }
        }

        return true;
    }

    private AlignmentGroup Group(int round)
    {
        var group = new AlignmentGroup(round);
        groups.Add(group);
        return group;
    }
}
