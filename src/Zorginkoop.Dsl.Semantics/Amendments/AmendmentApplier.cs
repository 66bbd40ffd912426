using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Amendments;

/// <summary>
/// Translates the parsed files of a policy and a date into the parsed files of the policy as it stood on that
/// date: every <c>wijziging</c> dated on or before it is applied to the syntax trees, in date order and, on
/// the same date, in source order (imported files first). Binding the result gives the checked model of that
/// version, so every later phase — interpreter, code generation, timelines — sees an ordinary policy.
/// </summary>
public static class AmendmentApplier
{
    public static LoadedPolicy Apply(LoadedPolicy loaded, DateOnly asOf)
    {
        var published = loaded.AmendmentBase ?? loaded;
        var engine = new AmendmentEngine(published);
        engine.Run(asOf);
        return engine.ToLoadedPolicy(asOf);
    }

    /// <summary>
    /// The dates on which the policy changes, in order: the distinct effective dates of its amendments. The
    /// policy has one version as published and one from each of these dates.
    /// </summary>
    public static ImmutableArray<DateOnly> VersionDates(LoadedPolicy loaded) =>
        [.. new AmendmentEngine(loaded.AmendmentBase ?? loaded).Pending.Select(p => p.Date).OfType<DateOnly>().Distinct().Order()];

    /// <summary>Applies every amendment, reporting what cannot be applied, and returns the resolved amendments in source order.</summary>
    internal static AmendmentAnalysis Analyse(LoadedPolicy loaded)
    {
        var engine = new AmendmentEngine(loaded.AmendmentBase ?? loaded);
        engine.Run(DateOnly.MaxValue);
        return new AmendmentAnalysis(engine.ResolvedAmendments(), DiagnosticOrdering.Sort(engine.Diagnostics));
    }
}

/// <summary>The amendments of a policy with their operations resolved, and what could not be applied.</summary>
internal sealed record AmendmentAnalysis(ImmutableArray<ResolvedAmendment> Amendments, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One amendment as found in a file, with the date it was applied on (if valid) and its resolved operations.</summary>
internal sealed record ResolvedAmendment(
    SyntaxTree File,
    Zorginkoop.Dsl.Syntax.Syntax.Amendments.AmendmentDeclarationSyntax Syntax,
    DateOnly? Date,
    ImmutableArray<AmendmentOperation> Operations);
