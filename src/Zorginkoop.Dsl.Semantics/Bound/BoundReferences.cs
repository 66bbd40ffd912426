using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Bound;

/// <summary>The subject (<c>aanbieder</c>) or a quantifier variable.</summary>
public sealed record BoundVariable(VariableSymbol Variable, SourceLocation? Location) : BoundExpression(Variable.Type, Location)
{
    public override string? Label => Variable.Name;
}

/// <summary><c>target.field</c>: reading a fact.</summary>
public sealed record BoundFieldAccess(BoundExpression Target, FieldSymbol Field, SourceLocation? Location) : BoundExpression(Field.Type, Location)
{
    public override string? Label => Field.Name;

    /// <summary>"aanbieder.kis.inzage": the path named in missing-fact lists.</summary>
    public string FactPath => Target is BoundFieldAccess parent ? parent.FactPath + "." + Field.Name : Field.Name;
}

/// <summary>A use of a <c>definitie</c>.</summary>
public sealed record BoundDefinitionReference(DefinitionSymbol Definition, SourceLocation? Location) : BoundExpression(Definition.Type, Location)
{
    public override string? Label => Definition.Name;
}

/// <summary>
/// <c>Huisartsgeneeskundig is [niet] voldaan</c>: the set's outcome as ja/nee (voldaan → ja, niet voldaan and niet
/// van toepassing → nee, onbekend → onbekend; <c>Operations.SetSatisfied</c>).
/// </summary>
public sealed record BoundSetOutcome(RequirementSetSymbol Set, bool IsNegated, SourceLocation? Location) : BoundExpression(PrimitiveType.Boolean, Location)
{
    public override string? Label => Set.Name;
}

/// <summary>A value supplied at evaluation time (<c>aanvraagdatum</c>).</summary>
public sealed record BoundParameter(ParameterSymbol Parameter, SourceLocation? Location) : BoundExpression(Parameter.Type, Location)
{
    public override string? Label => Parameter.Name;
}
