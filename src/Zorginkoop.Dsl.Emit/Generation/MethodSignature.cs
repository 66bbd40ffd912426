using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// The parameters every generated evaluation method takes: the subject (when the policy declares one), the
/// evaluation inputs and, in traced mode, the trace. Their names are fixed, never taken from the policy.
/// </summary>
internal sealed record MethodSignature(TypeSyntax? SubjectType, bool Traced)
{
    public const string Subject = "subject";
    public const string Inputs = "inputs";
    public const string Trace = "trace";

    public IEnumerable<ParameterSyntax> Parameters()
    {
        if (SubjectType is not null)
        {
            yield return Code.Parameter(SubjectType, Subject);
        }

        yield return Code.Parameter(CodeTypes.Inputs, Inputs);
        if (Traced)
        {
            yield return Code.Parameter(CodeTypes.Trace, Trace);
        }
    }

    public IEnumerable<ExpressionSyntax> Arguments()
    {
        if (SubjectType is not null)
        {
            yield return Code.Name(Subject);
        }

        yield return Code.Name(Inputs);
        if (Traced)
        {
            yield return Code.Name(Trace);
        }
    }

    public MethodSignature Fast => this with { Traced = false };

    public MethodSignature WithTrace => this with { Traced = true };
}
