using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Emit.Naming;
using Zorginkoop.Dsl.Semantics.Bound;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using Zorginkoop.Dsl.Syntax.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Addenda in the compiled assembly: each addendum's own part (its <c>geldt voor</c>, <c>omvat</c> and
/// requirements) becomes an evaluator class like any requirement set (<see cref="AddendumPart.Of"/>),
/// and a <c>PolicyAddenda</c> class evaluates an addendum or a contract with an <c>ingangsdatum</c>: the required
/// contracts through their set classes, the start-date rule as generated code, combined by the runtime's
/// <c>AddendumOutcome</c> exactly as the interpreter's <see cref="AddendumEvaluator"/> does. <c>Policy</c>
/// implements <c>IPolicyAddenda</c> with it.
/// </summary>
public sealed partial class CSharpGenerator
{
    public const string AddendaClass = "PolicyAddenda";

    private static readonly TypeSyntax AddendumInfoType = Code.Runtime("Evaluation.AddendumInfo");
    private static readonly TypeSyntax AddendumResultType = Code.Runtime("Results.AddendumResult");
    private static readonly TypeSyntax AddendumOutcomeType = Code.Runtime("Results.AddendumOutcome");
    private static readonly TypeSyntax PolicyAddendaInterface = Code.Runtime("Evaluation.IPolicyAddenda");

    private IEnumerable<RequirementSetSymbol> Contracts => Policy.RequirementSets.Where(s => s.StartDate is not null);

    private bool HasAddenda => !Policy.Addenda.IsEmpty || Contracts.Any();

    /// <summary>The evaluator classes of the addenda's own parts, generated like requirement sets.</summary>
    private IEnumerable<ClassDeclarationSyntax> AddendumPartClasses() => Policy.Addenda.Select(a => EvaluatorClass(AddendumPart.Of(a)));

    private ClassDeclarationSyntax AddendaClassDeclaration()
    {
        var scope = new NameScope(AddendaClass, "All", "Evaluate", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");
        var infos = new List<ExpressionSyntax>();
        var methods = new List<MemberDeclarationSyntax>();
        var cases = new List<SwitchSectionSyntax>();
        foreach (var addendum in Policy.Addenda)
        {
            infos.Add(Code.New(AddendumInfoType, [Code.String(addendum.Name), Code.String(addendum.Title), Code.Bool(false),
                Strings(addendum.RequiredContracts.Select(c => c.Name)), Code.String(RuleText(addendum.StartDate)), Location(addendum.Location), .. AddendumExtras(addendum)]));
            var own = AddendumPart.Of(addendum);
            methods.AddRange(AddendumMethods(scope, addendum.Name, addendum.Title, false, addendum.Location, addendum.RequiredContracts, own, addendum.StartDate, cases, AddendumExtras(addendum)));
        }

        foreach (var contract in Contracts)
        {
            infos.Add(Code.New(AddendumInfoType, Code.String(contract.Name), Code.String(contract.Title), Code.Bool(true),
                Strings([]), Code.String(RuleText(contract.StartDate)), Location(contract.Location)));
            methods.AddRange(AddendumMethods(scope, contract.Name, contract.Title, true, contract.Location, [], contract, contract.StartDate, cases));
        }

        // The interpreter's message, so both fail alike on a name that is not there.
        var message = BinaryExpression(SyntaxKind.AddExpression,
            BinaryExpression(SyntaxKind.AddExpression, Code.String("Unknown addendum or requirement set '"), Code.Name("name")), Code.String("'."));
        var dispatch = Method(AddendumResultType, "Evaluate",
            [
                Code.Parameter(Code.StringType(), "name"),
                Code.Parameter(Code.Nullable(CodeTypes.FactRecord), FactsParameter),
                Code.Parameter(CodeTypes.DateOnly, "requestDate"),
                Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs, Code.Null),
            ],
            [
                SwitchStatement(Code.Name("name"), List(cases)),
                ThrowStatement(Code.New(Code.Fixed("global::System.ArgumentException"), message, Code.String("name"))),
            ],
            SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword);

        List<MemberDeclarationSyntax> members =
        [
            Field(ArrayOf(AddendumInfoType), "All", Code.Array(AddendumInfoType, infos), SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword),
            dispatch,
            .. methods,
        ];
        return StaticClass(AddendaClass, SyntaxKind.PublicKeyword, members);
    }

