using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Lowering;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Translates lowered expressions into statements of one generated method and the expression that holds its
/// value. Each typed operation becomes a call of the runtime method of that name (<see cref="Runtime.Evaluation.Operations"/>),
/// the method the interpreter calls too; policy types only choose the C# type that holds a value. In traced
/// mode it makes exactly the <see cref="Runtime.Evaluation.EvaluationTrace"/> calls the interpreter makes, in
/// the same order (docs/evaluation-semantics.md); in fast mode it makes none and short-circuits where Kleene
/// logic allows. Every value is held nullable (onbekend is null), in a fresh local (t1, t2, …), so the
/// expressions handed back are side-effect free, cheap to repeat, and may always be tested against null.
/// </summary>
internal sealed partial class ExpressionLowerer(GeneratorContext context, MethodSignature signature)
{
    private readonly Dictionary<VariableSymbol, ExpressionSyntax> variables = [];
    private int nextId;

    private bool Traced => signature.Traced;

    private CodeTypes Types => context.Types;

    private static ExpressionSyntax TraceVariable => Code.Name(MethodSignature.Trace);

    public string Fresh(string prefix) => prefix + ++nextId;

    /// <summary>Gives a variable its C# expression from outside: a timeline event's date (CSharpGenerator.Timelines.cs).</summary>
    public void Bind(VariableSymbol variable, ExpressionSyntax value) => variables[variable] = value;

    /// <summary>Lowers a bound expression (see <see cref="Lowerer"/>) and translates it into C#.</summary>
    public ExpressionSyntax Lower(BoundExpression expression, List<StatementSyntax> block) =>
        Emit(Lowerer.For(context.Policy.SubjectVariable).Lower(expression), block);

    /// <summary>Lowers a date rule (an ingangsdatum, a relative timeline moment; <see cref="Lowerer.LowerAsDate"/>) and translates it into C# of type <c>DateOnly?</c>.</summary>
    public ExpressionSyntax LowerAsDate(BoundExpression rule, List<StatementSyntax> block) =>
        Emit(Lowerer.For(context.Policy.SubjectVariable).LowerAsDate(rule), block);

    private ExpressionSyntax Emit(LoweredExpression expression, List<StatementSyntax> block) => expression switch
    {
        LoweredLiteral literal => Literal(literal),
        LoweredSubject => Code.Name(MethodSignature.Subject),
        LoweredVariable variable => variables[variable.Variable],
        LoweredParameter parameter => Code.Member(Code.Name(MethodSignature.Inputs), parameter.Parameter == InputParameter.RequestDate ? "RequestDate" : "EvaluationDate"),
        LoweredFactRead read => FactRead(read, block),
        LoweredDefinitionReference reference => Definition(reference, block),
        LoweredConversion conversion => Operation(conversion.Conversion.ToString(), Emit(conversion.Operand, block)),
        LoweredNegate negate => Temp(Types.Of(negate.Type), Operation(negate.Operation.ToString(), Emit(negate.Operand, block)), block),
        LoweredNot not => Temp(NullableBool, Operation("Not", Emit(not.Operand, block)), block),
        LoweredArithmetic arithmetic => Arithmetic(arithmetic, block),
        LoweredLogical logical => Logical(logical, block),
        LoweredComparison comparison => Compare(comparison, block),
        LoweredSetOutcome outcome => SetOutcome(outcome, block),
        LoweredEquality equality => Equality(equality, block),
        LoweredMembership membership => Membership(membership, block),
        LoweredKnownTest test => KnownTest(test, block),
        LoweredEmptyTest test => EmptyTest(test, block),
        LoweredImplication implication => Implication(implication, block),
        LoweredChoice choice => Choice(choice, block),
        LoweredQuantifier quantifier => Quantified(quantifier, block),
        LoweredSum sum => Sum(sum, block),
        LoweredCount count => Temp(Code.Nullable(Code.Long()), Operation("ListCount", ListLocal(count.Source, block)), block),
        LoweredList list => List(list, block, asObjects: false),
        LoweredDateFunction function => Temp(Types.Of(function.Type), Operation(function.Function.ToString(), Emit(function.Operand, block)), block),
        LoweredExtreme extreme => Extreme(extreme, block),
        _ => throw new InvalidOperationException($"Cannot generate code for {expression.GetType().Name}; policies with errors are not compiled."),
    };

    /// <summary>Declares <c>T tN = value;</c> and returns tN.</summary>
    private IdentifierNameSyntax Temp(TypeSyntax type, ExpressionSyntax value, List<StatementSyntax> block)
    {
        var name = Fresh("t");
        block.Add(Code.Local(type, name, value));
        return Code.Name(name);
    }

    /// <summary>A value in a local (or the subject, a parameter), so null tests on it inform the nullable analysis.</summary>
    private ExpressionSyntax Stable(ExpressionSyntax value, TypeSymbol type, List<StatementSyntax> block) =>
        value is IdentifierNameSyntax ? value : Temp(Types.Of(type), value, block);

    /// <summary>Trace and membership parameters are object?; C# boxes implicitly, so the value goes as it is.</summary>
    private static ExpressionSyntax Boxed(ExpressionSyntax value) => value;

    private void Record(List<StatementSyntax> block, string method, params ExpressionSyntax[] arguments)
    {
        if (Traced)
        {
            block.Add(Code.Do(Code.Call(Code.Member(TraceVariable, method), arguments)));
        }
    }

