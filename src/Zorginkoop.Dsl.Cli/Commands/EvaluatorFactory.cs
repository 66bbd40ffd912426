using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>Chooses how a checked policy is evaluated: compiled through Roslyn (the default) or interpreted.</summary>
internal static class EvaluatorFactory
{
    public const string Compiled = "compiled";
    public const string Interpreter = "interpreter";

    /// <summary>A checked policy that fails to compile is a compiler bug; the exception becomes a ZI9003 message.</summary>
    public static IPolicyEvaluator Create(CheckedPolicy policy, string engine)
    {
        if (engine == Interpreter)
        {
            return new PolicyInterpreter(policy);
        }

        var build = PolicyBuilder.Build(policy);
        if (!build.Success)
        {
            throw new InvalidOperationException("de gegenereerde C# compileert niet: " + string.Join("; ", build.Diagnostics.Where(d => d.IsError).Select(d => d.Message)));
        }

        return PolicyBuilder.LoadEvaluator(build);
    }
}
