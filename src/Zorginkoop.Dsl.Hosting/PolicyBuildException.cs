using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Hosting;

/// <summary>
/// A policy that checks clean but that the compiled engine could not build: a bug in Zorginkoop.Dsl, not in the
/// policy. <see cref="Diagnostics"/> holds what Roslyn or the reference check found (ZI9003), for the host to print.
/// </summary>
public sealed class PolicyBuildException(ImmutableArray<Diagnostic> diagnostics)
    : Exception("de gegenereerde C# compileert niet: " + string.Join("; ", diagnostics.Select(d => d.Message)))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
