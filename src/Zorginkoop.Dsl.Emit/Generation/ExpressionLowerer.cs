using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Runtime.Values;
using Zorginkoop.Dsl.Semantics.Binding;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Translates a bound expression into statements of one generated method and the expression that holds its
/// value. In traced mode it makes exactly the <see cref="Runtime.Evaluation.EvaluationTrace"/> calls the
/// interpreter makes, in the same order (docs/evaluation-semantics.md); in fast mode it makes none and
/// short-circuits where Kleene logic allows. Every intermediate value lives in a fresh local (t1, t2, …), so
/// the expressions handed back are side-effect free and cheap to repeat.
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

    public ExpressionSyntax Lower(BoundExpression expression, List<StatementSyntax> block) => expression switch
    {
        BoundLiteral literal => Literal(literal.Value),
        BoundVariable variable => variable.Variable == context.Policy.SubjectVariable ? Code.Name(MethodSignature.Subject) : variables[variable.Variable],
        BoundParameter parameter => Code.Member(Code.Name(MethodSignature.Inputs), parameter.Parameter == BuiltInParameters.RequestDate ? "RequestDate" : "EvaluationDate"),
        BoundFieldAccess access => FieldAccess(access, block),
        BoundDefinitionReference reference => Definition(reference, block),
        BoundUnary unary => Unary(unary, block),
        BoundBinary binary => Binary(binary, block),
        BoundTest test => Test(test, block),
        BoundConditional conditional => Conditional(conditional, block),
        BoundQuantified quantified => Quantified(quantified, block),
        BoundSum sum => Sum(sum, block),
        BoundCount count => Count(count, block),
        BoundList list => List(list, block, asObjects: false),
        BoundDateFunction function => DateFunction(function, block),
        BoundExtremeDate extreme => Extreme(extreme, block),
        _ => throw new InvalidOperationException($"Cannot generate code for {expression.GetType().Name}; policies with errors are not compiled."),
    };

    /// <summary>Declares <c>T tN = value;</c> and returns tN.</summary>
    private IdentifierNameSyntax Temp(TypeSyntax type, ExpressionSyntax value, List<StatementSyntax> block)
    {
        var name = Fresh("t");
        block.Add(Code.Local(type, name, value));
        return Code.Name(name);
    }

    /// <summary>Literals have non-nullable C# types; a cast makes overloads and null tests see the policy type.</summary>
    private ExpressionSyntax Typed(ExpressionSyntax value, TypeSymbol type) =>
        value is LiteralExpressionSyntax or ObjectCreationExpressionSyntax or PrefixUnaryExpressionSyntax
            ? Code.Cast(Types.Of(type), value)
            : value;

    /// <summary>A value in a local (or the subject, a parameter), so null tests on it inform the nullable analysis.</summary>
    private ExpressionSyntax Stable(ExpressionSyntax value, TypeSymbol type, List<StatementSyntax> block) =>
        value is IdentifierNameSyntax ? value : Temp(Types.Of(type), value, block);

    /// <summary>An aantal used where a decimaal is expected is held as decimal, as the interpreter's Widen does.</summary>
    private static ExpressionSyntax Widen(ExpressionSyntax value, TypeSymbol from, TypeSymbol to) =>
        from == PrimitiveType.Integer && to == PrimitiveType.Decimal ? Code.Cast(Code.Nullable(Code.DecimalType()), value) : value;

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

    private static ExpressionSyntax Kind(TypeSymbol type) => CodeTypes.Kind(type.Kind);

    private static ExpressionSyntax Literal(object value) => value switch
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
        _ => throw new InvalidOperationException($"Unexpected literal of type {value.GetType().Name}."),
    };

    private ExpressionSyntax FieldAccess(BoundFieldAccess access, List<StatementSyntax> block)
    {
        var target = Lower(access.Target, block);
        var property = context.Names.Property(access.Field);
        var isSubject = access.Target is BoundVariable { Variable: var variable } && variable == context.Policy.SubjectVariable;
        if (!Traced)
        {
            return isSubject ? Code.Member(target, property) : NullConditional(target, property);
        }

        // Interpreter: an unknown record gives an unknown field and records nothing; otherwise Fact, then Flag for ja/nee.
        var read = Code.Call(Code.Member(TraceVariable, "Fact"), Code.Member(target, property), Code.String(access.FactPath));
        var flag = access.Type == PrimitiveType.Boolean;
        if (isSubject)
        {
            var value = Temp(Types.Of(access.Type), read, block);
            if (flag)
            {
                Record(block, "Flag", Code.String(access.Field.Name), value);
            }

            return value;
        }

        var result = Temp(Types.Of(access.Type), Code.Null, block);
        List<StatementSyntax> known = [Code.Assign(result, read)];
        if (flag)
        {
            Record(known, "Flag", Code.String(access.Field.Name), result);
        }

        block.Add(Code.If(Code.IsNotNull(target), known));
        return result;
    }

    /// <summary><c>a?.b</c>; on <c>a?.b</c> it gives <c>a?.b?.c</c>, nested to the right as the parser reads it.</summary>
    private static ConditionalAccessExpressionSyntax NullConditional(ExpressionSyntax target, string property) =>
        target is ConditionalAccessExpressionSyntax chain
            ? chain.WithWhenNotNull(chain.WhenNotNull is ConditionalAccessExpressionSyntax inner
                ? NullConditional(inner, property)
                : ConditionalAccessExpression(chain.WhenNotNull, MemberBindingExpression(Code.Name(property))))
            : ConditionalAccessExpression(target, MemberBindingExpression(Code.Name(property)));

    private ExpressionSyntax Definition(BoundDefinitionReference reference, List<StatementSyntax> block)
    {
        var (traced, fast) = context.Names.Definition(reference.Definition);
        var method = Code.Member(context.Names.Type(GeneratedNames.DefinitionsClass), Traced ? traced : fast);
        var value = Temp(Types.Of(reference.Type), Code.Call(method, signature.Arguments()), block);
        if (reference.Type == PrimitiveType.Boolean)
        {
            Record(block, "Flag", Code.String(reference.Definition.Name), value);
        }

        return value;
    }
}
