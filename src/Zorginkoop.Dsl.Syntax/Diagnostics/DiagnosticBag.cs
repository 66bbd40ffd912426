using System.Collections.Immutable;

namespace Zorginkoop.Dsl.Syntax.Diagnostics;

/// <summary>Collects diagnostics while a phase runs; phases never throw on user errors.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> diagnostics = [];

    public bool HasErrors => diagnostics.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> range) => diagnostics.AddRange(range);

    public ImmutableArray<Diagnostic> ToImmutable() => [.. diagnostics];
}
