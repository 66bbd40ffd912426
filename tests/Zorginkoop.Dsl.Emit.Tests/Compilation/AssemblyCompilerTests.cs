using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Results;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Emit.Tests.Compilation;

public class AssemblyCompilerTests(ITestOutputHelper output)
{
    [Fact]
    public void BuildingTwiceGivesIdenticalBytes()
    {
        var first = PolicyBuilder.Build(PolicySource.Compile(Policies.Everything));
        var second = PolicyBuilder.Build(PolicySource.Compile(Policies.Everything));

        Assert.True(first.Success);
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
        Assert.Equal(first.Dll, second.Dll);
        Assert.Equal(first.Pdb, second.Pdb);
        Assert.Equal("Zorginkoop.Policies.Test", first.AssemblyName);
    }

    [Fact]
    public void TheTypedApiCarriesEachFieldsDescriptionAsXmlDocumentation()
    {
        const string policy = """
            beleid "Documentatie" { verzekeraar: "Test"; looptijd: 2026 }
            gegevens Zorgaanbieder als aanbieder {
                agbCode: tekst? "De AGB-code van de praktijk"
                fte: decimaal "Formatie <fte> & meer"
                patienten: aantal
            }
            eisen Praktijk { eis agb "AGB bekend." aanbieder.agbCode is bekend }
            """;
        var build = PolicyBuilder.Build(PolicySource.Compile(policy));
        Assert.True(build.Success, string.Join("; ", build.Diagnostics));

        var members = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(build.Documentation))
            .Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")!.Value.Trim());
        var type = $"{build.AssemblyName}.Zorgaanbieder";
        Assert.StartsWith("De gegevens Zorgaanbieder", members["T:" + type]);
        Assert.Equal("De AGB-code van de praktijk\n(agbCode: tekst?)", members[$"P:{type}.AgbCode"].Replace("\r", ""));
        // Escaped, not read as XML.
        Assert.StartsWith("Formatie <fte> & meer", members[$"P:{type}.Fte"]);
        Assert.StartsWith("patienten: aantal", members[$"P:{type}.Patienten"]);
    }

    [Theory]
    [InlineData("\u2028 } public static class Injected { }")]
    [InlineData("*/ } class Injected { } /*")]
    [InlineData("</summary><summary>x\\n")]
    [InlineData("\u0085 } class Injected { }")]
    public void APolicyDescriptionCannotLeaveItsDocumentationComment(string description)
    {
        var policy = $$"""
            beleid "Documentatie" { verzekeraar: "Test"; looptijd: 2026 }
            gegevens Zorgaanbieder als aanbieder { agbCode: tekst? "{{description}}" }
            eisen Praktijk { eis agb "AGB bekend." aanbieder.agbCode is bekend }
            """;
        var checkedPolicy = PolicySource.Compile(policy);
        Assert.False(checkedPolicy.HasErrors, string.Join("; ", checkedPolicy.Diagnostics));
        var build = PolicyBuilder.Build(checkedPolicy);

        Assert.True(build.Success, string.Join("; ", build.Diagnostics));
        Assert.DoesNotContain("Injected", CSharpSyntaxTree.ParseText(build.GeneratedSource).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => c.Identifier.Text));
        Assert.Single(System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(build.Documentation)).Descendants("member"),
            m => ((string)m.Attribute("name")!).EndsWith(".Zorgaanbieder.AgbCode", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePdbNamesNoPathOfThisMachine()
    {
        var build = PolicyBuilder.Build(PolicySource.Compile(Policies.Huisarts));

        using var pdb = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(build.Pdb));
        var reader = pdb.GetMetadataReader();
        var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
        Assert.Equal([AssemblyCompiler.SourceRoot + "Zorginkoop.Policies.Test.g.cs"], documents);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), System.Text.Encoding.UTF8.GetString(build.Dll));
        Assert.DoesNotContain(Environment.CurrentDirectory, System.Text.Encoding.UTF8.GetString(build.Pdb));
    }

    [Fact]
    public void TheWrittenDllLoadsInACollectibleContextAndEvaluatesThroughTheTypedApi()
    {
        var build = PolicyBuilder.Build(PolicySource.Compile(Policies.Huisarts));
        var directory = Directory.CreateTempSubdirectory("zorginkoop-emit-").FullName;
        try
        {
            var dllPath = Path.Combine(directory, build.AssemblyName + ".dll");
            Assert.Empty(PolicyBuilder.Write(build, dllPath));
            Assert.Empty(PolicyBuilder.Write(build, dllPath));
            Assert.Equal([build.AssemblyName + ".dll", build.AssemblyName + ".pdb", build.AssemblyName + ".xml"], Directory.GetFiles(directory).Select(Path.GetFileName).Order());
            Assert.Equal(build.Documentation, File.ReadAllBytes(Path.ChangeExtension(dllPath, ".xml")));
            Assert.Equal(build.Dll, File.ReadAllBytes(dllPath));

            var weak = LoadEvaluateAndUnload(dllPath);
            for (var i = 0; weak.IsAlive && i < 20; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.False(weak.IsAlive, "The policy's load context was not collected after unloading.");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadEvaluateAndUnload(string dllPath)
    {
        using var loaded = PolicyBuilder.LoadFromFile(dllPath);
        var context = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(loaded.Assembly)!;
        Assert.True(context.IsCollectible);

        // Only the runtime and the System.Runtime family.
        var references = loaded.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Order().ToList();
        Assert.All(references, r => Assert.Contains(r, AssemblyReferenceVerifier.AllowedAssemblies));
        Assert.Contains("Zorginkoop.Dsl.Runtime", references);

        // The generic interface, and the typed API (through reflection, in this test only).
        Assert.Equal(["Algemeen", "Huisarts", "Rho"], loaded.Evaluator.Info.RequirementSets.Select(s => s.Name));
        var subjectType = loaded.Assembly.GetType("Zorginkoop.Policies.Test.Zorgaanbieder")!;
        var subject = Activator.CreateInstance(subjectType)!;
        subjectType.GetProperty("Soort")!.SetValue(subject, "Huisartsenpraktijk");
        subjectType.GetProperty("AgbCode")!.SetValue(subject, "1234");
        subjectType.GetProperty("FteHuisarts")!.SetValue(subject, 0.8m);
        subjectType.GetProperty("IngeschrevenPatienten")!.SetValue(subject, 3000L);
        subjectType.GetProperty("PreferenteRegio")!.SetValue(subject, true);
        subjectType.GetProperty("Nieuw")!.SetValue(subject, false);
        subjectType.GetProperty("Veroordelingen")!.SetValue(subject, Array.Empty<string?>());
        var evaluator = loaded.Assembly.GetType("Zorginkoop.Policies.Test.Huisarts")!;
        var result = (RequirementSetResult)evaluator.GetMethod("Evaluate")!.Invoke(null, [subject, null])!;
        Assert.Equal(Outcome.NotSatisfied, result.Outcome);
        Assert.Equal(["fteHuisarts 0,8 < normFte 1,0"], result.Requirements[0].Evidence);
        Assert.Equal(Outcome.NotSatisfied, (Outcome)evaluator.GetMethod("Check")!.Invoke(null, [subject, null])!);

        // The typed record converts to facts and back without loss.
        var facts = (Runtime.Facts.FactRecord)subjectType.GetMethod("ToFacts")!.Invoke(subject, null)!;
        Assert.Equal(0.8m, facts["fteHuisarts"]);
        Assert.Equal(result.Outcome, loaded.Evaluator.Evaluate("Huisarts", facts).Outcome);
        return new WeakReference(context);
    }

    [Fact]
    public void RoslynErrorsAreReportedAsInternalErrors()
    {
        var broken = new GeneratedPolicy(SyntaxFactory.ParseCompilationUnit("namespace Zorginkoop.Policies.Kapot; class C { void M() { Onbekend(); } }"), "Zorginkoop.Policies.Kapot", "Kapot");

        var compiled = AssemblyCompiler.Compile(broken);

        Assert.False(compiled.Success);
        Assert.Empty(compiled.Dll);
        var error = Assert.Single(compiled.Diagnostics);
        Assert.Equal("ZI9003", error.Code);
        Assert.Contains("CS0103", error.Message);
    }

    [Fact]
    public void APolicyWithErrorsIsNotCompiledAndKeepsItsDiagnostics()
    {
        var policy = PolicySource.Compile("eisen E { eis e onbekend > 3 }");

        var build = PolicyBuilder.Build(policy);

        Assert.False(build.Success);
        Assert.Empty(build.Dll);
        Assert.Equal(policy.Diagnostics, build.Diagnostics);
        Assert.Throws<InvalidOperationException>(() => PolicyBuilder.LoadEvaluator(build));
    }

    [Fact]
    public void WritingToAnImpossiblePlaceIsADiagnostic()
    {
        var build = PolicyBuilder.Build(PolicySource.Compile(Policies.Huisarts));
        var file = Path.GetTempFileName();
        try
        {
            var diagnostics = PolicyBuilder.Write(build, Path.Combine(file, "sub", "beleid.dll"));

            Assert.Equal("ZI9005", Assert.Single(diagnostics.DistinctBy(d => d.Code)).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("class C { void M() { System.IO.File.Delete(\"x\"); } }", "System.IO.File")]
    [InlineData("class C { void M() { System.Diagnostics.Process.Start(\"x\"); } }", "System.Diagnostics.Process")]
    [InlineData("class C { [System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid(); }", "native")]
    [InlineData("class C { object M() => System.Reflection.Emit.OpCodes.Nop; }", "System.Reflection.Emit")]
    [InlineData("class C { object M() => System.Environment.GetEnvironmentVariable(\"x\"); }", "System.Environment")]
    [InlineData("class C { object M() => new System.Net.Http.HttpClient(); }", "System.Net.Http")]
    public void TheVerifierRejectsAssembliesThatReachOutside(string source, string finding)
    {
        var compilation = CSharpCompilation.Create("Kwaadaardig", [CSharpSyntaxTree.ParseText(source)], Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);

        var findings = AssemblyReferenceVerifier.Verify(stream.ToArray());

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("ZI9003", f.Code));
        Assert.Contains(findings, f => f.Message.Contains(finding, StringComparison.Ordinal));
        output.WriteLine(string.Join("\n", findings.Select(f => f.Message)));
    }

    [Fact]
    public void TheVerifierAcceptsEveryGeneratedPolicy()
    {
        foreach (var source in new[] { Policies.Huisarts, Policies.Everything })
        {
            var build = PolicyBuilder.Build(PolicySource.Compile(source));
            Assert.Empty(AssemblyReferenceVerifier.Verify(build.Dll));
        }
    }
}
