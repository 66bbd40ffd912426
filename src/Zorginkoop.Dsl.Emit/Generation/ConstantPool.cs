using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Semantics.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>Lists written with literals only (<c>[RHO, HDS]</c>) are built once, as static fields, instead of on every evaluation.</summary>
internal sealed class ConstantPool(GeneratedNames names)
{
    private readonly Dictionary<(LoweredList List, bool AsObjects), string> fields = [];
    private readonly List<MemberDeclarationSyntax> members = [];

    public IReadOnlyList<MemberDeclarationSyntax> Members => members;

    public ExpressionSyntax List(LoweredList list, bool asObjects, TypeSyntax type, Func<ExpressionSyntax> value)
    {
        if (!fields.TryGetValue((list, asObjects), out var name))
        {
            name = fields[(list, asObjects)] = $"List{fields.Count + 1}";
            members.Add(FieldDeclaration(VariableDeclaration(type, SingletonSeparatedList(VariableDeclarator(Code.Token(name)).WithInitializer(EqualsValueClause(value())))))
                .WithModifiers(Code.Modifiers(SyntaxKind.InternalKeyword, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword)));
        }

        return Code.Member(names.Type(GeneratedNames.ConstantsClass), name);
    }
}
