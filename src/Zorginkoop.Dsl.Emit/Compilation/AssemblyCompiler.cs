using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Runtime.Evaluation;
using DiagnosticCatalog = Zorginkoop.Dsl.Syntax.Diagnostics.DiagnosticCatalog;
using PolicyDiagnostic = Zorginkoop.Dsl.Syntax.Diagnostics.Diagnostic;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>
/// Translates generated C# into an assembly and its portable PDB, in memory, with Roslyn. References are the
/// .NET 10 reference assemblies and the Zorginkoop runtime, nothing else. Output is deterministic: the same
/// source gives byte-identical files (fixed assembly name, fixed document path, no timestamps). A Roslyn error
/// is a bug in the generator and comes back as an internal-error diagnostic (ZI9003), never as an exception.
/// </summary>
public static class AssemblyCompiler
{
    /// <summary>Where the generated source claims to live, as a /pathmap would write it: never a machine's real path.</summary>
    public const string SourceRoot = "/_/generated/";

    private const int MaxReportedErrors = 10;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.None);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(IPolicyEvaluator).Assembly.Location),
    ]);

    public static CompiledAssembly Compile(GeneratedPolicy generated)
    {
        var assemblyName = generated.Namespace;
        try
        {
            var sourcePath = SourceRoot + assemblyName + ".g.cs";
            var tree = CSharpSyntaxTree.Create(generated.Unit, ParseOptions, sourcePath, Encoding.UTF8);
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                allowUnsafe: false,
                checkOverflow: false,
                nullableContextOptions: NullableContextOptions.Enable);
            var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);

            using var dll = new MemoryStream();
            using var pdb = new MemoryStream();
            var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: assemblyName + ".pdb");
            var result = compilation.Emit(dll, pdb, options: emitOptions, embeddedTexts: [EmbeddedText.FromSource(sourcePath, tree.GetText())]);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success || errors.Count > 0)
            {
                return new CompiledAssembly(assemblyName, [], [], [.. errors.Take(MaxReportedErrors).Select(Internal)], result.Diagnostics);
            }

            return new CompiledAssembly(assemblyName, dll.ToArray(), pdb.ToArray(), [], result.Diagnostics) { Documentation = DocumentationFile.Write(assemblyName, compilation, tree) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CompiledAssembly(assemblyName, [], [], [DiagnosticCatalog.InternalError($"Roslyn faalde bij het compileren van {assemblyName}: {e.GetType().Name}: {e.Message}")], []);
        }
    }

    private static PolicyDiagnostic Internal(Diagnostic error)
    {
        var line = error.Location.GetLineSpan();
        var where = line.IsValid ? $" (gegenereerde regel {line.StartLinePosition.Line + 1})" : string.Empty;
        return DiagnosticCatalog.InternalError($"de gegenereerde C# compileert niet: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{where}");
    }
}

/// <summary>The bytes of a compiled policy; empty when compilation failed, with the reasons in <see cref="Diagnostics"/>.</summary>
public sealed record CompiledAssembly(
    string AssemblyName,
    byte[] Dll,
    byte[] Pdb,
    ImmutableArray<PolicyDiagnostic> Diagnostics,
    ImmutableArray<Diagnostic> RoslynDiagnostics)
{
    public bool Success => Dll.Length > 0 && Diagnostics.IsEmpty;

    /// <summary>The XML documentation file of the typed API (what IntelliSense reads beside the .dll).</summary>
    public byte[] Documentation { get; init; } = [];
}
