using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Symbols;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

public sealed partial class CSharpGenerator
{
    private const string SetParameter = "requirementSet";

    /// <summary>
    /// <c>Policy : IPolicyEvaluator</c>: its contents as static data (no reflection needed to list them) and the
    /// evaluators by set name, converting facts once into the typed subject.
    /// </summary>
    private ClassDeclarationSyntax PolicyClass()
    {
        var policyType = Names.Type(GeneratedNames.PolicyClass);
        var schemas = Names.Type(GeneratedNames.SchemasClass);
        var info = Code.New(CodeTypes.PolicyInfo,
            Code.String(Policy.Header?.Title),
            Code.String(Policy.Header?.Insurer),
            Code.Array(CodeTypes.RequirementSetInfo, Policy.RequirementSets.Select(SetInfo)),
            Code.Member(schemas, "All"));
        var subjectSchema = Policy.Subject is null ? Code.Null : Code.Member(schemas, Names.SchemaField(Policy.Subject));

        List<MemberDeclarationSyntax> members =
        [
            Field(policyType, "Instance", ObjectCreationExpression(policyType).WithArgumentList(ArgumentList()), SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword),
            ConstructorDeclaration(Code.Token(GeneratedNames.PolicyClass)).WithModifiers(Code.Modifiers(SyntaxKind.PrivateKeyword)).WithBody(Block()),
            PropertyDeclaration(CodeTypes.PolicyInfo, Code.Token("Info"))
                .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword))
                .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)))))
                .WithInitializer(EqualsValueClause(info))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
            PropertyDeclaration(Code.Nullable(CodeTypes.RecordSchema), Code.Token("SubjectSchema"))
                .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword))
                .WithExpressionBody(ArrowExpressionClause(subjectSchema))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
            Dispatch(CodeTypes.RequirementSetResult, "Evaluate"),
            Dispatch(CodeTypes.Outcome, "Check"),
            CheckAll(),
            .. TimelineMembers(),
            .. AddendumMembers(),
        ];

        return ClassDeclaration(Code.Token(GeneratedNames.PolicyClass))
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword, SyntaxKind.SealedKeyword))
            .WithBaseList(BaseList(SeparatedList<BaseTypeSyntax>([SimpleBaseType(CodeTypes.PolicyEvaluator), .. TimelineAndAddendumInterfaces()])))
            .WithMembers(List(members));
    }

    private ExpressionSyntax SetInfo(RequirementSetSymbol set)
    {
        var setType = Names.Type(Names.SetClass(set));
        var requirements = GeneratedNames.Flatten(set.Requirements).Select(r => (ExpressionSyntax)Code.New(CodeTypes.RequirementInfo,
            Code.String(r.Path), Code.String(r.Sentence), Code.Member(setType, Names.Requirement(r).Location)));
        return Code.New(CodeTypes.RequirementSetInfo, Code.String(set.Name), Code.String(set.Title), Code.Array(CodeTypes.RequirementInfo, requirements));
    }

    /// <summary>
    /// <c>outcomes[0] = Huisarts.Check(subject, inputs); …</c> in the order of <c>Info.RequirementSets</c>: batches
    /// convert the facts into the typed subject once per record instead of once per set.
    /// </summary>
    private MethodDeclarationSyntax CheckAll()
    {
        const string outcomes = "outcomes";
        List<StatementSyntax> body = [];
        var arguments = SetArguments(body);
        body.AddRange(Policy.RequirementSets.Select((set, index) => Code.Assign(
            ElementAccessExpression(Code.Name(outcomes), BracketedArgumentList(SingletonSeparatedList(Argument(Code.Int32(index))))),
            Code.Call(Code.Member(Names.Type(Names.SetClass(set)), "Check"), arguments))));

        return Method(PredefinedType(Token(SyntaxKind.VoidKeyword)), "CheckAll",
            [
                Code.Parameter(CodeTypes.FactRecord, FactsParameter),
                Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs),
                Code.Parameter(Code.Generic("global::System.Span", CodeTypes.Outcome), outcomes),
            ],
            body, SyntaxKind.PublicKeyword);
    }

    /// <summary>
    /// The arguments of a set's <c>Check</c> or <c>Evaluate</c>: the typed subject, converted from the fact record by
    /// a statement added to <paramref name="body"/> (when the policy has a subject), and the inputs.
    /// </summary>
    private List<ExpressionSyntax> SetArguments(List<StatementSyntax> body)
    {
        List<ExpressionSyntax> arguments = [];
        if (Policy.Subject is { } subject)
        {
            var fromFacts = Code.Call(Code.Member(Names.Type(Names.RecordClass(subject)), "FromFacts"), Code.Name(FactsParameter));
            body.Add(Code.Local(IdentifierName("var"), MethodSignature.Subject, PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, fromFacts)));
            arguments.Add(Code.Name(MethodSignature.Subject));
        }

        arguments.Add(Code.Name(MethodSignature.Inputs));
        return arguments;
    }

    /// <summary><c>switch (requirementSet) { case "Huisarts": return Huisarts.Evaluate(subject, inputs); … }</c></summary>
    private MethodDeclarationSyntax Dispatch(TypeSyntax returnType, string method)
    {
        List<StatementSyntax> body = [];
        var arguments = SetArguments(body);
        var sections = Policy.RequirementSets.Select(set => SwitchSection(
            SingletonList<SwitchLabelSyntax>(CaseSwitchLabel(Code.String(set.Name))),
            SingletonList(Code.Return(Code.Call(Code.Member(Names.Type(Names.SetClass(set)), method), arguments)))));
        // The interpreter's message, so both evaluators fail alike on a name that is not there.
        var message = BinaryExpression(SyntaxKind.AddExpression,
            BinaryExpression(SyntaxKind.AddExpression, Code.String("Unknown requirement set '"), Code.Name(SetParameter)), Code.String("'."));
        var unknown = ThrowStatement(Code.New(Code.Fixed("global::System.ArgumentException"), message,
            Code.String(SetParameter)));
        body.Add(SwitchStatement(Code.Name(SetParameter), List(sections)));
        body.Add(unknown);

        return Method(returnType, method,
            [
                Code.Parameter(Code.StringType(), SetParameter),
                Code.Parameter(CodeTypes.FactRecord, FactsParameter),
                Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs, Code.Null),
            ],
            body, SyntaxKind.PublicKeyword);
    }
}
