using Zorginkoop.Dsl.Semantics.Model;

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
        var engine = new AmendmentEngine(loaded.AmendmentBase ?? loaded);
        engine.Run(asOf);
        return engine.ToLoadedPolicy(asOf);
    }
}
