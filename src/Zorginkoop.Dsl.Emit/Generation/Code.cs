using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Short hands over <see cref="SyntaxFactory"/>. Policy text only ever enters generated code through
/// <see cref="String"/> (a string literal token) or <see cref="Name"/> (an identifier checked to be valid).
/// </summary>
internal static class Code
{
    public static IdentifierNameSyntax Name(string identifier) => IdentifierName(Token(identifier));

    public static SyntaxToken Token(string identifier)
    {
        // Defence in depth: the sanitiser makes every name valid; an invalid one here is a generator bug.
        if (!SyntaxFacts.IsValidIdentifier(identifier) || SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None)
        {
            throw new InvalidOperationException($"Not a valid C# identifier: '{identifier}'.");
        }

        return Identifier(identifier);
    }

    /// <summary>A fixed, generator-chosen dotted name such as "global::System.DateOnly" (never policy text).</summary>
    public static NameSyntax Fixed(string dottedName) => ParseName(dottedName);

    public static TypeSyntax Runtime(string typeName) => ParseTypeName("global::Zorginkoop.Dsl.Runtime." + typeName);

    public static ExpressionSyntax Member(ExpressionSyntax target, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IsPrimary(target) ? AsExpression(target) : ParenthesizedExpression(target), Name(member));

