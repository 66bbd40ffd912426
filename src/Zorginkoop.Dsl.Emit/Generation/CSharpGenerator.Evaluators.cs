using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Syntax.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

public sealed partial class CSharpGenerator
{
    private static readonly TypeSyntax NullableBool = Code.Nullable(Code.Bool());

    /// <summary>The local a memoised value is read into; generated temporaries always end in a number, so it is free.</summary>
    private const string KnownLocal = "known";

    private MethodSignature Traced => new(SubjectType, Traced: true, MemoType);

    private MethodSignature Fast => new(SubjectType, Traced: false, MemoType);

    private TypeSyntax MemoType => Names.Type(GeneratedNames.MemoStruct);

    private static ExpressionSyntax Location(SourceLocation location)
    {
        var at = PolicyLocations.Of(location);
        return Code.New(CodeTypes.PolicyLocation, Code.String(at.File), Code.Int32(at.Line), Code.Int32(at.Column));
    }

    private ClassDeclarationSyntax DefinitionsClass()
    {
        List<MemberDeclarationSyntax> members = [];
        foreach (var definition in Policy.Definitions)
        {
            var names = Names.Definition(definition);
            members.Add(MemoKeyField(names.Key));
            members.Add(DefinitionMethod(definition, names.Traced, names.Key, Traced));
            members.Add(DefinitionMethod(definition, names.Fast, names.Key, Fast));
        }

        return StaticClass(GeneratedNames.DefinitionsClass, SyntaxKind.InternalKeyword, members);
    }

    /// <summary>The object a definition or set is known by in the evaluation's memo.</summary>
    private static FieldDeclarationSyntax MemoKeyField(string name) =>
        Field(Code.Object(), name, Code.New(Code.Object()), SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword);

    /// <summary>
    /// <c>internal struct PolicyMemo</c>: one fast evaluation's memo, a typed value and a "known" flag per definition
    /// and per included set. <c>Check</c> declares it on its stack and passes it by reference, so the fast path
    /// remembers without allocating or boxing; the traced path keeps the trace's keyed memo, as the interpreter does.
    /// </summary>
    private StructDeclarationSyntax MemoStruct()
    {
        List<MemberDeclarationSyntax> fields = [];
        foreach (var (symbol, slot) in Names.MemoSlots)
        {
            var type = symbol is DefinitionSymbol definition ? Types.Of(definition.Type) : CodeTypes.Outcome;
            fields.Add(SlotField(type, slot.Value));
            fields.Add(SlotField(Code.Bool(), slot.Known));
        }

        return StructDeclaration(Code.Token(GeneratedNames.MemoStruct))
            .WithModifiers(Code.Modifiers(SyntaxKind.InternalKeyword))
            .WithMembers(List(fields));
    }

