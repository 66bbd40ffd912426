using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Emit.Generation;
using Zorginkoop.Dsl.Emit.Versions;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Benchmarks.Versions;

/// <summary>
/// Where the build of a policy with amendments spends its time: the front end (load, amendment analysis, binding
/// every version), binding one version alone, generating each version's C# syntax, putting the versions together
/// and laying them out, Roslyn (compile and emit) and the reference check. Medians over a number of rounds after a
/// warm-up round, in process.
/// </summary>
public static class BuildPhases
{
    public static int Run(string policyPath, int rounds, TextWriter output)
    {
        var samples = new Dictionary<string, List<double>>();
        void Time(string phase, Action work)
        {
            var clock = Stopwatch.StartNew();
            work();
            (samples.TryGetValue(phase, out var list) ? list : samples[phase] = []).Add(clock.Elapsed.TotalMilliseconds);
        }

        var lines = 0;
        List<string> declared = [];
        for (var round = 0; round <= rounds; round++)
        {
            CheckedPolicy policy = null!;
            Time("front end (load, analyse, bind all versions)", () => policy = PolicyCompilation.Compile(policyPath));
            var dates = policy.VersionDates;
            Time("  of which: bind the published version alone", () => PolicyCompilation.Compile(policyPath, asOf: DateOnly.MinValue));
            var versions = new[] { policy }.Concat(dates.Select(policy.VersionOn)).ToList();
            Time($"generate C# syntax of {versions.Count} versions (no layout)", () =>
            {
                foreach (var version in versions)
                {
                    CSharpGenerator.Generate(version, null, layOut: false);
                }
            });
            List<VersionClasses> classes = null!;
            Time("  of which: generate (again, kept for the next step)", () => classes = [.. versions.Select((v, i) => CSharpGenerator.Generate(v, "Beleid", layOut: false))
                .Select((g, i) => new VersionClasses("Beleid" + i, [.. g.Unit.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().Single().Members]))]);
            Time("  of which: find the shared classes", () => SharedClasses.Share("Beleid", classes));
            GeneratedPolicy generated = null!;
            Time("versioned unit (generate + combine + lay out)", () => generated = VersionedGenerator.Generate(policy));
            Time("  of which: lay out (timed again on the result)", () => generated.Unit.NormalizeWhitespace(indentation: "    ", eol: "\n"));
            CompiledAssembly compiled = null!;
            Time("Roslyn compile + emit", () => compiled = AssemblyCompiler.Compile(generated));
            Time("reference check", () => AssemblyReferenceVerifier.Verify(compiled.Dll));
            lines = generated.Source.Count(c => c == '\n');
            declared = [.. generated.Unit.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().Select(n =>
                $"{n.Name}: {string.Join(", ", n.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().Select(t => $"{t.Identifier.Text} ({t.GetText().Lines.Count})"))}")];
            if (round == 0)
            {
                samples.Clear(); // the warm-up round pays for the JIT
            }
        }

        output.WriteLine($"{Path.GetFileName(policyPath)}: {lines} lines of generated C#, median of {rounds} rounds");
        foreach (var ns in declared)
        {
            output.WriteLine($"  {ns}");
        }

        foreach (var (phase, list) in samples)
        {
            list.Sort();
            output.WriteLine($"  {phase,-52} {list[list.Count / 2],8:F1} ms");
        }

        return 0;
    }
}
