using System.Text;
using Xunit.Abstractions;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Reliability.Tests.Fuzzing;
using Zorginkoop.Dsl.Reliability.Tests.Infrastructure;
using Zorginkoop.Dsl.Runtime.Evaluation;
using Zorginkoop.Dsl.Runtime.Facts;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Interpretation;
using Zorginkoop.Dsl.Semantics.Model;

namespace Zorginkoop.Dsl.Reliability.Tests.Injection;

/// <summary>
/// What the Emit engineer's InjectionTests check on the generated syntax tree, checked here on the compiled
/// assembly's metadata: a policy whose every text and name is hostile compiles to an assembly with exactly the
/// same references — assemblies, types, members — and the same number of types, methods and fields as the same
/// policy with harmless texts. Hostile texts add nothing; they stay data. Also: the Unicode escape "\u0022"
/// written as text stays six characters, and every real policy compiles to an assembly confined to the runtime
/// and the base library, without native code.
/// </summary>
public class InjectionMetadataTests(ITestOutputHelper output)
{
    private static readonly string[] HostileTexts =
    [
        "\"); System.IO.File.Delete(\"x", "*/ System.Environment.Exit(1); /*", "#line 1 \"x.cs\"", "\\u0022); System.Console.WriteLine(\\u0022", "\\",
        "rechts\u202Elinks", "zero\u200Bwidth", "regel\u2028scheiding", "next\u0085line", "bom\uFEFFmidden", "nul\0byte", "los \uD800 surrogaat", "{0} {{ }}", "\n\t",
        "#if DEBUG", "\"\"\" raw \"\"\"", "@\"verbatim\"", "$\"{System.Environment.Exit(1)}\"", "// commentaar", "/// <summary>",
    ];

    private static readonly string[] HostileNames = ["class", "namespace", "Policy", "PolicyHelpers", "ωmega", "GLI-aanbieder", "Evaluate", "Schema", "global", "System", "_", "ĳ"];

    [Fact]
    public void HostileTextsAndNamesAddNothingToTheAssembly()
    {
        var hostile = Build(Policy(i => Quote(HostileTexts[i % HostileTexts.Length]), i => HostileNames[i % HostileNames.Length] + (i >= HostileNames.Length ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)));
        var plain = Build(Policy(i => Quote("Tekst " + i), i => "Naam" + i));

        var (hostileMetadata, plainMetadata) = (AssemblyMetadata.Read(hostile.Dll), AssemblyMetadata.Read(plain.Dll));

        Assert.Equal(plainMetadata.AssemblyReferences, hostileMetadata.AssemblyReferences);
        Assert.Equal(plainMetadata.TypeReferences, hostileMetadata.TypeReferences);
        Assert.Equal(plainMetadata.MemberReferences, hostileMetadata.MemberReferences);
        Assert.Equal((plainMetadata.TypeDefinitions, plainMetadata.MethodDefinitions, plainMetadata.FieldDefinitions), (hostileMetadata.TypeDefinitions, hostileMetadata.MethodDefinitions, hostileMetadata.FieldDefinitions));
        Assert.Empty(hostileMetadata.NativeModules);
        Assert.Empty(hostileMetadata.NativeMethods);
        AssertConfined(hostileMetadata, "vijandig beleid");
        output.WriteLine($"{hostileMetadata.MemberReferences.Count} lidverwijzingen, {hostileMetadata.TypeReferences.Count} typeverwijzingen, allemaal gelijk aan die van het onschuldige beleid");
    }

    [Fact]
    public void HostileTextsComeBackExactlyAsWritten()
    {
        var source = Policy(i => Quote(HostileTexts[i % HostileTexts.Length]), i => HostileNames[i % HostileNames.Length] + (i >= HostileNames.Length ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty));
        var policy = InMemory(source);
        var compiled = PolicyBuilder.LoadEvaluator(Build(source));
        var interpreter = new PolicyInterpreter(policy);

        // The interpreter reads the texts straight from the checked model; the compiled assembly must give them back unchanged.
        Assert.Equal(Describe(interpreter.Info), Describe(compiled.Info));
        var sentences = compiled.Info.RequirementSets.SelectMany(s => s.Requirements).Select(r => r.Sentence).ToList();
        foreach (var text in HostileTexts)
        {
            Assert.Contains(text, sentences);
        }

        Assert.Contains("\\u0022); System.Console.WriteLine(\\u0022", sentences);
        var (facts, errors) = FactReader.Parse("""{ "tekst0": "\"); System.IO.File.Delete(\"x" }""", interpreter.SubjectSchema!, "feiten");
        Assert.Empty(errors);
        foreach (var set in interpreter.Info.RequirementSets)
        {
            Assert.Equal(Differential.ResultPrinter.Print(interpreter.Evaluate(set.Name, facts!)), Differential.ResultPrinter.Print(compiled.Evaluate(set.Name, facts!)));
        }
    }

