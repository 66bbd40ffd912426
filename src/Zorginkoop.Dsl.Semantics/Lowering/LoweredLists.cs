using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;

namespace Zorginkoop.Dsl.Semantics.Lowering;

/// <summary><c>[a, b]</c>, each item already converted to the element type.</summary>
public sealed record LoweredList(ImmutableArray<LoweredExpression> Items, TypeSymbol Type) : LoweredExpression(Type)
{
    public bool IsConstant => Items.All(i => i is LoweredLiteral or LoweredConversion { Operand: LoweredLiteral });
}

/// <summary>
/// <c>voor elke</c>, <c>er is een</c>, <c>geen</c>, <c>aantal … waarvoor</c>: onbekend when the list is. <see cref="Exceptions"/>
/// are the element's own <c>uitzondering … als …</c> (only for <c>voor elke</c>), tried in order while an element is not met.
/// </summary>
public sealed record LoweredQuantifier(Quantifier Quantifier, VariableSymbol Variable, LoweredExpression Source, LoweredExpression Predicate, TypeSymbol Type)
    : LoweredExpression(Type)
{
    /// <summary>How the explanation names each element (<c>EvaluationTrace.EnterElement</c>).</summary>
    public LoweredElementLabel Element { get; init; } = LoweredElementLabel.Unnamed;

    public ImmutableArray<LoweredElementException> Exceptions { get; init; } = [];
}

/// <summary><c>som van v voor s in L</c>: <see cref="Start"/> accumulated by <see cref="Accumulate"/> over the converted values.</summary>
public sealed record LoweredSum(ArithmeticOperation Accumulate, LoweredLiteral Start, VariableSymbol Variable, LoweredExpression Source, LoweredExpression Value, TypeSymbol Type)
    : LoweredExpression(Type)
{
    /// <summary>How the explanation names each element (<c>EvaluationTrace.EnterElement</c>).</summary>
    public LoweredElementLabel Element { get; init; } = LoweredElementLabel.Unnamed;
}

/// <summary>
/// How an explanation names a list element: <see cref="Noun"/> and its position, with the value of
/// <see cref="NameField"/> for a record ("specialist 2 (Jansen)"), or the value itself for a list of texts or choices
/// (<see cref="ValueIsName"/>: "element 1 (DMII)"). Decided once here from the element type, so both engines name alike.
/// </summary>
public sealed record LoweredElementLabel(string Noun, FieldSymbol? NameField, bool ValueIsName)
{
    public static readonly LoweredElementLabel Unnamed = new("element", null, false);

    /// <summary>A record's own name, its first letter small ("Specialist" → "specialist"; "RTA" stays), and its name-like text field.</summary>
    public static LoweredElementLabel Of(TypeSymbol listType) => listType switch
    {
        ListType { Element: RecordType { Record: var record } } => new(NounOf(record.Name), NameFieldOf(record), false),
        ListType { Element: ChoiceType } or ListType { Element: PrimitiveType { Kind: Runtime.Values.ValueKind.Text } } => new("element", null, true),
        _ => Unnamed,
    };

    private static string NounOf(string name) =>
        name.Length > 1 && char.IsUpper(name[1]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>naam</c> or <c>name</c> when it is text, else the first text field; none when the record has no text.</summary>
    private static FieldSymbol? NameFieldOf(RecordSymbol record)
    {
        var texts = record.Fields.Where(f => f.Type == PrimitiveType.Text).ToList();
        return texts.FirstOrDefault(f => f.Name is "naam" or "name") ?? texts.FirstOrDefault();
    }
}

/// <summary>One <c>uitzondering "omschrijving" als voorwaarde</c> of each element of a <c>voor elke</c>.</summary>
public sealed record LoweredElementException(string Description, LoweredExpression Condition);

/// <summary><c>aantal van L</c></summary>
public sealed record LoweredCount(LoweredExpression Source) : LoweredExpression(PrimitiveType.Integer);
