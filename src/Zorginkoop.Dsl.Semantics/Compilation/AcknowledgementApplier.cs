using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Compilation;

/// <summary>
/// Takes the warnings an author acknowledged (<c>// erkend ZI5006: reden</c> on the line before) out of a checked
/// policy's diagnostics into <see cref="CheckedPolicy.Acknowledged"/>, after every phase has reported, so that an
/// acknowledgement speaks of what the whole pipeline found. An acknowledgement without a reason (ZI1027) or of a code
/// that is no warning (ZI1028) acknowledges nothing. One that finds no warning is stale (ZI1029); that is only said
/// of the published policy (which holds the findings of every version) and only when it has no errors (a policy
/// with errors may not have reached the check that warns).
/// </summary>
internal static class AcknowledgementApplier
{
    public static CheckedPolicy Apply(CheckedPolicy model, bool reportStale)
    {
        var comments = model.Files.SelectMany(f => AcknowledgementComments.Read(f)).ToList();
        if (comments.Count == 0)
        {
            return model;
        }

        var remaining = model.Diagnostics.ToList();
        var findings = new List<Diagnostic>();
        var acknowledged = ImmutableArray.CreateBuilder<AcknowledgedDiagnostic>();
        var stale = new List<AcknowledgementComment>();
        foreach (var comment in comments)
        {
            var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Code == comment.Code);
            if (descriptor is null)
            {
                var warnings = DiagnosticCatalog.All.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Code);
                findings.Add(DiagnosticCatalog.AcknowledgementOfUnknownCode(comment.CodeLocation, comment.Code, NameSuggester.Suggest(comment.Code, warnings)));
                continue;
            }

            if (descriptor.Severity == DiagnosticSeverity.Error)
            {
                findings.Add(DiagnosticCatalog.AcknowledgementOfError(comment.CodeLocation, comment.Code, descriptor.Title));
                continue;
            }

            if (comment.Reason is not { } reason)
            {
                findings.Add(DiagnosticCatalog.AcknowledgementWithoutReason(comment.Comment, comment.Code));
                continue;
            }

            var matched = remaining.Where(d => d.Code == comment.Code && d.Location is { } at
                && at.Path == comment.Comment.Path && at.Start.Line == comment.TargetLine).ToList();
            if (matched.Count == 0)
            {
                stale.Add(comment);
                continue;
            }

            foreach (var warning in matched)
            {
                remaining.Remove(warning);
                acknowledged.Add(new AcknowledgedDiagnostic(warning, reason, comment.Comment));
            }
        }

        if (reportStale && !remaining.Concat(findings).Any(d => d.IsError))
        {
            findings.AddRange(stale.Select(c => DiagnosticCatalog.StaleAcknowledgement(c.Comment, c.Code)));
        }

        return model with
        {
            Diagnostics = DiagnosticOrdering.Sort(remaining.Concat(findings)),
            Acknowledged = acknowledged.ToImmutable(),
        };
    }
}
