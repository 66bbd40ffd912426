using System.Runtime.CompilerServices;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>
/// An addendum's own part — its <c>geldt voor</c>, <c>omvat</c> sets and requirements — seen as a requirement set
/// named after it. The same instance every time, so both engines evaluate (and compiled policies generate) one
/// set for it.
/// </summary>
public static class AddendumPart
{
    private static readonly ConditionalWeakTable<AddendumSymbol, RequirementSetSymbol> Parts = new();

    public static RequirementSetSymbol Of(AddendumSymbol addendum) =>
        Parts.GetValue(addendum, a => new RequirementSetSymbol(a.Name, a.Location, a.Title)
        {
            AppliesTo = a.AppliesTo,
            Includes = a.Includes,
            RequiredIncludes = a.RequiredIncludes,
            Requirements = a.Requirements,
        });
}
