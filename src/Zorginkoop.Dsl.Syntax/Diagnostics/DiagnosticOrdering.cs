using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

public static class DiagnosticOrdering
{
    /// <summary>Orders by file, position and code so that output is stable and baselines do not churn.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? -1)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct(),
    ];
}
