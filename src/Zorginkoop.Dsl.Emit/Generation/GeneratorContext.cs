using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>What all parts of the generator share for one policy.</summary>
internal sealed class GeneratorContext
{
    public GeneratorContext(CheckedPolicy policy, string policyIdentifier)
    {
        Policy = policy;
        Names = new GeneratedNames(policy, policyIdentifier);
        Types = new CodeTypes(Names);
        Constants = new ConstantPool(Names);
    }

    public CheckedPolicy Policy { get; }

    public GeneratedNames Names { get; }

    public CodeTypes Types { get; }

    public ConstantPool Constants { get; }
}
