using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Zorginkoop.Dsl.Reliability.Tests.Injection;

/// <summary>
/// What a compiled policy assembly reaches outside itself, read from its metadata with
/// System.Reflection.Metadata — independently of the AssemblyReferenceVerifier that runs on every build, so that
/// a hole in one is not a hole in both.
/// </summary>
internal sealed record AssemblyMetadata(
    ImmutableSortedSet<string> AssemblyReferences,
    ImmutableSortedSet<string> TypeReferences,
    ImmutableSortedSet<string> MemberReferences,
    ImmutableArray<string> NativeModules,
    ImmutableArray<string> NativeMethods,
    int TypeDefinitions,
    int MethodDefinitions,
    int FieldDefinitions)
{
    /// <summary>The assemblies compiled policies may use: the runtime library and the core of the base library.</summary>
    public static readonly ImmutableHashSet<string> AllowedAssemblies = ["System.Runtime", "System.Collections", "Zorginkoop.Dsl.Runtime"];

    public static AssemblyMetadata Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var metadata = pe.GetMetadataReader();
        var nativeMethods = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition)
            .Where(m => (m.Attributes & MethodAttributes.PinvokeImpl) != 0 || (m.ImplAttributes & (MethodImplAttributes.InternalCall | MethodImplAttributes.Native | MethodImplAttributes.Unmanaged)) != 0)
            .Select(m => metadata.GetString(m.Name));
        var modules = Enumerable.Range(1, metadata.GetTableRowCount(TableIndex.ModuleRef))
            .Select(row => metadata.GetString(metadata.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row)).Name));
        return new AssemblyMetadata(
            [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))],
            [.. metadata.TypeReferences.Select(h => TypeName(metadata, h))],
            [.. metadata.MemberReferences.Select(h => MemberName(metadata, h))],
            [.. modules],
            [.. nativeMethods],
            metadata.TypeDefinitions.Count,
            metadata.MethodDefinitions.Count,
            metadata.FieldDefinitions.Count);
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var scope = type.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)
            : "?";
        var ns = metadata.GetString(type.Namespace);
        return $"[{scope}]{(ns.Length == 0 ? name : ns + "." + name)}";
    }

    /// <summary>"[assembly]Type::Member"; members of generic instantiations are named by their generic type, which for a policy's own types is the policy.</summary>
    private static string MemberName(MetadataReader metadata, MemberReferenceHandle handle)
    {
        var member = metadata.GetMemberReference(handle);
        var parent = member.Parent.Kind switch
        {
            HandleKind.TypeReference => TypeName(metadata, (TypeReferenceHandle)member.Parent),
            HandleKind.TypeSpecification => GenericParent(metadata, (TypeSpecificationHandle)member.Parent),
            HandleKind.TypeDefinition => "(eigen type)",
            HandleKind.MethodDefinition => "(eigen methode)",
            _ => member.Parent.Kind.ToString(),
        };
        return parent + "::" + metadata.GetString(member.Name);
    }

    private static string GenericParent(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return "(typespec)";
        }

        blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? TypeName(metadata, (TypeReferenceHandle)generic) + "<…>" : "(eigen generiek type)<…>";
    }
}
