using System.Linq.Expressions;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Emit.Tests.Evaluation;

public class FastPathTests
{
    [Fact]
    public void CheckOnTypedFactsAllocatesNothing()
    {
        var policy = TestPolicy.From(Policies.Huisarts);
        using var loaded = PolicyBuilder.Load(policy.Build);
        var subjectType = loaded.Assembly.GetType("Zorginkoop.Policies.Test.Zorgaanbieder")!;
        var fromFacts = subjectType.GetMethod("FromFacts")!;
        var subject = fromFacts.Invoke(null, [policy.Facts("""
            { "soort": "Huisartsenpraktijk", "agbCode": "1", "fteHuisarts": 1.2, "ingeschrevenPatienten": 3000,
              "preferenteRegio": true, "nieuw": true, "vragenlijstPositief": true, "veroordelingen": ["fraude", "omkoping"] }
            """)])!;
        var check = TypedCheck(loaded.Assembly.GetType("Zorginkoop.Policies.Test.Huisarts")!, subjectType);
        Assert.Equal(Outcome.NotSatisfied, check(subject));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            check(subject);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>
    /// The memo of the fast path is a generated struct of typed slots on the stack of Check: a diamond of 40
    /// definitions and of 40 <c>omvat</c> levels (2^40 paths) is decided in linear time and allocates nothing.
    /// </summary>
    [Fact]
    public void CheckOfADiamondRemembersEachDefinitionAndSetWithoutAllocating()
    {
        const int depth = 40;
        var source = new System.Text.StringBuilder("gegevens G als g { n: aantal? }\ndefinitie d0 = g.n > 1\neisen A0 { eis x d0 }\neisen B0 { eis y g.n < 100 }\n");
        for (var i = 1; i <= depth; i++)
        {
            source.Append($"definitie d{i} = d{i - 1} en d{i - 1}\n");
            source.Append($"eisen A{i} {{ omvat A{i - 1}\n omvat B{i - 1} }}\neisen B{i} {{ omvat A{i - 1}\n omvat B{i - 1}\n eis z{i} d{i} }}\n");
        }

        var policy = TestPolicy.From(source.ToString());
        using var loaded = PolicyBuilder.Load(policy.Build);
        var subjectType = loaded.Assembly.GetType("Zorginkoop.Policies.Test.G")!;
        var subject = subjectType.GetMethod("FromFacts")!.Invoke(null, [policy.Facts("""{ "n": 2 }""")])!;
        var check = TypedCheck(loaded.Assembly.GetType($"Zorginkoop.Policies.Test.A{depth}")!, subjectType);
        Assert.Equal(Outcome.Satisfied, check(subject));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            check(subject);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A delegate straight to the generated static Check, so the measurement sees only its own allocations.</summary>
    private static Func<object, Outcome> TypedCheck(Type evaluator, Type subjectType)
    {
        var facts = Expression.Parameter(typeof(object));
        var call = Expression.Call(evaluator.GetMethod("Check")!, Expression.Convert(facts, subjectType), Expression.Constant(null, typeof(EvaluationInputs)));
        return Expression.Lambda<Func<object, Outcome>>(call, facts).Compile();
    }
}
