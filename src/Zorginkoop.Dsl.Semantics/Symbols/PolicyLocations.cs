using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>
/// Where a declaration stands, as results report it (one-based line and column). Part of the model, so every back
/// end reports the same place without reaching into another.
/// </summary>
public static class PolicyLocations
{
    public static PolicyLocation Of(SourceLocation location) =>
        new(location.Path, location.Start.Line + 1, location.Start.Character + 1);
}
