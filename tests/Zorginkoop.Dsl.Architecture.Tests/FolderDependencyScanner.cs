using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zorginkoop.Dsl.Architecture.Tests;

/// <summary>
/// Finds which source folder uses which, by compiling each project's sources with Roslyn against the assemblies
/// of the projects it references and resolving every name to the symbol it denotes. A <c>using</c> directive alone
/// is not a use; a type, member or extension method named in code is. Text inside strings (the C# the generator
/// writes) is not code of the project and is not counted.
/// </summary>
public static class FolderDependencyScanner
{
    private static readonly Lazy<IReadOnlyList<FolderUse>> Cached = new(ScanRepository);

    /// <summary>Every use between two different folders of src/, once per ordered pair.</summary>
    public static IReadOnlyList<FolderUse> Uses => Cached.Value;

    private static IReadOnlyList<FolderUse> ScanRepository()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var uses = new Dictionary<(SourceFolder, SourceFolder), FolderUse>();
        foreach (var projectFile in Directory.GetFiles(source, "*.csproj", SearchOption.AllDirectories))
        {
            var projectFolder = Path.GetDirectoryName(projectFile)!;
            var assemblyName = AssemblyNameOf(projectFile);
            if (!File.Exists(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll")))
            {
                // Not referenced by this test project (the MSBuild task, a one-folder leaf).
                continue;
            }

            ScanProject(source, projectFolder, assemblyName, configuration, uses);
        }

        return uses.Values.OrderBy(u => u.User.ToString()).ThenBy(u => u.Used.ToString()).ToList();
    }

    private static void ScanProject(
        string source,
        string projectFolder,
        string assemblyName,
        string configuration,
        Dictionary<(SourceFolder, SourceFolder), FolderUse> uses)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var ownFiles = ProjectSources(projectFolder).ToList();
        var generated = GeneratedSources(projectFolder, configuration);
        var trees = ownFiles.Concat(generated)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References(assemblyName),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        foreach (var tree in trees.Take(ownFiles.Count))
        {
            var user = SourceFolder.OfPath(Path.GetRelativePath(source, tree.FilePath));
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax) || node.Ancestors().Any(a => a is UsingDirectiveSyntax))
                {
                    continue;
                }

                if (FolderDenotedBy(node, model) is not { } folder || folder == user)
                {
                    continue;
                }

                if (uses.TryGetValue((user, folder), out var existing))
                {
                    uses[(user, folder)] = existing with { Count = existing.Count + 1 };
                    continue;
                }

                var line = tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;
                uses[(user, folder)] = new FolderUse(user, folder, $"{Path.GetRelativePath(RepositoryPaths.Root, tree.FilePath)}:{line} ({node})", 1);
            }
        }
    }

    private static SourceFolder? FolderDenotedBy(SyntaxNode node, SemanticModel model)
    {
        var symbol = node is ImplicitObjectCreationExpressionSyntax
            ? model.GetTypeInfo(node).Type
            : model.GetSymbolInfo(node).Symbol ?? model.GetSymbolInfo(node).CandidateSymbols.FirstOrDefault();
        var type = symbol switch
        {
            null or INamespaceSymbol => null,
            ITypeSymbol t => t,
            _ => symbol.ContainingType,
        };
        if (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        var ns = type?.OriginalDefinition.ContainingNamespace?.ToDisplayString();
        return ns is null ? null : SourceFolder.OfNamespace(ns);
    }

    private static IEnumerable<string> ProjectSources(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(projectFolder, path)));

    /// <summary>The ANTLR parser and the SDK's global usings, which the build writes into obj/ and the sources need.</summary>
    private static IEnumerable<string> GeneratedSources(string projectFolder, string configuration)
    {
        var intermediate = Path.Combine(projectFolder, "obj", configuration, "net10.0");
        return Directory.Exists(intermediate)
            ? Directory.EnumerateFiles(intermediate, "*.cs", SearchOption.TopDirectoryOnly)
            : [];
    }

    private static bool IsBuildOutput(string relativePath)
    {
        var first = relativePath.Replace('\\', '/').Split('/')[0];
        return first is "obj" or "bin";
    }

    private static IEnumerable<MetadataReference> References(string ownAssembly)
    {
        var framework = Basic.Reference.Assemblies.Net100.References.All;
        var frameworkNames = framework.Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return name != ownAssembly
                    && !frameworkNames.Contains(name)
                    && !name.StartsWith("Zorginkoop.Dsl.Architecture", StringComparison.Ordinal)
                    && !name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
                    && !name.StartsWith("testhost", StringComparison.OrdinalIgnoreCase);
            })
            .Select(path => MetadataReference.CreateFromFile(path));
        return framework.Concat(beside);
    }

    private static string AssemblyNameOf(string projectFile)
    {
        var declared = XDocument.Load(projectFile).Descendants("AssemblyName").FirstOrDefault()?.Value;
        return string.IsNullOrWhiteSpace(declared) ? Path.GetFileNameWithoutExtension(projectFile) : declared;
    }
}
