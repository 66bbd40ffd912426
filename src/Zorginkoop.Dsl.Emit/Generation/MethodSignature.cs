using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The parameters every generated evaluation method takes: the subject (when the policy declares one), the
/// evaluation inputs and, in traced mode, the trace (which holds the evaluation's memo), in fast mode the
/// policy's memo struct by reference (<see cref="CSharpGenerator"/>'s <c>PolicyMemo</c>: typed slots on the
/// caller's stack, so the fast path allocates nothing). Their names are fixed, never taken from the policy.
/// </summary>
internal sealed record MethodSignature(TypeSyntax? SubjectType, bool Traced, TypeSyntax MemoType)
{
    public const string Subject = "subject";
    public const string Inputs = "inputs";
    public const string Trace = "trace";
    public const string Memo = "memo";

    /// <summary>
    /// The parameters; a fast method that starts an evaluation of its own (a timeline moment, an addendum's start
    /// date) takes no memo (<paramref name="memo"/> false) and declares a fresh one with <see cref="FreshMemo"/>.
    /// </summary>
    public IEnumerable<ParameterSyntax> Parameters(bool memo = true)
    {
        if (SubjectType is not null)
        {
            yield return Code.Parameter(SubjectType, Subject);
        }

        yield return Code.Parameter(CodeTypes.Inputs, Inputs);
        if (!memo && !Traced)
        {
            yield break;
        }

        yield return Traced ? Code.Parameter(CodeTypes.Trace, Trace) : Code.RefParameter(MemoType, Memo);
    }

    public IEnumerable<ArgumentSyntax> Arguments()
    {
        if (SubjectType is not null)
        {
            yield return Argument(Code.Name(Subject));
        }

        yield return Argument(Code.Name(Inputs));
        yield return Traced ? Argument(Code.Name(Trace)) : Code.Ref(Memo);
    }

    /// <summary>The traced evaluation's memo, keyed by object (the interpreter keeps the same one).</summary>
    public ExpressionSyntax TracedMemo => Code.Member(Code.Name(Trace), "Memo");

    /// <summary><c>var memo = default(PolicyMemo);</c>: a fresh memo for one fast evaluation, on the stack.</summary>
    public StatementSyntax FreshMemo() => Code.Local(IdentifierName("var"), Memo, DefaultExpression(MemoType));

    public MethodSignature Fast => this with { Traced = false };

    public MethodSignature WithTrace => this with { Traced = true };
}
