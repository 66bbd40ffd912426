using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Amendments;

/// <summary>
/// Translates the parsed files of a policy as published into its amendment analysis: every <c>wijziging</c> applied
/// in turn, with its operations resolved, what cannot be applied reported (ZI6xxx), and the dates on which the policy
/// changes. Runs once per policy, before any version is bound; binding reads its product and never calls back.
/// </summary>
internal static class AmendmentAnalyser
{
    public static AmendmentAnalysis Analyse(LoadedPolicy published)
    {
        var engine = new AmendmentEngine(published);
        engine.Run(DateOnly.MaxValue);
        var dates = engine.Pending.Select(p => p.Date).OfType<DateOnly>().Distinct().Order();
        return new AmendmentAnalysis(engine.ResolvedAmendments(), DiagnosticOrdering.Sort(engine.Diagnostics), [.. dates]);
    }
}
