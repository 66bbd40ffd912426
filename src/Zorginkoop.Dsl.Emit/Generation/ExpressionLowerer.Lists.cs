using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Lowering;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Quantifier = Zorginkoop.Dsl.Syntax.Syntax.Expressions.Quantifier;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

internal sealed partial class ExpressionLowerer
{
    private static readonly TypeSyntax ObjectList = Code.Generic("global::System.Collections.Generic.IReadOnlyList", Code.Nullable(Code.Object()));

    private TypeSyntax ListType(TypeSymbol element) => Code.Generic("global::System.Collections.Generic.IReadOnlyList", Types.Of(element));

    private ExpressionSyntax List(LoweredList list, List<StatementSyntax> block, bool asObjects)
    {
        var element = ((ListType)list.Type).Element;
        var elementType = asObjects ? Code.Nullable(Code.Object()) : Types.Of(element);
        var listType = asObjects ? ObjectList : ListType(element);
        if (list.IsConstant)
        {
            return context.Constants.List(list, asObjects, listType, () => Code.Array(elementType, list.Items.Select(i => Boxed(Emit(i, block)))));
        }

        return Temp(Code.Nullable(listType), Code.Array(elementType, list.Items.Select(i => Boxed(Emit(i, block))).ToList()), block);
    }

    /// <summary>
    /// The list operand of a membership test, as the objects <c>Operations.ListContains</c> takes: a C# matter of
    /// representation, not of meaning. Literal lists are built as objects at once; lists of references convert as
    /// they are; lists of values are boxed.
    /// </summary>
    private ExpressionSyntax ListAsObjects(LoweredExpression list, List<StatementSyntax> block)
    {
        if (list is LoweredList literal)
        {
            return List(literal, block, asObjects: true);
        }

        var value = Emit(list, block);
        return list.Type is ListType { Element: var element } && CodeTypes.IsValueType(element) ? Code.Call(Code.Member(CodeTypes.FactConversion, "Boxed"), value) : value;
    }

    /// <summary>A list value held in a local typed as IReadOnlyList, so that Count and the indexer are available.</summary>
    private ExpressionSyntax ListLocal(LoweredExpression source, List<StatementSyntax> block)
    {
        var value = Emit(source, block);
        return value is IdentifierNameSyntax ? value : Temp(Code.Nullable(ListType(((ListType)source.Type).Element)), value, block);
    }

    private ExpressionSyntax Quantified(LoweredQuantifier quantified, List<StatementSyntax> block)
    {
        var items = ListLocal(quantified.Source, block);
        var isCount = quantified.Quantifier == Quantifier.Count;
        var result = Temp(isCount ? Code.Nullable(Code.Long()) : NullableBool, Code.Null, block);

        List<StatementSyntax> known = [];
        var fold = Code.Name(Fresh("a"));
        if (isCount)
        {
            known.Add(Code.Local(Code.Nullable(Code.Long()), fold.Identifier.Text, Code.Integer(0)));
        }
        else
        {
            known.Add(Code.Local(NullableBool, fold.Identifier.Text, Code.Bool(quantified.Quantifier == Quantifier.ForAll)));
        }

        known.Add(Loop(items, quantified.Variable, quantified.Source.Type, body =>
        {
            var holds = Emit(quantified.Predicate, body);
            switch (quantified.Quantifier)
            {
                case Quantifier.ForAll:
                    body.Add(Code.Assign(fold, Operation("And", fold, holds)));
                    AddBreakWhen(body, Code.Equal(fold, Code.Bool(false)));
                    break;
                case Quantifier.Exists or Quantifier.None:
                    body.Add(Code.Assign(fold, Operation("Or", fold, holds)));
                    AddBreakWhen(body, Code.Equal(fold, Code.Bool(true)));
                    break;
                default:
                    body.Add(Code.Assign(fold, Operation("CountWhere", fold, holds)));
                    AddBreakWhen(body, Code.IsNull(fold));
                    break;
            }
        }));

        known.Add(Code.Assign(result, quantified.Quantifier == Quantifier.None ? Operation("Not", fold) : fold));
        block.Add(Code.If(Code.IsNotNull(items), known));
        return result;
    }

    private ExpressionSyntax Sum(LoweredSum sum, List<StatementSyntax> block)
    {
        var items = ListLocal(sum.Source, block);
        var type = Types.Of(sum.Type);
        var result = Temp(type, Code.Null, block);
        var total = Code.Name(Fresh("a"));

        List<StatementSyntax> known = [Code.Local(type, total.Identifier.Text, Literal(sum.Start))];
        known.Add(Loop(items, sum.Variable, sum.Source.Type, body =>
        {
            var value = Emit(sum.Value, body);
            body.Add(Code.Assign(total, Operation(sum.Accumulate.ToString(), total, value)));
            AddBreakWhen(body, Code.IsNull(total));
        }));
        known.Add(Code.Assign(result, total));
        block.Add(Code.If(Code.IsNotNull(items), known));
        return result;
    }

    /// <summary><c>for (int iN = 0; iN &lt; items.Count; iN++) { T eN = items[iN]; … }</c>, without an enumerator to allocate.</summary>
    private StatementSyntax Loop(ExpressionSyntax items, VariableSymbol variable, TypeSymbol listType, Action<List<StatementSyntax>> body)
    {
        var index = Fresh("i");
        var element = Fresh("e");
        List<StatementSyntax> statements = [Code.Local(Types.Of(((ListType)listType).Element), element,
            ElementAccessExpression(items, BracketedArgumentList(SingletonSeparatedList(Argument(Code.Name(index))))))];
        variables[variable] = Code.Name(element);
        body(statements);
        variables.Remove(variable);
        return ForStatement(Block(statements))
            .WithDeclaration(VariableDeclaration(Code.Int(), SingletonSeparatedList(VariableDeclarator(Code.Token(index)).WithInitializer(EqualsValueClause(Code.Int32(0))))))
            .WithCondition(BinaryExpression(SyntaxKind.LessThanExpression, Code.Name(index), Code.Member(items, "Count")))
            .WithIncrementors(SingletonSeparatedList<ExpressionSyntax>(PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, Code.Name(index))));
    }

    /// <summary>Fast mode only: once a fold is decided, later elements cannot change it.</summary>
    private void AddBreakWhen(List<StatementSyntax> body, ExpressionSyntax decided)
    {
        if (!Traced)
        {
            body.Add(IfStatement(decided, BreakStatement()));
        }
    }
}
