using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Model;

public sealed partial record CheckedPolicy
{
    /// <summary>
    /// Warnings the author acknowledged with <c>// erkend ZI…: reden</c>, taken out of <see cref="Diagnostics"/>;
    /// <c>check</c> lists them and the editor shows them as hints.
    /// </summary>
    public ImmutableArray<AcknowledgedDiagnostic> Acknowledged { get; init; } = [];
}
