using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Scenarios;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>
/// Translates the bound published policy and the bound models of its later versions into the published model that
/// <c>check</c> and the editor show. The published policy is also checked in every later version, so an error that
/// only exists once an amendment applies (a misspelled field in an added requirement, a replaced definition of
/// another type) is reported with the date it starts on. A scenario with a date (<c>op …</c>) belongs to the version
/// of that date: it is bound there, so it may expect what an amendment added, and only that version's findings
/// about it are reported. The findings of the amendment analysis are made once, before any binding, and are part of
/// the published model as they are; only the binder's findings per version are merged here.
/// </summary>
internal static class PublishedPolicyAssembler
{
    public static CheckedPolicy Assemble(CheckedPolicy published, IReadOnlyList<CheckedPolicy> versions, ImmutableArray<DateOnly> dates, ImmutableArray<Diagnostic> amendmentFindings)
    {
        // Which model each scenario belongs to: the version of its date, or the published policy.
        var owners = new List<(TextSpan Span, string Path, CheckedPolicy Owner)>();
        var scenarios = published.Scenarios.ToBuilder();
        for (var i = 0; i < scenarios.Count; i++)
        {
            var scenario = scenarios[i];
            var span = DeclarationSpan(published, scenario);
            var index = scenario.Date is { } day ? PolicyVersionSelector.Index(dates, day) : 0;
            var owner = index == 0 ? published : versions[index - 1];
            if (index > 0 && owner.Scenarios.FirstOrDefault(s => SamePlace(s.Location, scenario.Location)) is { } adopted)
            {
                scenarios[i] = adopted;
            }

            if (span is { } found)
            {
                owners.Add((found, scenario.Location.Path, owner));
            }
        }

        CheckedPolicy? OwnerOf(Diagnostic diagnostic) =>
            diagnostic.Location is { } location
                ? owners.FirstOrDefault(o => o.Path == location.Path && o.Span.Start <= location.Span.Start && location.Span.End <= o.Span.End).Owner
                : null;

        var seen = new HashSet<(string, string?, int, int, string)>();
        var diagnostics = new List<Diagnostic>();
        foreach (var diagnostic in published.Diagnostics.Where(d => OwnerOf(d) is null || ReferenceEquals(OwnerOf(d), published)))
        {
            seen.Add(Key(diagnostic));
            diagnostics.Add(diagnostic);
        }

        // A use of a removed element is reported once, as ZI6004 at the removal; not again where it is used.
        var removedUses = amendmentFindings.Where(d => d.Code == DiagnosticCatalog.RemovedStillUsedDescriptor.Code)
            .SelectMany(d => d.Related).Select(r => r.Location).ToList();
        bool IsRemovedUse(Diagnostic diagnostic) => diagnostic.Location is { } location
            && removedUses.Any(use => use.Path == location.Path && use.Span.Start <= location.Span.Start && location.Span.End <= use.Span.End);

        for (var i = 0; i < versions.Count; i++)
        {
            foreach (var diagnostic in versions[i].Diagnostics.Except(amendmentFindings))
            {
                var owner = OwnerOf(diagnostic);
                if ((owner is null || ReferenceEquals(owner, versions[i])) && !IsRemovedUse(diagnostic) && seen.Add(Key(diagnostic)))
                {
                    // A scenario's own version speaks for it plainly; elsewhere the date says where the problem starts.
                    diagnostics.Add(owner is null
                        ? diagnostic with { Message = $"{diagnostic.Message} (in het beleid zoals het geldt vanaf {DutchFormat.Date(dates[i])})" }
                        : diagnostic);
                }
            }
        }

        return published with { Scenarios = scenarios.ToImmutable(), Diagnostics = DiagnosticOrdering.Sort(diagnostics) };
    }

    /// <summary>The whole <c>scenario</c> declaration of a bound scenario (whose location is its title).</summary>
    private static TextSpan? DeclarationSpan(CheckedPolicy policy, CheckedScenario scenario) =>
        policy.Files
            .Where(f => ReferenceEquals(f.Text, scenario.Location.Source))
            .SelectMany(f => f.Root.OfKind<ScenarioDeclarationSyntax>())
            .FirstOrDefault(s => s.Title.Span == scenario.Location.Span)?.Span;

    private static bool SamePlace(SourceLocation a, SourceLocation b) => a.Path == b.Path && a.Span == b.Span;

    private static (string Code, string? Path, int Start, int Length, string Message) Key(Diagnostic diagnostic) =>
        (diagnostic.Code, diagnostic.Location?.Path, diagnostic.Location?.Span.Start ?? -1, diagnostic.Location?.Span.Length ?? 0, diagnostic.Message);
}
