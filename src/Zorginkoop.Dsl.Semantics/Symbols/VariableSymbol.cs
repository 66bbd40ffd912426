using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Symbols;

/// <summary>The variable of a quantifier (<c>voor elke s in …</c>), or the subject (<c>aanbieder</c>).</summary>
public sealed class VariableSymbol(string name, SourceLocation location, TypeSymbol type) : Symbol(name, location)
{
    public TypeSymbol Type { get; } = type;

    public override string KindName => "variabele";
}

/// <summary>A value supplied at evaluation time rather than a fact: <c>aanvraagdatum</c>, <c>peildatum</c>.</summary>
public sealed class ParameterSymbol(string name, SourceLocation location, TypeSymbol type, string description) : Symbol(name, location)
{
    public TypeSymbol Type { get; } = type;

    public string Description { get; } = description;

    public override string KindName => "invoerwaarde";
}
