using System.Collections.Immutable;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Parsing;

namespace Zorginkoop.Dsl.Semantics.Binding;

/// <summary>What an expression can see besides top-level names: its file, quantifier variables and evaluation inputs.</summary>
internal sealed record ExpressionScope(SyntaxTree File, ImmutableDictionary<string, VariableSymbol> Locals, bool AllowsRequestDate)
{
    public static ExpressionScope ForFile(SyntaxTree file) => new(file, ImmutableDictionary<string, VariableSymbol>.Empty.WithComparers(StringComparer.Ordinal), false);

    public ExpressionScope WithLocal(VariableSymbol variable) => this with { Locals = Locals.SetItem(variable.Name, variable) };

    public ExpressionScope WithRequestDate() => this with { AllowsRequestDate = true };
}
