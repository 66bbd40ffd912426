using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Syntax.Syntax.Scenarios;

/// <summary>A value given as a fact in a scenario: a record, a list or an expression.</summary>
public abstract record ValueSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>{ veld: waarde; … }</c></summary>
public sealed record RecordValueSyntax(ImmutableArray<FieldValueSyntax> Fields, TextSpan Span) : ValueSyntax(Span);

public sealed record FieldValueSyntax(NameSyntax Name, ValueSyntax Value, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>[ {…}, {…} ]</c></summary>
public sealed record ListValueSyntax(ImmutableArray<ValueSyntax> Items, TextSpan Span) : ValueSyntax(Span);

public sealed record ExpressionValueSyntax(ExpressionSyntax Expression, TextSpan Span) : ValueSyntax(Span);

/// <summary><c>onbekend</c> as a fact value: the fact is absent, also when the voorbeeld it starts from gives it.</summary>
public sealed record UnknownValueSyntax(TextSpan Span) : ValueSyntax(Span);
