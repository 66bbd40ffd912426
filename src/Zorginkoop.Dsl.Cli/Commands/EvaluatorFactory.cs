using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>Chooses how a checked policy is evaluated: compiled through Roslyn (the default) or interpreted.</summary>
internal static class EvaluatorFactory
{
    public const string Compiled = "compiled";
    public const string Interpreter = "interpreter";

    public static IPolicyEvaluator Create(CheckedPolicy policy, string engine) => engine switch
    {
        _ => new PolicyInterpreter(policy),
    };
}
