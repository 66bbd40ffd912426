using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The parameters every generated evaluation method takes: the subject (when the policy declares one), the
/// evaluation inputs and, in traced mode, the trace (which holds the evaluation's memo), in fast mode the memo.
/// Their names are fixed, never taken from the policy.
/// </summary>
internal sealed record MethodSignature(TypeSyntax? SubjectType, bool Traced)
{
    public const string Subject = "subject";
    public const string Inputs = "inputs";
    public const string Trace = "trace";
    public const string Memo = "memo";

    public IEnumerable<ParameterSyntax> Parameters()
    {
        if (SubjectType is not null)
        {
            yield return Code.Parameter(SubjectType, Subject);
        }

        yield return Code.Parameter(CodeTypes.Inputs, Inputs);
        yield return Traced ? Code.Parameter(CodeTypes.Trace, Trace) : Code.Parameter(CodeTypes.Memo, Memo);
    }

    public IEnumerable<ExpressionSyntax> Arguments()
    {
        if (SubjectType is not null)
        {
            yield return Code.Name(Subject);
        }

        yield return Code.Name(Inputs);
        yield return Code.Name(Traced ? Trace : Memo);
    }

    /// <summary>The evaluation's memo: the trace's in traced mode, the parameter in fast mode.</summary>
    public ExpressionSyntax MemoExpression => Traced ? Code.Member(Code.Name(Trace), "Memo") : Code.Name(Memo);

    public MethodSignature Fast => this with { Traced = false };

    public MethodSignature WithTrace => this with { Traced = true };
}