    /// <summary>Every real policy: only the runtime and the base library, no native code, no type that reaches files, processes or the network.</summary>
    [Theory]
    [MemberData(nameof(Policies))]
    public void EveryRealPolicyCompilesToAConfinedAssembly(string policyFile)
    {
        var policy = PolicyCompilation.Compile(Path.Combine(RepositoryPolicies.Folder, policyFile));
        var build = PolicyBuilder.Build(policy);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));

        AssertConfined(AssemblyMetadata.Read(build.Dll), policyFile);
    }

    public static TheoryData<string> Policies() => [.. RepositoryPolicies.Policies.Select(RepositoryPolicies.Relative)];

    internal static void AssertConfined(AssemblyMetadata metadata, string what)
    {
        Assert.True(metadata.AssemblyReferences.IsSubsetOf(AssemblyMetadata.AllowedAssemblies), $"{what}: {string.Join(", ", metadata.AssemblyReferences)}");
        Assert.Empty(metadata.NativeModules);
        Assert.Empty(metadata.NativeMethods);
        string[] forbidden = ["System.IO", "System.Net", "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Diagnostics.Process", "System.Environment", "System.AppDomain", "System.Activator", "System.Console", "System.GC", "System.Threading", "System.Security", "System.Type"];
        var reached = metadata.TypeReferences.Concat(metadata.MemberReferences).Select(r => r[(r.IndexOf(']') + 1)..]);
        var bad = reached.Where(r => forbidden.Any(f => r.StartsWith(f + ".", StringComparison.Ordinal) || r.StartsWith(f + "::", StringComparison.Ordinal) || r == f)).ToList();
        Assert.True(bad.Count == 0, $"{what} reikt naar: {string.Join(", ", bad)}");
    }

    /// <summary>One of everything that carries a text or a name: header, keuze, gegevens with descriptions, definitie, eisen, groups, exceptions, discretion, addendum, tijdlijn, scenario, wijziging.</summary>
    private static string Policy(Func<int, string> text, Func<int, string> name)
    {
        var next = 0;
        string T() => text(next++);
        string N() => name(next++);
        var choice = N();
        var (m1, m2) = (Quote(HostileTexts[0]), Quote(HostileTexts[5]));
        var builder = new StringBuilder();
        builder.AppendLine($"beleid {T()} {{ verzekeraar: {T()}; looptijd: 2026 t/m 2027 }}");
        builder.AppendLine($"keuze {choice} {{ {N()}, {(text(0).StartsWith("\"Tekst", StringComparison.Ordinal) ? "\"a b\"" : m1)}, {(text(0).StartsWith("\"Tekst", StringComparison.Ordinal) ? "\"c d\"" : m2)} }}");
        builder.AppendLine($"gegevens Zorgaanbieder als aanbieder {{ tekst0: tekst? {T()}; keus: {choice}?; n: aantal? {T()}; ok: ja/nee? {T()} }}");
        var definition = N();
        builder.AppendLine($"definitie {definition} {T()} = aanbieder.n * 2");
        var set = N();
        builder.AppendLine($"eisen {set} {T()} mag afwijken {T()} {{");
        for (var i = 0; i < HostileTexts.Length; i++)
        {
            builder.AppendLine($"    eis {N()} {T()} aanbieder.tekst0 = {T()} of {definition} >= {i}");
        }

        builder.AppendLine($"    eis {N()} {T()} {{ eis {N()} {T()} aanbieder.ok  eis {N()} {T()} mag afwijken aanbieder.keus is bekend }}");
        builder.AppendLine($"    eis {N()} {T()} aanbieder.n > 3 uitzondering {T()} als aanbieder.ok");
        builder.AppendLine("}");
        var other = N();
        builder.AppendLine($"eisen {other} {T()} {{ omvat {set} }}");
        builder.AppendLine($"addendum {N()} {T()} {{ vereist overeenkomst {other}\n    ingangsdatum: eerste dag van het volgende kwartaal na aanvraagdatum }}");
        builder.AppendLine($"tijdlijn {N()} {T()} {{ uiterlijk 1 juni 2026 {T()} {T()} via {T()} }}");
        builder.AppendLine($"scenario {T()} {{ gegeven aanbieder {{ ok: ja }} verwacht {other} onbekend }}");
        builder.AppendLine($"wijziging 1 juli 2026 {T()} {{ reden: {T()}; gevolg: {T()} }}");
        return builder.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    private static CheckedPolicy InMemory(string source)
    {
        var policy = FrontEndHarness.Compile("/fuzz/vijandig.zip", source);
        Assert.False(policy.HasErrors, string.Join("\n", policy.Diagnostics.Where(d => d.IsError)) + "\n" + source);
        return policy;
    }

    private static BuildResult Build(string source)
    {
        var build = PolicyBuilder.Build(InMemory(source));
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        return build;
    }

    private static string Describe(PolicyInfo info) =>
        $"{info.Title}|{info.Insurer}\n" + string.Join("\n", info.RequirementSets.SelectMany(s => new[] { $"{s.Name} [{s.Title}]" }.Concat(s.Requirements.Select(r => $"  {r.Path} [{r.Sentence}]"))))
        + "\n" + string.Join("\n", info.Records.SelectMany(r => r.Fields.Select(f => $"{r.Name}.{f.Name}: {f.Type.DisplayName} [{f.Description}] {string.Join("|", f.Type.ChoiceMembers ?? [])}")));
}
