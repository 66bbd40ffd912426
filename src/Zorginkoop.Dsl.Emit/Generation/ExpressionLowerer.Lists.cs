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

        Record(known, "BeginElements");
        known.Add(Loop(items, quantified.Variable, quantified.Source.Type, (body, element, position) =>
        {
            EnterElement(body, quantified.Element, element, position);
            var holds = ElementTruth(quantified, Emit(quantified.Predicate, body), body);
            Record(body, "LeaveElement", holds);
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

        var (elementFold, outcome) = quantified.Quantifier switch
        {
            Quantifier.ForAll => ("All", (ExpressionSyntax)fold),
            Quantifier.Exists or Quantifier.None => ("Any", fold),
            _ => ("Each", Code.Cast(NullableBool, Code.Null)),
        };
        Record(known, "EndElements", Code.Member(CodeTypes.ElementFold, elementFold), outcome);
        known.Add(Code.Assign(result, quantified.Quantifier == Quantifier.None ? Operation("Not", fold) : fold));
        block.Add(Code.If(Code.IsNotNull(items), known));
        return result;
    }

    /// <summary>
    /// An element's truth after its own <c>uitzondering</c>s, each tried (in order) only while the element is not met:
    /// <c>trace.ElementException</c> in traced mode, which records the one that applied, <c>Operations.ElementAfterException</c> in fast mode.
    /// </summary>
    private ExpressionSyntax ElementTruth(LoweredQuantifier quantified, ExpressionSyntax holds, List<StatementSyntax> body)
    {
        if (quantified.Exceptions.IsEmpty)
        {
            return holds;
        }

        var truth = Code.Name(Fresh("h"));
        body.Add(Code.Local(NullableBool, truth.Identifier.Text, holds));
        foreach (var exception in quantified.Exceptions)
        {
            List<StatementSyntax> tried = [];
            var applies = Emit(exception.Condition, tried);
            tried.Add(Code.Assign(truth, Traced
                ? Code.Call(Code.Member(TraceVariable, "ElementException"), truth, applies, Code.String(exception.Description))
                : Operation("ElementAfterException", truth, applies)));
            body.Add(Code.If(Code.NotEqual(truth, Code.Bool(true)), tried));
        }

        return truth;
    }

    /// <summary>Traced mode: <c>trace.EnterElement("specialist", i + 1, e?.Naam)</c>; the name is read as it is, not as a fact.</summary>
    private void EnterElement(List<StatementSyntax> body, LoweredElementLabel label, ExpressionSyntax element, ExpressionSyntax position)
    {
        if (!Traced)
        {
            return;
        }

        var name = label switch
        {
            { NameField: { } field } => ConditionalAccessExpression(element, MemberBindingExpression(IdentifierName(context.Names.Property(field)))),
            { ValueIsName: true } => element,
            _ => Code.Cast(Code.Nullable(Code.StringType()), Code.Null),
        };
        var oneBased = BinaryExpression(SyntaxKind.AddExpression, position, Code.Int32(1));
        Record(body, "EnterElement", Code.String(label.Noun), oneBased, name);
    }

    private ExpressionSyntax Sum(LoweredSum sum, List<StatementSyntax> block)
    {
        var items = ListLocal(sum.Source, block);
        var type = Types.Of(sum.Type);
        var result = Temp(type, Code.Null, block);
        var total = Code.Name(Fresh("a"));

        List<StatementSyntax> known = [Code.Local(type, total.Identifier.Text, Literal(sum.Start))];
        Record(known, "BeginElements");
        known.Add(Loop(items, sum.Variable, sum.Source.Type, (body, element, position) =>
        {
            EnterElement(body, sum.Element, element, position);
            var value = Emit(sum.Value, body);
            body.Add(Code.Assign(total, Operation(sum.Accumulate.ToString(), total, value)));
            Record(body, "LeaveElement", Code.Cast(NullableBool, Code.Null));
            AddBreakWhen(body, Code.IsNull(total));
        }));
        Record(known, "EndElements", Code.Member(CodeTypes.ElementFold, "Each"), Code.Cast(NullableBool, Code.Null));
        known.Add(Code.Assign(result, total));
        block.Add(Code.If(Code.IsNotNull(items), known));
        return result;
    }

    /// <summary>
    /// <c>for (int iN = 0; iN &lt; items.Count; iN++) { T eN = items[iN]; … }</c>, without an enumerator to allocate; the
    /// body is given the element and its (0-based) index.
    /// </summary>
    private StatementSyntax Loop(ExpressionSyntax items, VariableSymbol variable, TypeSymbol listType, Action<List<StatementSyntax>, ExpressionSyntax, ExpressionSyntax> body)
    {
        var index = Fresh("i");
        var element = Fresh("e");
        List<StatementSyntax> statements = [Code.Local(Types.Of(((ListType)listType).Element), element,
            ElementAccessExpression(items, BracketedArgumentList(SingletonSeparatedList(Argument(Code.Name(index))))))];
        variables[variable] = Code.Name(element);
        body(statements, Code.Name(element), Code.Name(index));
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
