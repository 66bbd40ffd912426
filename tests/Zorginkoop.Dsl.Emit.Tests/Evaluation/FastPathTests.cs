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

    /// <summary>A delegate straight to the generated static Check, so the measurement sees only its own allocations.</summary>
    private static Func<object, Outcome> TypedCheck(Type evaluator, Type subjectType)
    {
        var facts = Expression.Parameter(typeof(object));
        var call = Expression.Call(evaluator.GetMethod("Check")!, Expression.Convert(facts, subjectType), Expression.Constant(null, typeof(EvaluationInputs)));
        return Expression.Lambda<Func<object, Outcome>>(call, facts).Compile();
    }
}
