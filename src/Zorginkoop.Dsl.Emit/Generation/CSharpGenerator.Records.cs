using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using Zorginkoop.Dsl.Semantics.Types;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

public sealed partial class CSharpGenerator
{
    private const string FactsParameter = "facts";

    private static ExpressionSyntax Helper(string method) => Code.Member(CodeTypes.FactConversion, method);

    private ClassDeclarationSyntax ChoiceClass(ChoiceSymbol choice)
    {
        var stringType = Code.StringType();
        var members = choice.Members.Select(m => (MemberDeclarationSyntax)Field(stringType, Names.ChoiceMember(m), Code.String(m.Name), SyntaxKind.PublicKeyword, SyntaxKind.ConstKeyword)).ToList();
        members.Add(Field(Code.Generic("global::System.Collections.Generic.IReadOnlyList", stringType), "Members",
            Code.Array(stringType, choice.Members.Select(m => Code.String(m.Name))), SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword));
        return StaticClass(Names.ChoiceClass(choice), SyntaxKind.PublicKeyword, members);
    }

    private ClassDeclarationSyntax RecordClass(RecordSymbol record)
    {
        var className = Names.RecordClass(record);
        var type = Names.Type(className);
        List<MemberDeclarationSyntax> members = [];
        foreach (var field in record.Fields)
        {
            members.Add(PropertyDeclaration(Types.Of(field.Type), Code.Token(Names.Property(field)))
                .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword))
                .WithAccessorList(AccessorList(List([
                    AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
                    AccessorDeclaration(SyntaxKind.SetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
                ])))
                .WithSummary(FieldSummary(field)));
        }

