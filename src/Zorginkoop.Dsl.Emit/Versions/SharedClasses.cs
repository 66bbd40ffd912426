using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Versions;

/// <summary>
/// Translates the generated classes of every version of a policy into the classes that need declaring: a class
/// that is the same in an earlier version, and whose every reference leads to classes that are the same too, is
/// declared once, in the namespace of the earliest version that has it, and the later versions refer to that one.
/// </summary>
/// <remarks>
/// Every version is generated into the same namespace first, and generated classes refer to each other only by
/// fully qualified name (<c>global::Zorginkoop.Policies.V.Klasse</c>, <see cref="Generation.GeneratedNames.Type"/>),
/// so "the same" starts as equal syntax trees, and is then refined as a fixpoint (as DFA minimisation refines states): two versions of a class stay
/// together only while the classes they refer to stay together. A set that reads a definition an amendment changed
/// is therefore generated again for that version, even if its own text did not change.
/// </remarks>
internal static class SharedClasses
{
    /// <param name="generatedIn">The namespace identifier every version was generated into.</param>
    /// <param name="versions">Per version (the published one first): the namespace identifier it is to be declared in and its generated classes.</param>
    /// <returns>Per version: the classes to declare in its namespace, with every reference pointing to where its class is declared.</returns>
    public static SharingResult Share(string generatedIn, IReadOnlyList<VersionClasses> versions)
    {
        var (group, representatives) = InitialGroups(versions);

        // Equal classes refer to the same classes, so one walk per group of equal classes will do; a class only one
        // version has cannot be split, and what it refers to does not matter.
        var declaredNames = versions.SelectMany(v => v.Members.Select(Name)).ToHashSet(StringComparer.Ordinal);
        var sizes = group.Values.CountBy(g => g).ToDictionary();
        var references = representatives
            .Where(r => sizes[r.Key] > 1)
            .ToDictionary(r => r.Key, r => ReferencedClasses(r.Value, generatedIn, declaredNames));
        Refine(group, references);

        // The earliest version in a group declares the class; the others refer to it.
        var declaringVersion = new Dictionary<(int Version, string Class), int>();
        foreach (var items in group.GroupBy(g => g.Value))
        {
            var first = items.Min(i => i.Key.Version);
            foreach (var item in items)
            {
                declaringVersion[item.Key] = first;
            }
        }

        // The published version declares all its classes as generated; a later one its own classes, redirected.
        var declared = versions.Select((version, index) => (IReadOnlyList<MemberDeclarationSyntax>)version.Members
            .Where(member => declaringVersion[(index, Name(member))] == index)
            .Select(member => index == 0 ? member : Redirect(member, generatedIn, name => versions[declaringVersion[(index, name)]].Identifier))
            .ToList()).ToList();
        return new SharingResult(declared, (version, className) => versions[declaringVersion[(version, className)]].Identifier);
    }

    private static string Name(MemberDeclarationSyntax member) => member is BaseTypeDeclarationSyntax type
        ? type.Identifier.ValueText
        : throw new InvalidOperationException($"A generated namespace holds only types, not {member.Kind()}.");

    /// <summary>Classes of the same name with the same syntax start in one group; returns the groups and one class of each.</summary>
    private static (Dictionary<(int Version, string Class), int> Group, Dictionary<int, MemberDeclarationSyntax> Representatives) InitialGroups(IReadOnlyList<VersionClasses> versions)
    {
        var group = new Dictionary<(int, string), int>();
        var representatives = new Dictionary<int, MemberDeclarationSyntax>();
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < versions.Count; index++)
        {
            foreach (var member in versions[index].Members)
            {
                var name = Name(member);
                var groups = byName.TryGetValue(name, out var list) ? list : byName[name] = [];
                var match = groups.FindIndex(g => representatives[g].IsEquivalentTo(member, topLevel: false));
                int id;
                if (match < 0)
                {
                    id = representatives.Count;
                    representatives[id] = member;
                    groups.Add(id);
                }
                else
                {
                    id = groups[match];
                }

                group[(index, name)] = id;
            }
        }

