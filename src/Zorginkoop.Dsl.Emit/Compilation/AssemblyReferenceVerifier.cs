using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using DiagnosticCatalog = Zorginkoop.Dsl.Syntax.Diagnostics.DiagnosticCatalog;
using PolicyDiagnostic = Zorginkoop.Dsl.Syntax.Diagnostics.Diagnostic;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>
/// The check run on every compiled policy, on the bytes themselves: it may reference only the core BCL
/// assemblies and the Zorginkoop runtime, declare no native entry points, and name no type that reaches files,
/// processes, the network, native memory or code generation. Whatever the generator did, a policy assembly
/// can only compute. A violation is an internal error (ZI9003).
/// </summary>
public static class AssemblyReferenceVerifier
{
    public const string RuntimeAssemblyName = "Zorginkoop.Dsl.Runtime";

    /// <summary>The System.Runtime family the generated code may use; anything else is a finding.</summary>
    public static readonly ImmutableHashSet<string> AllowedAssemblies =
        ImmutableHashSet.Create(StringComparer.Ordinal, "System.Runtime", "System.Collections", RuntimeAssemblyName);

    /// <summary>Namespaces and types (each with everything inside it) that a policy has no business touching.</summary>
    private static readonly string[] Forbidden =
    [
        "System.IO", "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Net",
        "System.Security", "System.Threading.Tasks", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Environment", "System.AppDomain", "System.Activator", "System.Type", "System.GC", "System.Console",
    ];

    public static ImmutableArray<PolicyDiagnostic> Verify(byte[] image)
    {
        try
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            var metadata = pe.GetMetadataReader();
            var findings = new List<string>();

            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (!AllowedAssemblies.Contains(name))
                {
                    findings.Add($"het verwijst naar assembly '{name}'");
                }
            }

            for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.ModuleRef); row++)
            {
                var module = metadata.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row));
                findings.Add($"het laadt een native bibliotheek ('{metadata.GetString(module.Name)}')");
            }

            foreach (var handle in metadata.MethodDefinitions)
            {
                var method = metadata.GetMethodDefinition(handle);
                if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || (method.ImplAttributes & (MethodImplAttributes.InternalCall | MethodImplAttributes.Native | MethodImplAttributes.Unmanaged)) != 0)
                {
                    findings.Add($"methode '{metadata.GetString(method.Name)}' roept native code aan");
                }
            }

            foreach (var handle in metadata.TypeReferences)
            {
                var fullName = FullName(metadata, handle);
                if (Forbidden.Any(f => IsWithin(fullName, f)))
                {
                    findings.Add($"het gebruikt type '{fullName}'");
                }
            }

            return [.. findings.Distinct().Select(f => DiagnosticCatalog.InternalError($"de gecompileerde policy-assembly is afgekeurd: {f}"))];
        }
        catch (BadImageFormatException e)
        {
            return [DiagnosticCatalog.InternalError($"de gecompileerde policy-assembly is onleesbaar: {e.Message}")];
        }
    }

    private static bool IsWithin(string fullName, string scope) =>
        fullName.StartsWith(scope, StringComparison.Ordinal)
        && (fullName.Length == scope.Length || fullName[scope.Length] is '.' or '+');

    /// <summary>The full name of a type reference; nested types are named through their outermost type's namespace.</summary>
    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
