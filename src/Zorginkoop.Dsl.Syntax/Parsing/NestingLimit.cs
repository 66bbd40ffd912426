using System.Runtime.ExceptionServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Bounds how deeply a file may nest (parentheses, <c>niet niet …</c>, groups in groups, long <c>en</c>/<c>of</c>
/// chains), counted in parse-tree levels. Every phase after the parser walks trees recursively; without a bound,
/// 5,000 nested parentheses overflow the stack and take the whole process (an editor's language server, a build)
/// down with them, which no catch block can prevent. The real policies nest about 20 levels deep.
/// </summary>
internal static class NestingLimit
{
    /// <summary>Ten times what real policies need, and low enough that every later phase stays well inside a 1 MB thread stack.</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// The stack the parser and the tree builder run on. ANTLR's generated <c>expression</c> method takes about
    /// 4 kB of stack per nesting level (Debug), so <see cref="MaxDepth"/> levels would not fit on a thread-pool
    /// thread (1.5 MB) once the caller has used some; on its own thread the parser always has room.
    /// </summary>
    private const int ParserStackBytes = 16 * 1024 * 1024;

    public static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            ParserStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>
    /// At most this many brackets ( [ { inside each other, checked on the tokens before parsing
    /// (<see cref="NestingPreScan"/>). Real policies nest three brackets deep.
    /// </summary>
    public const int MaxBrackets = 64;

    /// <summary>
    /// The first token of the shallowest node deeper than <see cref="MaxDepth"/>, or null. Iterative, so that it
    /// also catches left-recursive chains (<c>a en a en a …</c>) that ANTLR builds in a loop rather than by recursion.
    /// </summary>
    public static IToken? FindTooDeep(IParseTree root)
    {
        var pending = new Stack<(IParseTree Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                return node is ParserRuleContext rule ? rule.Start : (node as ITerminalNode)?.Symbol;
            }

            for (var i = node.ChildCount - 1; i >= 0; i--)
            {
                pending.Push((node.GetChild(i), depth + 1));
            }
        }

        return null;
    }
}

/// <summary>The generated parser, stopped as soon as its own recursion passes <see cref="NestingLimit.MaxDepth"/>.</summary>
internal sealed class NestingLimitedParser(ITokenStream input) : ZorginkoopParser(input)
{
    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        Check();
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
        Check();
    }

    private void Check()
    {
        if (Context.Depth() > NestingLimit.MaxDepth)
        {
            throw new NestingTooDeepException(CurrentToken);
        }
    }
}

/// <summary>Unwinds the parser at the nesting limit; caught by <see cref="PolicyParser"/>, never seen outside it.</summary>
internal sealed class NestingTooDeepException(IToken token) : Exception("Nesting limit exceeded.")
{
    public IToken Token { get; } = token;
}