    /// <summary>
    /// <c>public static AddendumResult Naam(FactRecord? facts, DateOnly requestDate, EvaluationInputs? inputs = null)</c>
    /// (the typed entry point per addendum) and its start-date method; adds the case to the dispatch.
    /// </summary>
    private IEnumerable<MemberDeclarationSyntax> AddendumMethods(NameScope scope, string name, string? title, bool isContract, SourceLocation location,
        IEnumerable<RequirementSetSymbol> contracts, RequirementSetSymbol own, BoundExpression? rule, List<SwitchSectionSyntax> cases, IReadOnlyList<ExpressionSyntax>? extras = null)
    {
        var method = scope.Allocate(name);
        var startMethod = rule is null ? null : scope.Allocate(method + "Ingangsdatum");
        var facts = Code.Name(FactsParameter);
        var inputs = Code.Name(MethodSignature.Inputs);
        List<StatementSyntax> body =
        [
            // The request date is an input of the start-date rule; the evaluation date stays as given.
            Code.Local(CodeTypes.Inputs, "given", Code.New(CodeTypes.Inputs,
                Code.Member(ParenthesizedExpression(BinaryExpression(SyntaxKind.CoalesceExpression, inputs, Code.Member(CodeTypes.Inputs, "None"))), "EvaluationDate"),
                Code.Name("requestDate"))),
        ];
        List<ExpressionSyntax> setArguments = [];
        if (Policy.Subject is { } subject)
        {
            // Without facts the start date is still asked for, over an empty (all unknown) record.
            var record = Names.Type(Names.RecordClass(subject));
            var empty = Code.Call(Code.Member(CodeTypes.FactRecord, "Empty"), Code.Member(Names.Type(GeneratedNames.SchemasClass), Names.SchemaField(subject)));
            var read = Code.Call(Code.Member(record, "FromFacts"), BinaryExpression(SyntaxKind.CoalesceExpression, facts, empty));
            body.Add(Code.Local(SubjectType!, MethodSignature.Subject, PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, read)));
            setArguments.Add(Code.Name(MethodSignature.Subject));
        }

        setArguments.Add(Code.Name("given"));
        var noFacts = Code.IsNull(facts);
        var contractResults = Code.Conditional(noFacts,
            Code.Array(CodeTypes.RequirementSetResult, []),
            Code.Array(CodeTypes.RequirementSetResult, contracts.Select(c => (ExpressionSyntax)Code.Call(Code.Member(Names.Type(Names.SetClass(c)), "Evaluate"), setArguments))));
        var ownResult = Code.Conditional(noFacts,
            Code.Cast(Code.Nullable(CodeTypes.RequirementSetResult), Code.Null),
            Code.Call(Code.Member(Names.Type(Names.SetClass(own)), "Evaluate"), setArguments));
        var start = startMethod is null
            ? Code.Cast(Code.Nullable(CodeTypes.DateOnly), Code.Null)
            : Code.Call(Code.Member(Names.Type(AddendaClass), startMethod), [.. Policy.Subject is null ? [] : new[] { Code.Name(MethodSignature.Subject) }, Code.Name("given")]);
        body.Add(Code.Return(Code.Call(Code.Member(AddendumOutcomeType, "Combine"),
            [Code.String(name), Code.String(title), Code.Bool(isContract), Location(location), Code.Name("requestDate"),
            contractResults, ownResult, start, Code.String(RuleText(rule)), .. extras ?? []])));

