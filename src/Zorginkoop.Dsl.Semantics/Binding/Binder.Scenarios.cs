using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Semantics.Binding;

public sealed partial class Binder
{
    /// <summary>Binds scenarios: given facts and expectations.</summary>
    private CheckedPolicy BindScenarios(CheckedPolicy policy) => policy;
}
