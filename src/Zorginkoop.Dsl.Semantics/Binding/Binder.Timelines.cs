using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Semantics.Binding;

public sealed partial class Binder
{
    /// <summary>Binds timelines (tijdlijn): entries, schedules and their checks.</summary>
    private CheckedPolicy BindTimelines(CheckedPolicy policy) => policy;
}
