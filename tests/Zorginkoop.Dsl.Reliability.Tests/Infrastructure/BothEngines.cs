using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Differential;
using Zorginkoop.Dsl.Reliability.Tests.Fuzzing;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Semantics.Interpretation;

namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>A small policy checked, built, and evaluated by the interpreter and the compiled evaluator alike.</summary>
internal sealed class BothEngines
{
    private BothEngines(PolicyInterpreter interpreter, IPolicyAddenda interpretedAddenda, IPolicyEvaluator compiled)
    {
        Interpreter = interpreter;
        InterpretedAddenda = interpretedAddenda;
        Compiled = compiled;
    }

    public IPolicyAddenda InterpretedAddenda { get; }

    public PolicyInterpreter Interpreter { get; }

    public IPolicyEvaluator Compiled { get; }

    public static BothEngines Of(string source)
    {
        var policy = FrontEndHarness.Compile("/bevinding/beleid.zip", source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        return new BothEngines(new PolicyInterpreter(policy), new AddendumEvaluator(policy), PolicyBuilder.LoadEvaluator(build));
    }

    public FactRecord Facts(string json)
    {
        var (facts, errors) = FactReader.Parse(json, Interpreter.SubjectSchema!, "feiten");
        Assert.Empty(errors);
        return facts!;
    }

    /// <summary>The interpreter's result, after asserting that the compiled one prints the same and its fast path agrees.</summary>
    public RequirementSetResult Evaluate(string set, string json = "{}")
    {
        var facts = Facts(json);
        var interpreted = Interpreter.Evaluate(set, facts);
        Assert.Equal(ResultPrinter.Print(interpreted), ResultPrinter.Print(Compiled.Evaluate(set, facts)));
        Assert.Equal(interpreted.Outcome, Compiled.Check(set, facts));
        Assert.Equal(interpreted.Outcome, Interpreter.Check(set, facts));
        return interpreted;
    }

    /// <summary>The interpreter's addendum result, after asserting that the compiled one prints the same.</summary>
    public AddendumResult EvaluateAddendum(string name, string json = "{}")
    {
        var facts = Facts(json);
        var requestDate = new DateOnly(2026, 2, 14);
        var interpreted = InterpretedAddenda.EvaluateAddendum(name, facts, requestDate);
        Assert.Equal(ResultPrinter.Print(interpreted), ResultPrinter.Print(((IPolicyAddenda)Compiled).EvaluateAddendum(name, facts, requestDate)));
        return interpreted;
    }
}
