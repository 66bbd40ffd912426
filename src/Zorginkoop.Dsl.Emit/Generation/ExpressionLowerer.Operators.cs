using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

internal sealed partial class ExpressionLowerer
{
    private static readonly TypeSyntax NullableBool = Code.Nullable(Code.Bool());

    /// <summary>A call of the runtime method that implements a typed operation; it bears the operation's name.</summary>
    private static ExpressionSyntax Operation(string name, params ExpressionSyntax[] arguments) => Code.Call(Code.Member(CodeTypes.Operations, name), arguments);

    private static ExpressionSyntax Convert(LoweredOperand operand, ExpressionSyntax value) =>
        operand.Conversion is { } conversion ? Operation(conversion.ToString(), value) : value;

    private ExpressionSyntax Arithmetic(LoweredArithmetic arithmetic, List<StatementSyntax> block)
    {
        // The interpreter evaluates both operands, left first, before anything else.
        var left = Emit(arithmetic.Left, block);
        var right = Emit(arithmetic.Right, block);
        return Temp(Types.Of(arithmetic.Type), Operation(arithmetic.Operation.ToString(), left, right), block);
    }

    private ExpressionSyntax Logical(LoweredLogical logical, List<StatementSyntax> block)
    {
        var name = logical.Operation.ToString();
        if (!Traced)
        {
            // Fast mode: 'en' stops at a false left operand, 'of' at a true one; Kleene gives the same answer.
            var isAnd = logical.Operation == LogicalOperation.And;
            var result = Temp(NullableBool, Emit(logical.Left, block), block);
            List<StatementSyntax> rest = [];
            var second = Emit(logical.Right, rest);
            rest.Add(Code.Assign(result, Operation(name, result, second)));
            block.Add(Code.If(Code.NotEqual(result, Code.Bool(!isAnd)), rest));
            return result;
        }

        var left = Emit(logical.Left, block);
        var right = Emit(logical.Right, block);
        return Temp(NullableBool, Operation(name, left, right), block);
    }

    private ExpressionSyntax Compare(LoweredComparison comparison, List<StatementSyntax> block)
    {
        var left = Emit(comparison.Left.Value, block);
        var right = Emit(comparison.Right.Value, block);
        // An ordered keuze passes the Members array of its generated class: nothing is allocated on the fast path.
        ExpressionSyntax[] members = comparison.Choice is { } choice ? [Code.Member(context.Names.Type(context.Names.ChoiceClass(choice)), "Members")] : [];
        var order = Operation(comparison.Operation.ToString(), [Convert(comparison.Left, left), Convert(comparison.Right, right), .. members]);
        var relation = "Order" + comparison.Relation;
        if (!Traced)
        {
            return Temp(NullableBool, Operation(relation, order), block);
        }

        var orderValue = Temp(Code.Nullable(Code.Int()), order, block);
        Record(block, "Comparison", Label(comparison.Left.Label), Boxed(left), Kind(comparison.Left.Kind), Label(comparison.Right.Label), Boxed(right), Kind(comparison.Right.Kind), orderValue);
        return Temp(NullableBool, Operation(relation, orderValue), block);
    }

    private ExpressionSyntax Equality(LoweredEquality equality, List<StatementSyntax> block)
    {
        var left = Emit(equality.Left.Value, block);
        var right = Emit(equality.Right.Value, block);
        var equal = Operation(equality.Operation.ToString(), left, right);
        if (!Traced)
        {
            return Temp(NullableBool, equality.Negated ? Operation("Not", equal) : equal, block);
        }

        var outcome = Temp(NullableBool, equal, block);
        Record(block, "Equality", Label(equality.Left.Label), Boxed(left), Kind(equality.Left.Kind), Label(equality.Right.Label), Boxed(right), Kind(equality.Right.Kind), outcome);
        return equality.Negated ? Temp(NullableBool, Operation("Not", outcome), block) : outcome;
    }

