using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Emit.Tests.Generation;

/// <summary>
/// Policy text that looks like code must stay text: quotes, backslashes, newlines, comment ends, braces,
/// directives, a C# statement, bidirectional controls, C# keywords as names and non-ASCII letters.
/// </summary>
public class InjectionTests
{
    private const string Payload = "\"); System.IO.File.Delete(\"x";

    // \u202E (right-to-left override) and \u200B (zero-width space) stand in the policy file as raw characters.
    private static readonly string Source = """
        beleid "Titel met \"aanhalingstekens\", \\ backslash, \n nieuwe regel, */ einde, { accolade en #line 1 \"x\"" {
            verzekeraar: "\"); System.IO.File.Delete(\"x"
            looptijd: 2026
        }
        keuze class { namespace, "\"); System.IO.File.Delete(\"x", "*/ } #if X", "rechts‮links", "ünïcödé" }
        gegevens void als aanbieder {
            class: class
            void: ja/nee "Omschrijving met \n regel en */ en { en \""
            GLI-aanbieder: tekst?
            GLI_aanbieder: aantal?
            ωmega: decimaal
            Schema: ja/nee
            ToFacts: ja/nee
        }
        definitie object = aanbieder.ωmega * 2
        eisen namespace "\"); System.IO.File.Delete(\"x" {
            eis return "Zin met \"citaat\", \\, \n, */, {, #line 1, rechts‮links en zero​width" aanbieder.GLI-aanbieder = "\"); System.IO.File.Delete(\"x"
            eis class "*/ System.Environment.Exit(1); /*" object >= 1,0
                uitzondering "\"; return null; //" als aanbieder.void
            eis Policy aanbieder.class in [namespace] of aanbieder.Schema
        }
        eisen Policy "naam van een gegenereerde klasse" { omvat namespace }
        eisen PolicyHelpers { eis ToFacts aanbieder.ToFacts }
        """.Replace("\\u202E", "\u202E");

    private static readonly Lazy<TestPolicy> Compiled = new(() => TestPolicy.From(Source));

    [Fact]
    public void CompilesAndKeepsTheTextsIntact()
    {
        var policy = Compiled.Value;
        var info = policy.Evaluator.Info;

        Assert.Equal("Titel met \"aanhalingstekens\", \\ backslash, \n nieuwe regel, */ einde, { accolade en #line 1 \"x\"", info.Title);
        Assert.Equal(Payload, info.Insurer);
        Assert.Equal(["namespace", "Policy", "PolicyHelpers"], info.RequirementSets.Select(s => s.Name));
        Assert.Equal(Payload, info.RequirementSets[0].Title);
        Assert.Equal("Zin met \"citaat\", \\, \n, */, {, #line 1, rechts\u202Elinks en zero\u200Bwidth", info.RequirementSets[0].Requirements[0].Sentence);
        var soort = info.Records.Single(r => r.Name == "void").Find("class")!.Type;
        Assert.Equal(["namespace", Payload, "*/ } #if X", "rechts\u202Elinks", "ünïcödé"], soort.ChoiceMembers);
        Assert.Equal("Omschrijving met \n regel en */ en { en \"", info.Records.Single(r => r.Name == "void").Find("void")!.Description);
    }

    [Fact]
    public void ExplanationsShowThePolicyTextsAsTheyAre()
    {
        var policy = Compiled.Value;
        var facts = policy.Facts($$"""{ "class": "namespace", "GLI-aanbieder": {{System.Text.Json.JsonSerializer.Serialize(Payload)}}, "ωmega": 0.25, "void": true, "Schema": false, "ToFacts": true }""");

        var result = policy.Evaluator.Evaluate("Policy", facts);

        var included = Assert.Single(result.Included);
        Assert.Equal(Outcome.Satisfied, included.Outcome);
        Assert.Equal(["GLI-aanbieder \"" + Payload + "\" = \"" + Payload + "\""], included.Requirements[0].Evidence);
        Assert.Equal("\"; return null; //", included.Requirements[1].ExceptionDescription);
        Assert.Equal(["ωmega 0,25 * 2 … "[..0] + "object 0,5 < 1,0", "void: ja"], included.Requirements[1].Evidence);
        Assert.Equal(["class namespace in [namespace]: ja", "Schema: nee"], included.Requirements[2].Evidence);
        Assert.Equal(Outcome.Satisfied, policy.Evaluator.Evaluate("PolicyHelpers", facts).Outcome);
    }