    private static FieldDeclarationSyntax SlotField(TypeSyntax type, string name) =>
        FieldDeclaration(VariableDeclaration(type, SingletonSeparatedList(VariableDeclarator(Code.Token(name)))))
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword));

    /// <summary><c>if (memo.XKnown) return memo.X;</c></summary>
    private static StatementSyntax ReturnIfKnown(MemoSlot slot) =>
        Code.If(Code.Member(Code.Name(MethodSignature.Memo), slot.Known), [Code.Return(Code.Member(Code.Name(MethodSignature.Memo), slot.Value))]);

    /// <summary><c>FastMemo.Remember(ref memo.XKnown, ref memo.X, value)</c>: the value, kept for the rest of the evaluation.</summary>
    private static ExpressionSyntax RememberIn(MemoSlot slot, ExpressionSyntax value) =>
        Code.Invoke(Code.Member(CodeTypes.FastMemo, "Remember"),
            RefTo(slot.Known), RefTo(slot.Value), Argument(value));

    private static ArgumentSyntax RefTo(string field) =>
        Argument(Code.Member(Code.Name(MethodSignature.Memo), field)).WithRefKindKeyword(Token(SyntaxKind.RefKeyword));

    /// <summary>
    /// A definition is a method evaluated once per evaluation (docs/evaluation-semantics.md): a later use takes the
    /// value from the memo and, traced, replays what evaluating it told the trace, exactly as the interpreter does.
    /// </summary>
    private MethodDeclarationSyntax DefinitionMethod(DefinitionSymbol definition, string name, string keyName, MethodSignature signature)
    {
        var lowerer = new ExpressionLowerer(context, signature);
        var type = Types.Of(definition.Type);
        var key = Argument(Code.Name(keyName));
        var trace = Code.Name(MethodSignature.Trace);
        List<StatementSyntax> body = [];
        if (signature.Traced)
        {
            body.Add(Code.If(Code.GenericCall(trace, "TryReplayDefinition", type, key, Code.OutVar(KnownLocal)), [Code.Return(Code.Name(KnownLocal))]));
            body.Add(Code.Do(Code.Call(Code.Member(trace, "BeginDefinition"))));
            var value = lowerer.Lower(definition.Value, body);
            body.Add(Code.Return(Code.GenericCall(trace, "EndDefinition", type, key, Argument(value))));
        }
        else
        {
            var slot = Names.Slot(definition)!;
            body.Add(ReturnIfKnown(slot));
            var value = lowerer.Lower(definition.Value, body);
            body.Add(Code.Return(RememberIn(slot, value)));
        }

        return Method(type, name, signature.Parameters(), body, SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword);
    }

    /// <summary>An included set's result computed before in this evaluation: <c>if (trace.Memo.TryGet&lt;T&gt;(MemoKey, out var known)) return known;</c></summary>
    private static StatementSyntax ReturnRemembered(MethodSignature signature, TypeSyntax type) =>
        Code.If(Code.GenericCall(signature.TracedMemo, "TryGet", type, Argument(Code.Name(GeneratedNames.SetMemoKey)), Code.OutVar(KnownLocal)), [Code.Return(Code.Name(KnownLocal))]);

    /// <summary><c>trace.Memo.Remember&lt;T&gt;(key, value)</c>: the value, kept for the rest of the evaluation.</summary>
    private static ExpressionSyntax Remembered(MethodSignature signature, TypeSyntax type, ExpressionSyntax value, string key = GeneratedNames.SetMemoKey) =>
        Code.GenericCall(signature.TracedMemo, "Remember", type, Argument(Code.Name(key)), Argument(value));

    private ClassDeclarationSyntax EvaluatorClass(RequirementSetSymbol set)
    {
        var className = Names.SetClass(set);
        List<MemberDeclarationSyntax> members =
        [
            Field(Code.StringType(), "Name", Code.String(set.Name), SyntaxKind.PublicKeyword, SyntaxKind.ConstKeyword),
            Field(Code.Nullable(Code.StringType()), "Title", Code.String(set.Title), SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword),
            Field(CodeTypes.PolicyLocation, "Location", Location(set.Location), SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword),
            MemoKeyField(GeneratedNames.SetMemoKey),
        ];
        foreach (var requirement in GeneratedNames.Flatten(set.Requirements))
        {
            members.Add(Field(CodeTypes.PolicyLocation, Names.Requirement(requirement).Location, Location(requirement.Location),
                SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword));
        }

        members.AddRange(EntryPoints());
        members.Add(EvaluateCore(set));
        members.Add(CheckCore(set));
        foreach (var requirement in GeneratedNames.Flatten(set.Requirements))
        {
            members.Add(EvaluateRequirement(set, requirement));
            members.Add(CheckRequirement(requirement));
        }

        return StaticClass(className, SyntaxKind.PublicKeyword, members);
    }

    /// <summary><c>Evaluate(facts, inputs)</c> with explanations and <c>Check(facts, inputs)</c> for the outcome only.</summary>
    private IEnumerable<MemberDeclarationSyntax> EntryPoints()
    {
        var parameters = new List<ParameterSyntax>();
        var guard = new List<StatementSyntax>();
        var arguments = new List<ExpressionSyntax>();
        if (SubjectType is not null)
        {
            parameters.Add(Code.Parameter(SubjectType, FactsParameter));
            guard.Add(Code.Do(Code.Call(Code.Member(Code.Fixed("global::System.ArgumentNullException"), "ThrowIfNull"), Code.Name(FactsParameter))));
            arguments.Add(Code.Name(FactsParameter));
        }

        parameters.Add(Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs, Code.Null));
        arguments.Add(BinaryExpression(SyntaxKind.CoalesceExpression, Code.Name(MethodSignature.Inputs), Code.Member(CodeTypes.Inputs, "None")));

        yield return Method(CodeTypes.RequirementSetResult, "Evaluate", parameters,
            [.. guard, Code.Return(Code.Call(Code.Name("EvaluateCore"), [.. arguments, Code.New(CodeTypes.Trace)]))],
            SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword);
        yield return Method(CodeTypes.Outcome, "Check", parameters,
            [.. guard, Fast.FreshMemo(), Code.Return(Code.Invoke(Code.Name("CheckCore"), [.. arguments.Select(Argument), Code.Ref(MethodSignature.Memo)]))],
            SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword);
    }

    private MethodDeclarationSyntax EvaluateCore(RequirementSetSymbol set)
    {
        var trace = Code.Name(MethodSignature.Trace);
        var take = Code.Call(Code.Member(trace, "Take"));
        var result = CodeTypes.RequirementSetResult;
        // A set included along several paths is evaluated once; the same result object stands in each place.
        List<StatementSyntax> body = [ReturnRemembered(Traced, result)];
        ExpressionSyntax applies = Code.Bool(true);
        ExpressionSyntax applicability = TupleExpression(SeparatedList([Argument(Code.Member(CodeTypes.SetAssembly, "NoEvidence")), Argument(Code.Member(CodeTypes.SetAssembly, "NoEvidence"))]));
        var lowerer = new ExpressionLowerer(context, Traced);
        if (set.AppliesTo is not null)
        {
            var truth = lowerer.Lower(set.AppliesTo, body);
            body.Add(Code.Local(NullableBool, "applies", truth));
            body.Add(Code.Local(IdentifierName("var"), "applicability", take));
            body.Add(Code.If(Code.Equal(Code.Name("applies"), Code.Bool(false)),
                [Code.Return(Remembered(Traced, result, Code.Call(Code.Member(CodeTypes.SetAssembly, "NotApplicable"), Code.Name("Name"), Code.Name("Title"), Code.Name("Location"), Code.Member(Code.Name("applicability"), "Evidence"))))]));
            applies = Code.Name("applies");
            applicability = Code.Name("applicability");
        }

        var included = Code.Array(CodeTypes.RequirementSetResult, set.Includes.Select(i =>
            (ExpressionSyntax)Code.Invoke(Code.Member(Names.Type(Names.SetClass(i)), "EvaluateCore"), Traced.Arguments())));
        var requirements = Code.Array(CodeTypes.RequirementResult, set.Requirements.Select(r =>
            (ExpressionSyntax)Code.Invoke(Code.Name(Names.Requirement(r).Evaluate), Traced.Arguments())));
        List<ExpressionSyntax> arguments = [Code.Name("Name"), Code.Name("Title"), Code.Name("Location"), Code.Bool(set.Discretion is { Condition: null }), applies, applicability, included, requirements];
        if (!set.RequiredIncludes.IsEmpty)
        {
            // Which included sets must apply (omvat … verplicht, or an addendum's omvat); without any, the shorter overload.
            arguments.Add(Code.Array(Code.Bool(), set.Includes.Select(i => (ExpressionSyntax)Code.Bool(set.RequiredIncludes.Contains(i)))));
        }

        ReturnJudged(set.Discretion, CodeTypes.SetAssembly, Code.Call(Code.Member(CodeTypes.SetAssembly, "Set"), [.. arguments]), body, lowerer, value => Remembered(Traced, result, value));
        return Method(CodeTypes.RequirementSetResult, "EvaluateCore", Traced.Parameters(), body, SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword);
    }

    /// <summary>The fast path: stops at the first failing include or requirement, which decides the set by Kleene AND.</summary>
    private MethodDeclarationSyntax CheckCore(RequirementSetSymbol set)
    {
        var outcome = CodeTypes.Outcome;
        var notSatisfied = Code.Member(outcome, "NotSatisfied");
        var truth = Code.Name("truth");
        var lowerer = new ExpressionLowerer(context, Fast);
        // A set some other set includes has a slot in the memo: along a second path its outcome is taken from there.
        var slot = Names.Slot(set);
        List<StatementSyntax> body = slot is null ? [] : [ReturnIfKnown(slot)];
        StatementSyntax Return(ExpressionSyntax value) => Code.Return(slot is null ? value : RememberIn(slot, value));
        if (set.AppliesTo is not null)
        {
            body.Add(Code.Local(NullableBool, "truth", lowerer.Lower(set.AppliesTo, body)));
            body.Add(Code.If(Code.Equal(truth, Code.Bool(false)), [Return(Code.Member(outcome, "NotApplicable"))]));
        }
        else
        {
            body.Add(Code.Local(NullableBool, "truth", Code.Bool(true)));
        }

        foreach (var included in set.Includes)
        {
            var name = lowerer.Fresh("o");
            body.Add(Code.Local(outcome, name, Code.Invoke(Code.Member(Names.Type(Names.SetClass(included)), "CheckCore"), Fast.Arguments())));
            if (set.RequiredIncludes.Contains(included))
            {
                // A required set that does not apply fails the set as a failing one does (OutcomeTruth.OfRequired).
                var counted = lowerer.Fresh("t");
                body.Add(Code.Local(NullableBool, counted, Code.Call(Code.Member(CodeTypes.OutcomeTruth, "OfRequired"), Code.Name(name))));
                body.Add(Code.If(Code.Equal(Code.Name(counted), Code.Bool(false)), [Return(notSatisfied)]));
                body.Add(Code.Assign(truth, Code.Call(Code.Member(CodeTypes.Kleene, "And"), truth, Code.Name(counted))));
                continue;
            }

            body.Add(Code.If(Code.Equal(Code.Name(name), notSatisfied), [Return(notSatisfied)]));
            body.Add(Code.Assign(truth, Code.Call(Code.Member(CodeTypes.Kleene, "And"), truth, Code.Call(Code.Member(CodeTypes.OutcomeTruth, "Of"), Code.Name(name)))));
        }

        foreach (var requirement in set.Requirements)
        {
            var name = lowerer.Fresh("r");
            body.Add(Code.Local(NullableBool, name, Code.Invoke(Code.Name(Names.Requirement(requirement).Check), Fast.Arguments())));
            body.Add(Code.If(Code.Equal(Code.Name(name), Code.Bool(false)), [Return(notSatisfied)]));
            body.Add(Code.Assign(truth, Code.Call(Code.Member(CodeTypes.Kleene, "And"), truth, Code.Name(name))));
        }

        body.Add(Return(Code.Call(Code.Member(CodeTypes.OutcomeText, "FromTruth"), truth)));
        return Method(outcome, "CheckCore", Fast.Parameters(), body, SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword);
    }

    private MethodDeclarationSyntax EvaluateRequirement(RequirementSetSymbol set, RequirementSymbol requirement)
    {
        var names = Names.Requirement(requirement);
        var descriptive = new ExpressionSyntax[] { Code.String(requirement.Path), Code.String(requirement.Sentence), Code.Name(names.Location), Code.Bool(requirement.Discretion is { Condition: null }) };
        List<StatementSyntax> body = [];
        if (requirement.IsGroup)
        {
            var children = Code.Array(CodeTypes.RequirementResult, requirement.Children.Select(c =>
                (ExpressionSyntax)Code.Invoke(Code.Name(Names.Requirement(c).Evaluate), Traced.Arguments())));
            ReturnJudged(requirement.Discretion, CodeTypes.RequirementAssembly, Code.Call(Code.Member(CodeTypes.RequirementAssembly, "Group"), [.. descriptive, children]), body);
        }
        else
        {
            var lowerer = new ExpressionLowerer(context, Traced);
            var take = Code.Call(Code.Member(Code.Name(MethodSignature.Trace), "Take"));
            body.Add(Code.Local(NullableBool, "truth", lowerer.Lower(requirement.Condition!, body)));
            // Only a condition with element exceptions asks which applied (after Take, which sets it): arguments run in order.
            ExpressionSyntax[] elementException = BoundQuantified.AnyElementExceptions(requirement.Condition)
                ? [Code.Member(Code.Name(MethodSignature.Trace), "TakenElementException")]
                : [];
            if (requirement.Exceptions.IsEmpty)
            {
                ReturnJudged(requirement.Discretion, CodeTypes.RequirementAssembly, Code.Call(Code.Member(CodeTypes.RequirementAssembly, "Requirement"), [.. descriptive, Code.Name("truth"), take, .. elementException]), body, lowerer);
            }
            else
            {
                // Exceptions are tried in order until one applies, each with its own trace.
                var trail = Code.Name("trail");
                body.Add(Code.Local(IdentifierName("var"), "trail", Code.New(CodeTypes.ExceptionTrail, [take, .. elementException])));
                List<StatementSyntax>? innermost = null;
                for (var i = requirement.Exceptions.Length - 1; i >= 0; i--)
                {
                    var exception = requirement.Exceptions[i];
                    List<StatementSyntax> attempt = [];
                    var applies = lowerer.Lower(exception.Condition, attempt);
                    var tried = Code.Call(Code.Member(trail, "Exception"), applies, take, Code.String(exception.Description ?? string.Empty));
                    attempt.Add(innermost is null ? Code.Do(tried) : Code.If(Code.Not(tried), innermost));
                    innermost = attempt;
                }

                body.Add(Code.If(Code.NotEqual(Code.Name("truth"), Code.Bool(true)), innermost!));
                ReturnJudged(requirement.Discretion, CodeTypes.RequirementAssembly, Code.Call(Code.Member(trail, "Complete"), [.. descriptive, Code.Name("truth")]), body, lowerer);
            }
        }

        return Method(CodeTypes.RequirementResult, names.Evaluate, Traced.Parameters(), body, SyntaxKind.PrivateKeyword, SyntaxKind.StaticKeyword);
    }

    /// <summary>
    /// <c>return result;</c>, or under a discretion with a reason or a condition: the result, and for a failure the
    /// condition evaluated with its own trace and <c>Discretion(result, reason, applies, taken, condition)</c> of the
    /// runtime (<paramref name="assembly"/>: RequirementAssembly or SetAssembly), as the interpreter does.
    /// </summary>
    private void ReturnJudged(Discretion? discretion, TypeSyntax assembly, ExpressionSyntax result, List<StatementSyntax> body,
        ExpressionLowerer? lowerer = null, Func<ExpressionSyntax, ExpressionSyntax>? remember = null)
    {
        remember ??= value => value;
        if (discretion is null || (discretion.Condition is null && discretion.Reason is null))
        {
            body.Add(Code.Return(remember(result)));
            return;
        }

        var name = Code.Name("judged");
        body.Add(Code.Local(IdentifierName("var"), "judged", result));
        List<StatementSyntax> failing = [];
        ExpressionSyntax applies = Code.Bool(true);
        ExpressionSyntax taken = TupleExpression(SeparatedList([Argument(Code.Member(CodeTypes.SetAssembly, "NoEvidence")), Argument(Code.Member(CodeTypes.SetAssembly, "NoEvidence"))]));
        if (discretion.Condition is not null)
        {
            lowerer ??= new ExpressionLowerer(context, Traced);
            failing.Add(Code.Local(NullableBool, "mayDeviate", lowerer.Lower(discretion.Condition, failing)));
            applies = Code.Name("mayDeviate");
            taken = Code.Call(Code.Member(Code.Name(MethodSignature.Trace), "Take"));
        }

        failing.Add(Code.Assign(name, Code.Call(Code.Member(assembly, "Discretion"), name, Code.String(discretion.Reason), applies, taken, Code.String(discretion.ConditionText))));
        body.Add(Code.If(Code.Equal(Code.Member(name, "Outcome"), Code.Member(CodeTypes.Outcome, "NotSatisfied")), failing));
        body.Add(Code.Return(remember(name)));
    }

    private MethodDeclarationSyntax CheckRequirement(RequirementSymbol requirement)
    {
        var lowerer = new ExpressionLowerer(context, Fast);
        List<StatementSyntax> body = [];
        var truth = Code.Name("truth");
        if (requirement.IsGroup)
        {
            body.Add(Code.Local(NullableBool, "truth", Code.Bool(true)));
            foreach (var child in requirement.Children)
            {
                var name = lowerer.Fresh("r");
                body.Add(Code.Local(NullableBool, name, Code.Invoke(Code.Name(Names.Requirement(child).Check), Fast.Arguments())));
                body.Add(Code.If(Code.Equal(Code.Name(name), Code.Bool(false)), [Code.Return(Code.Bool(false))]));
                body.Add(Code.Assign(truth, Code.Call(Code.Member(CodeTypes.Kleene, "And"), truth, Code.Name(name))));
            }

            body.Add(Code.Return(truth));
        }
        else
        {
            body.Add(Code.Local(NullableBool, "truth", lowerer.Lower(requirement.Condition!, body)));
            if (!requirement.Exceptions.IsEmpty)
            {
                body.Add(Code.If(Code.Equal(truth, Code.Bool(true)), [Code.Return(Code.Bool(true))]));
                body.Add(Code.Local(Code.Bool(), "someUnknown", Code.Bool(false)));
                foreach (var exception in requirement.Exceptions)
                {
                    List<StatementSyntax> attempt = [];
                    var applies = lowerer.Lower(exception.Condition, attempt);
                    attempt.Add(Code.If(Code.Equal(applies, Code.Bool(true)), [Code.Return(Code.Bool(true))]));
                    attempt.Add(Code.If(Code.IsNull(applies), [Code.Assign(Code.Name("someUnknown"), Code.Bool(true))]));
                    body.Add(Block(attempt));
                }

                body.Add(Code.Return(Code.Call(Code.Member(CodeTypes.RequirementAssembly, "AfterExceptions"), truth, Code.Name("someUnknown"))));
            }
            else
            {
                body.Add(Code.Return(truth));
            }
        }

        return Method(NullableBool, Names.Requirement(requirement).Check, Fast.Parameters(), body, SyntaxKind.PrivateKeyword, SyntaxKind.StaticKeyword);
    }
}