        return (group, representatives);
    }

    /// <summary>
    /// Splits a group while its members refer to classes in different groups, until no group splits.
    /// <paramref name="references"/> holds, by initial group, the classes its members refer to.
    /// </summary>
    private static void Refine(Dictionary<(int Version, string Class), int> group, Dictionary<int, string[]> references)
    {
        var initial = new Dictionary<(int Version, string Class), int>(group);
        var count = group.Values.Distinct().Count();
        while (true)
        {
            var signatures = new Dictionary<string, int>(StringComparer.Ordinal);
            var refined = new Dictionary<(int Version, string Class), int>();
            foreach (var (key, current) in group)
            {
                var targets = references.TryGetValue(initial[key], out var names) ? names : [];
                var signature = current + ":" + string.Join(",", targets.Select(target => group[(key.Version, target)]));
                refined[key] = signatures.TryGetValue(signature, out var id) ? id : signatures[signature] = signatures.Count;
            }

            foreach (var (key, id) in refined)
            {
                group[key] = id;
            }

            if (signatures.Count == count)
            {
                return;
            }

            count = signatures.Count;
        }
    }

    /// <summary>The classes of the version's own namespace that a class refers to, each once, in a fixed order.</summary>
    private static string[] ReferencedClasses(MemberDeclarationSyntax member, string identifier, HashSet<string> declared)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (namespaceName, className) in References(member))
        {
            if (namespaceName.Identifier.ValueText != identifier)
            {
                throw new InvalidOperationException($"A class of {identifier} refers to another policy's namespace {namespaceName.Identifier.ValueText}.");
            }

            if (!declared.Contains(className))
            {
                throw new InvalidOperationException($"A class of {identifier} refers to {className}, which the generator did not declare.");
            }

            names.Add(className);
        }

        return [.. names];
    }

    /// <summary>The class with each reference <c>global::Zorginkoop.Policies.{identifier}.C</c> pointing into the namespace <paramref name="target"/> gives for C.</summary>
    private static T Redirect<T>(T member, string identifier, Func<string, string> target)
        where T : SyntaxNode
    {
        var replacements = new Dictionary<SyntaxNode, string>();
        foreach (var (namespaceName, className) in References(member))
        {
            var to = target(className);
            if (to != identifier)
            {
                replacements[namespaceName] = to;
            }
        }

        return replacements.Count == 0 ? member : member.ReplaceNodes(replacements.Keys, (original, _) => IdentifierName(replacements[original]).WithTriviaFrom(original));
    }

    /// <summary>
    /// Every <c>global::Zorginkoop.Policies.N.C</c> in the class, as a type name or in an expression: the name node
    /// of the namespace N and the class name C.
    /// </summary>
    private static IEnumerable<(SimpleNameSyntax Namespace, string Class)> References(SyntaxNode member)
    {
        foreach (var node in member.DescendantNodes())
        {
            var (left, right) = node switch
            {
                QualifiedNameSyntax qualified => (qualified.Left, qualified.Right),
                MemberAccessExpressionSyntax access => ((SyntaxNode)access.Expression, (SimpleNameSyntax)access.Name),
                _ => (null!, null!),
            };
            if (left is not null && IsPoliciesNamespace(left) && node.Parent is { } parent && ClassNameAfter(parent, node) is { } className)
            {
                yield return (right, className);
            }
        }
    }

    /// <summary><c>global::Zorginkoop.Policies</c>, as a qualified name or as member accesses.</summary>
    private static bool IsPoliciesNamespace(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax { Right.Identifier.ValueText: "Policies", Left: AliasQualifiedNameSyntax alias } => IsGlobalZorginkoop(alias),
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Policies", Expression: AliasQualifiedNameSyntax alias } => IsGlobalZorginkoop(alias),
        _ => false,
    };

    private static bool IsGlobalZorginkoop(AliasQualifiedNameSyntax alias) =>
        alias.Alias.Identifier.ValueText == "global" && alias.Name.Identifier.ValueText == "Zorginkoop";

    private static string? ClassNameAfter(SyntaxNode parent, SyntaxNode namespaceNode) => parent switch
    {
        QualifiedNameSyntax qualified when qualified.Left == namespaceNode => qualified.Right.Identifier.ValueText,
        MemberAccessExpressionSyntax access when access.Expression == namespaceNode => access.Name.Identifier.ValueText,
        _ => null,
    };
}

/// <summary>The namespace identifier one version is declared in and the classes generated for it.</summary>
internal sealed record VersionClasses(string Identifier, IReadOnlyList<MemberDeclarationSyntax> Members);

/// <summary>
/// Per version the classes to declare; <see cref="DeclaringNamespace"/> tells, for a version and a class name, the
/// namespace identifier where that version's class is declared.
/// </summary>
internal sealed record SharingResult(IReadOnlyList<IReadOnlyList<MemberDeclarationSyntax>> Declared, Func<int, string, string> DeclaringNamespace)
{
    /// <summary>Every version declares all of its classes, each generated into its own namespace.</summary>
    public static SharingResult Unshared(IReadOnlyList<VersionClasses> versions) =>
        new([.. versions.Select(v => v.Members)], (version, _) => versions[version].Identifier);
}
