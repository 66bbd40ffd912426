using BenchmarkDotNet.Attributes;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Benchmarks.Evaluation;

/// <summary>
/// In-memory evaluations of one VGZ requirement set, per contender, over the same 1,000 generated providers (each
/// operation is one provider's set evaluated). The setup asserts that all contenders agree before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    public const int Providers = 1000;

    private Contenders contenders = null!;

    [Params("Huisartsgeneeskundig", "ZorgverleningRho")]
    public string Set { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        contenders = Contenders.Create(RepositoryRoot.Find(), Set, Providers);
        var counts = contenders.AssertSameOutcomes();
        Console.WriteLine($"// {Set}: all contenders agree on {Providers} providers ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
    }

    [Benchmark(Description = "hand-written C# (the limit)", OperationsPerInvoke = Providers)]
    public Outcome HandWritten()
    {
        var last = Outcome.Unknown;
        for (var i = 0; i < Providers; i++)
        {
            last = contenders.RunHandWritten(i);
        }

        return last;
    }

    [Benchmark(Description = "compiled, typed API", OperationsPerInvoke = Providers)]
    public Outcome CompiledTyped()
    {
        var last = Outcome.Unknown;
        for (var i = 0; i < Providers; i++)
        {
            last = contenders.RunTyped(i);
        }

        return last;
    }

    [Benchmark(Description = "compiled, IPolicyEvaluator.Check", OperationsPerInvoke = Providers)]
    public Outcome Compiled()
    {
        var last = Outcome.Unknown;
        for (var i = 0; i < Providers; i++)
        {
            last = contenders.RunCompiled(i);
        }

        return last;
    }

    [Benchmark(Description = "reference interpreter", Baseline = true, OperationsPerInvoke = Providers)]
    public Outcome Interpreter()
    {
        var last = Outcome.Unknown;
        for (var i = 0; i < Providers; i++)
        {
            last = contenders.RunInterpreter(i);
        }

        return last;
    }

    [Benchmark(Description = "RulesEngine 6.0.1", OperationsPerInvoke = Providers)]
    public Outcome RulesEngine()
    {
        var last = Outcome.Unknown;
        for (var i = 0; i < Providers; i++)
        {
            last = contenders.RunRulesEngine(i);
        }

        return last;
    }
}