        yield return Method(AddendumResultType, method,
            [
                Code.Parameter(Code.Nullable(CodeTypes.FactRecord), FactsParameter),
                Code.Parameter(CodeTypes.DateOnly, "requestDate"),
                Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs, Code.Null),
            ],
            body, SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword);

        if (rule is not null && startMethod is not null)
        {
            var lowerer = new ExpressionLowerer(context, Fast);
            List<StatementSyntax> ruleBody = [Fast.FreshMemo()];
            ruleBody.Add(Code.Return(lowerer.LowerAsDate(rule, ruleBody)));
            yield return Method(Code.Nullable(CodeTypes.DateOnly), startMethod, Fast.Parameters(memo: false), ruleBody, SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword);
        }

        cases.Add(SwitchSection(
            SingletonList<SwitchLabelSyntax>(CaseSwitchLabel(Code.String(name))),
            SingletonList(Code.Return(Code.Call(Code.Member(Names.Type(AddendaClass), method), facts, Code.Name("requestDate"), inputs)))));
    }

    /// <summary><c>Addenda</c> and <c>EvaluateAddendum</c> of <c>IPolicyAddenda</c> on the <c>Policy</c> class.</summary>
    private IEnumerable<MemberDeclarationSyntax> AddendumMembers()
    {
        if (!HasAddenda)
        {
            yield break;
        }

        yield return PropertyDeclaration(Code.Generic("global::System.Collections.Generic.IReadOnlyList", AddendumInfoType), Code.Token("Addenda"))
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword))
            .WithExpressionBody(ArrowExpressionClause(Code.Member(Names.Type(AddendaClass), "All")))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        yield return Method(AddendumResultType, "EvaluateAddendum",
            [
                Code.Parameter(Code.StringType(), "name"),
                Code.Parameter(Code.Nullable(CodeTypes.FactRecord), FactsParameter),
                Code.Parameter(CodeTypes.DateOnly, "requestDate"),
                Code.Parameter(Code.Nullable(CodeTypes.Inputs), MethodSignature.Inputs, Code.Null),
            ],
            [Code.Return(Code.Call(Code.Member(Names.Type(AddendaClass), "Evaluate"), Code.Name("name"), Code.Name(FactsParameter), Code.Name("requestDate"), Code.Name(MethodSignature.Inputs)))],
            SyntaxKind.PublicKeyword);
    }

    /// <summary>The classes timelines and addenda add to the unit (own-part evaluators first: they are requirement sets).</summary>
    private IEnumerable<ClassDeclarationSyntax> TimelineAndAddendumClasses()
    {
        foreach (var part in AddendumPartClasses())
        {
            yield return part;
        }

        if (HasAddenda)
        {
            yield return AddendaClassDeclaration();
        }

        if (HasTimelines)
        {
            yield return TimelinesClassDeclaration();
        }
    }

    /// <summary>The interfaces <c>Policy</c> implements besides <c>IPolicyEvaluator</c>.</summary>
    private IEnumerable<BaseTypeSyntax> TimelineAndAddendumInterfaces()
    {
        if (HasTimelines)
        {
            yield return SimpleBaseType(PolicyTimelinesInterface);
        }

        if (HasAddenda)
        {
            yield return SimpleBaseType(PolicyAddendaInterface);
        }
    }

    /// <summary>
    /// The arguments after the location that <c>AddendumInfo</c> and <c>AddendumOutcome.Combine</c> share: the
    /// contract lines of <c>vereist overeenkomst A of B</c> and the addendum's terms, given only where the policy has
    /// them, so the generated code of an addendum without them is unchanged.
    /// </summary>
    private static IReadOnlyList<ExpressionSyntax> AddendumExtras(AddendumSymbol addendum)
    {
        var terms = addendum.Terms;
        if (addendum.ContractAlternatives.IsDefault && terms.IsEmpty)
        {
            return [];
        }

        var lines = addendum.ContractAlternatives.IsDefault
            ? Code.Null
            : Code.Array(Code.Int(), addendum.ContractAlternatives.Select(l => (ExpressionSyntax)Code.Int32(l)));
        if (terms.IsEmpty)
        {
            return [lines];
        }

        static ExpressionSyntax Flag(bool? value) => value is { } known ? Code.Bool(known) : Code.Null;
        return [lines, Code.New(Code.Runtime("Results.AddendumTerms"), Code.String(terms.Term), Flag(terms.Automatic), Flag(terms.Negotiable))];
    }

    /// <summary>The rule text of the model (<c>AddendumInfo.StartDateRule</c>), so both evaluators report the same words.</summary>
    private static string? RuleText(BoundExpression? rule) => Semantics.Bound.RuleText.Of(rule);
}