    private ExpressionSyntax Membership(LoweredMembership membership, List<StatementSyntax> block)
    {
        ExpressionSyntax item, list;
        if (membership.ListFirst)
        {
            list = ListAsObjects(membership.List.Value, block);
            item = Emit(membership.Item.Value, block);
        }
        else
        {
            item = Emit(membership.Item.Value, block);
            list = ListAsObjects(membership.List.Value, block);
        }

        var found = Operation("ListContains", list, Boxed(item));
        var result = Temp(NullableBool, membership.Negated ? Operation("Not", found) : found, block);
        Record(block, "Membership", Label(membership.Item.Label), Boxed(item), Kind(membership.Item.Kind), Code.String(membership.Relation), Label(membership.List.Label), list, result);
        return result;
    }

    private ExpressionSyntax KnownTest(LoweredKnownTest test, List<StatementSyntax> block)
    {
        // What it reads is not listed as missing; the trace states what was observed, the negation comes after.
        Record(block, "SuppressMissing");
        var value = Emit(test.Operand, block);
        Record(block, "RestoreMissing");
        var known = Operation("IsKnown", value);
        var observed = Temp(Code.Bool(), test.TestsUnknown ? Code.Not(known) : known, block);
        Record(block, "Test", Code.String(test.Label), Code.String(test.Test), observed);
        return Temp(NullableBool, test.Negated ? Code.Not(observed) : observed, block);
    }

    private ExpressionSyntax EmptyTest(LoweredEmptyTest test, List<StatementSyntax> block)
    {
        var empty = Temp(NullableBool, Operation(test.Operation.ToString(), Emit(test.Operand, block)), block);
        if (Traced)
        {
            List<StatementSyntax> decided = [];
            Record(decided, "Test", Code.String(test.Label), Code.String("leeg"), Code.Member(empty, "Value"));
            block.Add(Code.If(Code.Member(empty, "HasValue"), decided));
        }

        return test.Negated ? Temp(NullableBool, Operation("Not", empty), block) : empty;
    }

    private ExpressionSyntax Implication(LoweredImplication implication, List<StatementSyntax> block)
    {
        // als A dan B: B only when A is not false.
        var condition = Emit(implication.Condition, block);
        var consequence = Temp(NullableBool, Code.Null, block);
        List<StatementSyntax> unlessFalse = [];
        unlessFalse.Add(Code.Assign(consequence, Emit(implication.Consequence, unlessFalse)));
        block.Add(Code.If(Code.NotEqual(condition, Code.Bool(false)), unlessFalse));
        return Temp(NullableBool, Operation("Implies", condition, consequence), block);
    }

    private ExpressionSyntax Choice(LoweredChoice choice, List<StatementSyntax> block)
    {
        var condition = Emit(choice.Condition, block);
        var type = Types.Of(choice.Type);
        var result = Temp(type, Code.Null, block);
        List<StatementSyntax> whenTrue = [];
        whenTrue.Add(Code.Assign(result, Emit(choice.Then, whenTrue)));
        List<StatementSyntax> whenFalse = [];
        whenFalse.Add(Code.Assign(result, Emit(choice.Else, whenFalse)));
        List<StatementSyntax> whenUnknown = [];
        var then = Emit(choice.Then, whenUnknown);
        var otherwise = Emit(choice.Else, whenUnknown);
        var choose = Code.GenericMember(CodeTypes.Operations, "Choose", type);
        whenUnknown.Add(Code.Assign(result, Code.Call(choose, Code.Null, then, otherwise)));

        block.Add(IfStatement(Code.Equal(condition, Code.Bool(true)), Block(whenTrue),
            ElseClause(IfStatement(Code.Equal(condition, Code.Bool(false)), Block(whenFalse), ElseClause(Block(whenUnknown))))));
        return result;
    }

    private ExpressionSyntax Extreme(LoweredExtreme extreme, List<StatementSyntax> block)
    {
        var first = Emit(extreme.First, block);
        var second = Emit(extreme.Second, block);
        return Temp(Types.Of(extreme.Type), Operation(extreme.Operation.ToString(), first, second), block);
    }
}