        var schema = Code.Member(Names.Type(GeneratedNames.SchemasClass), Names.SchemaField(record));
        members.Add(PropertyDeclaration(CodeTypes.RecordSchema, Code.Token("Schema"))
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword))
            .WithExpressionBody(ArrowExpressionClause(schema))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken)));

        // Facts read against this very schema convert by position (no name lookups: the batch path); facts read
        // against an equal schema from elsewhere (the interpreter's) convert by field name.
        var facts = Code.Name(FactsParameter);
        ExpressionSyntax Creation(Func<int, ExpressionSyntax> key) =>
            ObjectCreationExpression(type).WithArgumentList(ArgumentList())
                .WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(record.Fields.Select((f, i) =>
                    (ExpressionSyntax)AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Code.Name(Names.Property(f)),
                        FromFact(ElementAccessExpression(facts, BracketedArgumentList(SingletonSeparatedList(Argument(key(i))))), f.Type, 1))))));
        var sameSchema = Code.Call(Code.Member(Code.Fixed("global::System.Object"), "ReferenceEquals"), Code.Member(facts, "Schema"), Code.Name("Schema"));
        members.Add(Method(Code.Nullable(type), "FromFacts", [Code.Parameter(Code.Nullable(CodeTypes.FactRecord), FactsParameter)],
            [
                Code.If(Code.IsNull(facts), [Code.Return(Code.Null)]),
                Code.If(sameSchema, [Code.Return(Creation(Code.Int32))]),
                Code.Return(Creation(i => Code.String(record.Fields[i].Name))),
            ],
            SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword));

        var values = Code.Array(Code.Nullable(Code.Object()), record.Fields.Select(f => ToFact(Code.Name(Names.Property(f)), f.Type, 1)));
        members.Add(Method(CodeTypes.FactRecord, "ToFacts", [], [Code.Return(Code.New(CodeTypes.FactRecord, Code.Name("Schema"), values))], SyntaxKind.PublicKeyword));

        // Explanations print a whole record with ToString (comparing or listing records): the same text as its facts.
        members.Add(Method(Code.Nullable(Code.StringType()), "ToString", [], [Code.Return(Code.Call(Code.Member(Code.Call(Code.Name("ToFacts")), "ToString")))], SyntaxKind.PublicKeyword, SyntaxKind.OverrideKeyword));

        return ClassDeclaration(Code.Token(className))
            .WithSummary($"De gegevens {record.Name} van het beleid, één eigenschap per veld.")
            .WithModifiers(Code.Modifiers(SyntaxKind.PublicKeyword, SyntaxKind.SealedKeyword))
            // Equality by value and explanations see a record as its facts (Comparison.ValuesEqual, ValueFormatter).
            .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(CodeTypes.RecordValue))))
            .WithMembers(List(members));
    }

    /// <summary>What IntelliSense shows for a field: the policy's description, then the field as the policy declares it.</summary>
    private static string FieldSummary(FieldSymbol field)
    {
        var declared = $"{field.Name}: {field.Type.DisplayName}{(field.IsOptional ? "?" : string.Empty)}";
        return field.Description is { Length: > 0 } description ? $"{description}\n({declared})" : declared;
    }

    /// <summary>A fact value (object?) as the typed property value; anything of the wrong shape becomes null (onbekend).</summary>
    private ExpressionSyntax FromFact(ExpressionSyntax value, TypeSymbol type, int depth)
    {
        switch (type)
        {
            case RecordType record:
                return Code.Call(Code.Member(Names.Type(Names.RecordClass(record.Record)), "FromFacts"), As(value, CodeTypes.FactRecord));
            case ListType list:
                var item = "item" + depth;
                return Code.Call(GenericMember(Helper("ListFromFacts"), Types.Of(list.Element)), value,
                    StaticLambda(item, FromFact(Code.Name(item), list.Element, depth + 1)));
            case var _ when CodeTypes.IsDecimal(type):
                return Code.Call(Helper("AsDecimal"), value);
            case var _ when CodeTypes.IsValueType(type):
                // A type test and unbox the JIT inlines; `value as bool?` goes through a runtime helper per field.
                return Code.Call(GenericMember(Helper("ValueFromFact"), Types.NonNullable(type)), value);
            default:
                return As(value, Types.NonNullable(type));
        }
    }

    private ExpressionSyntax ToFact(ExpressionSyntax value, TypeSymbol type, int depth)
    {
        switch (type)
        {
            case RecordType:
                return ConditionalAccessExpression(value, InvocationExpression(MemberBindingExpression(Code.Name("ToFacts"))));
            case ListType list:
                var item = "item" + depth;
                return Code.Call(GenericMember(Helper("ListToFacts"), Types.Of(list.Element)), value,
                    StaticLambda(item, ToFact(Code.Name(item), list.Element, depth + 1)));
            default:
                return value;
        }
    }

    private static ExpressionSyntax As(ExpressionSyntax value, TypeSyntax type) => BinaryExpression(SyntaxKind.AsExpression, value, type);

    private static ExpressionSyntax GenericMember(ExpressionSyntax member, TypeSyntax typeArgument)
    {
        var access = (MemberAccessExpressionSyntax)member;
        return access.WithName(GenericName(access.Name.Identifier).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(typeArgument))));
    }

    private static ExpressionSyntax StaticLambda(string parameter, ExpressionSyntax body) =>
        SimpleLambdaExpression(Parameter(Code.Token(parameter)))
            .WithModifiers(Code.Modifiers(SyntaxKind.StaticKeyword))
            .WithExpressionBody(body);

    private ClassDeclarationSyntax SchemasClass()
    {
        var schemas = Names.Type(GeneratedNames.SchemasClass);
        List<MemberDeclarationSyntax> members = [];
        foreach (var record in Policy.Records)
        {
            members.Add(Field(CodeTypes.RecordSchema, Names.SchemaField(record), Code.New(CodeTypes.RecordSchema, Code.String(record.Name)),
                SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword));
        }

        members.Add(Field(Code.Generic("global::System.Collections.Generic.IReadOnlyList", CodeTypes.RecordSchema), "All",
            Code.Array(CodeTypes.RecordSchema, Policy.Records.Select(r => Code.Member(schemas, Names.SchemaField(r)))),
            SyntaxKind.PublicKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword));

        // Fields are attached afterwards, so records may refer to each other (and to themselves).
        var attach = Policy.Records.Select(record => Code.Do(Code.Call(Code.Member(Code.Member(schemas, Names.SchemaField(record)), "WithFields"),
            Code.Array(CodeTypes.FieldSchema, record.Fields.Select(f =>
                Code.New(CodeTypes.FieldSchema, Code.String(f.Name), TypeSchema(f.Type), Code.Bool(f.IsOptional), Code.String(f.Description)))))));
        members.Add(ConstructorDeclaration(Code.Token(GeneratedNames.SchemasClass))
            .WithModifiers(Code.Modifiers(SyntaxKind.StaticKeyword))
            .WithBody(Block(attach)));
        return StaticClass(GeneratedNames.SchemasClass, SyntaxKind.PublicKeyword, members);
    }

    /// <summary>The runtime type schema, as the interpreter's FactSchemas.TypeOf builds it.</summary>
    private ExpressionSyntax TypeSchema(TypeSymbol type) => type switch
    {
        ChoiceType choice => Code.Call(Code.Member(CodeTypes.TypeSchema, "Choice"), Code.String(choice.Choice.Name),
            Code.Array(Code.StringType(), choice.Choice.Members.Select(m => Code.String(m.Name)))),
        RecordType record => Code.Call(Code.Member(CodeTypes.TypeSchema, "ForRecord"), Code.Member(Names.Type(GeneratedNames.SchemasClass), Names.SchemaField(record.Record))),
        ListType list => Code.Call(Code.Member(CodeTypes.TypeSchema, "ListOf"), TypeSchema(list.Element)),
        PrimitiveType primitive => Code.Member(CodeTypes.TypeSchema, primitive.Kind.ToString()),
        _ => Code.Member(CodeTypes.TypeSchema, "Text"),
    };
}
