using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Semantics.Binding;

public sealed partial class Binder
{
    /// <summary>Binds amendments (wijziging): their targets and checks.</summary>
    private CheckedPolicy BindAmendments(CheckedPolicy policy) => policy;
}