    /// <summary><c>Target.Method&lt;T&gt;</c></summary>
    public static ExpressionSyntax GenericMember(TypeSyntax target, string member, TypeSyntax typeArgument) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, AsExpression(target),
            GenericName(Token(member)).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(typeArgument))));

    /// <summary>A dotted type name in expression position, shaped as the parser would read it back (member accesses).</summary>
    private static ExpressionSyntax AsExpression(ExpressionSyntax target) => target switch
    {
        QualifiedNameSyntax qualified => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, AsExpression(qualified.Left), qualified.Right),
        _ => target,
    };

    /// <summary>Expressions that print unambiguously before '.', '[' or after a cast; others get parentheses so the text reads as the tree.</summary>
    public static bool IsPrimary(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax
            or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression or (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression };

    public static ExpressionSyntax Member(TypeSyntax target, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, AsExpression(target), Name(member));

    public static InvocationExpressionSyntax Call(ExpressionSyntax method, params IEnumerable<ExpressionSyntax> arguments) =>
        InvocationExpression(method, ArgumentList(SeparatedList(arguments.Select(Argument))));

    /// <summary>A call whose arguments may pass by reference (<c>ref memo</c>).</summary>
    public static InvocationExpressionSyntax Invoke(ExpressionSyntax method, params IEnumerable<ArgumentSyntax> arguments) =>
        InvocationExpression(method, ArgumentList(SeparatedList(arguments)));

    /// <summary><c>ref name</c>.</summary>
    public static ArgumentSyntax Ref(string name) =>
        Argument(Name(name)).WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.RefKeyword));

    /// <summary><c>ref type name</c>.</summary>
    public static ParameterSyntax RefParameter(TypeSyntax type, string name) =>
        SyntaxFactory.Parameter(Token(name)).WithType(type).WithModifiers(TokenList(SyntaxFactory.Token(SyntaxKind.RefKeyword)));

    public static ObjectCreationExpressionSyntax New(TypeSyntax type, params IEnumerable<ExpressionSyntax> arguments) =>
        ObjectCreationExpression(type).WithArgumentList(ArgumentList(SeparatedList(arguments.Select(Argument))));

    public static ArrayCreationExpressionSyntax Array(TypeSyntax elementType, IEnumerable<ExpressionSyntax> items) =>
        ArrayCreationExpression(
            ArrayType(elementType).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))),
            InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(items)));

    public static ExpressionSyntax String(string? text) =>
        text is null ? Null : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(StringLiteral.Quote(text), text));

    public static ExpressionSyntax Integer(long value) =>
        value is < 0 and > long.MinValue
            ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Integer(-value))
            : LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Int32(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Decimal(decimal value) =>
        value < 0
            ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Decimal(-value))
            : LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value.ToString(CultureInfo.InvariantCulture) + "m", value));

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    public static ExpressionSyntax Cast(TypeSyntax type, ExpressionSyntax expression) =>
        CastExpression(type, IsPrimary(expression) || expression is LiteralExpressionSyntax ? expression : ParenthesizedExpression(expression));

    public static ExpressionSyntax Equal(ExpressionSyntax left, ExpressionSyntax right) => BinaryExpression(SyntaxKind.EqualsExpression, left, right);

    public static ExpressionSyntax NotEqual(ExpressionSyntax left, ExpressionSyntax right) => BinaryExpression(SyntaxKind.NotEqualsExpression, left, right);

    public static ExpressionSyntax IsNull(ExpressionSyntax value) => IsPatternExpression(value, ConstantPattern(Null));

    public static ExpressionSyntax IsNotNull(ExpressionSyntax value) => IsPatternExpression(value, UnaryPattern(ConstantPattern(Null)));

    public static ExpressionSyntax Conditional(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse) =>
        ConditionalExpression(condition, whenTrue, whenFalse);

    public static ExpressionSyntax Not(ExpressionSyntax value) => PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, value);

    public static StatementSyntax Local(TypeSyntax type, string name, ExpressionSyntax? value) =>
        LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
            value is null ? VariableDeclarator(Token(name)) : VariableDeclarator(Token(name)).WithInitializer(EqualsValueClause(value)))));

    public static StatementSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
        ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, value));

    public static StatementSyntax Do(ExpressionSyntax expression) => ExpressionStatement(expression);

    public static StatementSyntax If(ExpressionSyntax condition, IEnumerable<StatementSyntax> then, IEnumerable<StatementSyntax>? otherwise = null)
    {
        var statement = IfStatement(condition, Block(then));
        return otherwise is null ? statement : statement.WithElse(ElseClause(Block(otherwise)));
    }

    public static StatementSyntax Return(ExpressionSyntax value) => ReturnStatement(value);

    public static SyntaxTokenList Modifiers(params SyntaxKind[] kinds) => TokenList(kinds.Select(SyntaxFactory.Token));

    public static TypeSyntax Nullable(TypeSyntax type) => NullableType(type);

    public static TypeSyntax Bool() => PredefinedType(SyntaxFactory.Token(SyntaxKind.BoolKeyword));

    public static TypeSyntax StringType() => PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword));

    public static TypeSyntax Object() => PredefinedType(SyntaxFactory.Token(SyntaxKind.ObjectKeyword));

    public static TypeSyntax Long() => PredefinedType(SyntaxFactory.Token(SyntaxKind.LongKeyword));

    public static TypeSyntax Int() => PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword));

    public static TypeSyntax DecimalType() => PredefinedType(SyntaxFactory.Token(SyntaxKind.DecimalKeyword));

    public static TypeSyntax Generic(string dottedName, params TypeSyntax[] arguments)
    {
        var lastDot = dottedName.LastIndexOf('.');
        var generic = GenericName(Identifier(dottedName[(lastDot + 1)..])).WithTypeArgumentList(TypeArgumentList(SeparatedList(arguments)));
        return QualifiedName(ParseName(dottedName[..lastDot]), generic);
    }

    /// <summary><c>target.Method&lt;T&gt;(arguments)</c>.</summary>
    public static InvocationExpressionSyntax GenericCall(ExpressionSyntax target, string method, TypeSyntax typeArgument, params IEnumerable<ArgumentSyntax> arguments) =>
        InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, GenericName(Token(method)).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(typeArgument)))),
            ArgumentList(SeparatedList(arguments)));

    /// <summary><c>out var name</c>.</summary>
    public static ArgumentSyntax OutVar(string name) =>
        Argument(DeclarationExpression(IdentifierName("var"), SingleVariableDesignation(Token(name)))).WithRefKindKeyword(SyntaxFactory.Token(SyntaxKind.OutKeyword));

    public static ParameterSyntax Parameter(TypeSyntax type, string name, ExpressionSyntax? defaultValue = null)
    {
        var parameter = SyntaxFactory.Parameter(Token(name)).WithType(type);
        return defaultValue is null ? parameter : parameter.WithDefault(EqualsValueClause(defaultValue));
    }
}
