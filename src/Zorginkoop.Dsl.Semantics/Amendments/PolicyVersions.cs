using System.Collections.Immutable;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Amendments;

/// <summary>
/// Binds a policy as published or as it stood on a date. The published policy is also checked in every later
/// version, so an error that only exists once an amendment applies (a misspelled field in an added requirement,
/// a replaced definition of another type) is reported by <c>check</c> and in the editor, with the date it
/// starts on.
/// </summary>
public static class PolicyVersions
{
    public static CheckedPolicy Bind(LoadedPolicy loaded, DateOnly? asOf)
    {
        if (asOf is { } date)
        {
            return Binder.Bind(AmendmentApplier.Apply(loaded, date));
        }

        var published = Binder.Bind(loaded);
        var versionDates = published.VersionDates;
        if (versionDates.IsEmpty)
        {
            return published;
        }

        var seen = published.Diagnostics.Select(Key).ToHashSet();
        var extra = new List<Diagnostic>();
        foreach (var version in versionDates)
        {
            foreach (var diagnostic in Binder.Bind(AmendmentApplier.Apply(loaded, version)).Diagnostics)
            {
                if (seen.Add(Key(diagnostic)))
                {
                    extra.Add(diagnostic with { Message = $"{diagnostic.Message} (in het beleid zoals het geldt vanaf {DutchFormat.Date(version)})" });
                }
            }
        }

        return extra.Count == 0 ? published : published with { Diagnostics = DiagnosticOrdering.Sort([.. published.Diagnostics, .. extra]) };
    }

    private static (string Code, string? Path, int Start, int Length, string Message) Key(Diagnostic diagnostic) =>
        (diagnostic.Code, diagnostic.Location?.Path, diagnostic.Location?.Span.Start ?? -1, diagnostic.Location?.Span.Length ?? 0, diagnostic.Message);
}