    private static ExpressionSyntax Label(string? label) => Code.String(label);

    private static ExpressionSyntax Kind(ValueKind kind) => CodeTypes.Kind(kind);

    /// <summary>A literal held as its nullable type, as every other value is: it may be tested against null like any.</summary>
    private ExpressionSyntax Literal(LoweredLiteral literal)
    {
        ExpressionSyntax value = literal.Value switch
        {
            long l => Code.Integer(l),
            decimal d => Code.Decimal(d),
            string s => Code.String(s),
            bool b => Code.Bool(b),
            DateOnly d => Code.New(CodeTypes.DateOnly, Code.Int32(d.Year), Code.Int32(d.Month), Code.Int32(d.Day)),
            DateTime m when m.Ticks % TimeSpan.TicksPerSecond == 0 =>
                Code.New(CodeTypes.DateTime, Code.Int32(m.Year), Code.Int32(m.Month), Code.Int32(m.Day), Code.Int32(m.Hour), Code.Int32(m.Minute), Code.Int32(m.Second)),
            DateTime m => Code.New(CodeTypes.DateTime, Code.Integer(m.Ticks)),
            Duration t => Code.New(CodeTypes.Duration, Code.Integer(t.Amount), Code.Member(CodeTypes.DurationUnit, t.Unit.ToString())),
            var other => throw new InvalidOperationException($"Unexpected literal of type {other.GetType().Name}."),
        };
        return literal.Value is string ? value : Code.Cast(Types.Of(literal.Type), value);
    }

    private ExpressionSyntax FactRead(LoweredFactRead read, List<StatementSyntax> block)
    {
        var target = Emit(read.Record, block);
        var property = context.Names.Property(read.Field);
        var isSubject = read.Record is LoweredSubject;
        if (!Traced)
        {
            return isSubject ? Code.Member(target, property) : NullConditional(target, property);
        }

        // Interpreter: an unknown record gives an unknown field and records nothing; otherwise Fact, then Flag for ja/nee.
        var value = Code.Call(Code.Member(TraceVariable, "Fact"), Code.Member(target, property), Code.String(read.FactPath));
        if (isSubject)
        {
            var known = Temp(Types.Of(read.Type), value, block);
            if (read.RecordsFlag)
            {
                Record(block, "Flag", Code.String(read.Field.Name), known);
            }

            return known;
        }

        var result = Temp(Types.Of(read.Type), Code.Null, block);
        List<StatementSyntax> whenKnown = [Code.Assign(result, value)];
        if (read.RecordsFlag)
        {
            Record(whenKnown, "Flag", Code.String(read.Field.Name), result);
        }

        block.Add(Code.If(Code.IsNotNull(target), whenKnown));
        return result;
    }

    /// <summary><c>a?.b</c>; on <c>a?.b</c> it gives <c>a?.b?.c</c>, nested to the right as the parser reads it.</summary>
    private static ConditionalAccessExpressionSyntax NullConditional(ExpressionSyntax target, string property) =>
        target is ConditionalAccessExpressionSyntax chain
            ? chain.WithWhenNotNull(chain.WhenNotNull is ConditionalAccessExpressionSyntax inner
                ? NullConditional(inner, property)
                : ConditionalAccessExpression(chain.WhenNotNull, MemberBindingExpression(Code.Name(property))))
            : ConditionalAccessExpression(target, MemberBindingExpression(Code.Name(property)));

    /// <summary>
    /// <c>X is voldaan</c>: the fast path asks X's <c>CheckCore</c> (sharing the memo), the traced path its
    /// <c>EvaluateCore</c> with a trace of its own, then <c>trace.SetOutcome</c>, as the interpreter does.
    /// </summary>
    private ExpressionSyntax SetOutcome(LoweredSetOutcome outcome, List<StatementSyntax> block)
    {
        var set = context.Names.Type(context.Names.SetClass(outcome.Set));
        ExpressionSyntax result;
        if (Traced)
        {
            List<ExpressionSyntax> arguments = [.. signature.SubjectType is null ? [] : new[] { Code.Name(MethodSignature.Subject) }, Code.Name(MethodSignature.Inputs), Code.New(CodeTypes.Trace)];
            var evaluated = Temp(CodeTypes.RequirementSetResult, Code.Call(Code.Member(set, "EvaluateCore"), arguments), block);
            result = Code.Member(evaluated, "Outcome");
            Record(block, "SetOutcome", Code.String(outcome.Set.Name), result, Code.Member(evaluated, "MissingFacts"));
        }
        else
        {
            result = Code.Invoke(Code.Member(set, "CheckCore"), signature.Arguments());
        }

        var truth = Temp(NullableBool, Operation("SetSatisfied", result), block);
        return outcome.Negated ? Temp(NullableBool, Operation("Not", truth), block) : truth;
    }

    private ExpressionSyntax Definition(LoweredDefinitionReference reference, List<StatementSyntax> block)
    {
        var names = context.Names.Definition(reference.Definition);
        var method = Code.Member(context.Names.Type(GeneratedNames.DefinitionsClass), Traced ? names.Traced : names.Fast);
        var value = Temp(Types.Of(reference.Type), Code.Invoke(method, signature.Arguments()), block);
        if (reference.RecordsFlag)
        {
            Record(block, "Flag", Code.String(reference.Definition.Name), value);
        }

        return value;
    }
}