    [Fact]
    public void TheGeneratedCodeDeclaresOnlyWhatTheGeneratorPutsThere()
    {
        var source = Compiled.Value.Build.GeneratedSource;
        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();

        // Types: keuze class, gegevens void, schemas, three evaluators, definitions, the fast path's memo struct, constants, Policy. Result assembly
        // lives in the runtime, so no helper class is generated and a set may be called PolicyHelpers.
        var types = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text).ToList();
        Assert.Equal(["Class", "Void", "PolicySchemas", "Namespace", "Policy_2", "PolicyHelpers", "PolicyDefinitions", "PolicyMemo", "PolicyConstants", "Policy"], types);
        var record = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Void");
        Assert.Equal(["Class", "Void_2", "GLI_aanbieder", "GLI_aanbieder_2", "Ωmega", "Schema_2", "ToFacts_2", "Schema", "FromFacts", "ToFacts", "ToString"],
            record.Members.Select(m => m switch { PropertyDeclarationSyntax p => p.Identifier.Text, MethodDeclarationSyntax method => method.Identifier.Text, _ => "?" }));
        var evaluator = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Namespace");
        Assert.Equal(4 + (2 * 3), evaluator.Members.OfType<MethodDeclarationSyntax>().Count());

        // No invocation or name reaches outside the runtime and the handful of BCL types the generator uses.
        var invoked = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Select(i => i.Expression.ToString()).ToList();
        Assert.DoesNotContain(invoked, i => i.Contains("System.IO", StringComparison.Ordinal) || i.Contains("Environment", StringComparison.Ordinal) || i.Contains("File", StringComparison.Ordinal));
        string[] allowed =
        [
            "global::System", "global::System.Collections", "global::System.Collections.Generic", "global::System.Collections.Generic.IReadOnlyList",
            "global::System.Collections.Generic.List", "global::System.Collections.Generic.HashSet", "global::System.DateOnly", "global::System.DateTime",
            "global::System.ArgumentNullException", "global::System.ArgumentException", "global::System.Array", "global::System.Func", "global::System.StringComparer", "global::System.Object", "global::System.Span",
        ];
        var names = root.DescendantNodes().Where(n => n is QualifiedNameSyntax or MemberAccessExpressionSyntax).Select(n => n.ToString().Split('<')[0])
            .Where(n => n.StartsWith("global::System", StringComparison.Ordinal)).Select(n => string.Join('.', n.Split('.').TakeWhile(part => part.Length > 0 && (part.StartsWith("global::", StringComparison.Ordinal) || char.IsUpper(part[0]))).Take(4))).Distinct().ToList();
        Assert.All(names, n => Assert.True(allowed.Any(a => n == a || n.StartsWith(a + ".", StringComparison.Ordinal) && allowed.Contains(n[..n.LastIndexOf('.')]) && n.Split('.').Length <= 5), n));

        // Only the generator's own directive; every policy text is a single string literal token.
        Assert.Equal(["#nullable enable"], root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Trim()));
        Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsKind(SyntaxKind.MultiLineCommentTrivia) || (t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().Contains("System", StringComparison.Ordinal)));
        var literals = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).ToHashSet();
        Assert.Contains(Payload, literals);
        Assert.Contains("*/ System.Environment.Exit(1); /*", literals);
    }

    [Fact]
    public void TheGeneratedTextHasNoInvisibleOrControlCharacters()
    {
        var source = Compiled.Value.Build.GeneratedSource;

        Assert.DoesNotContain(source, c => c != '\n' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control);
        Assert.Contains("rechts\\u202Elinks", source);
    }
}
