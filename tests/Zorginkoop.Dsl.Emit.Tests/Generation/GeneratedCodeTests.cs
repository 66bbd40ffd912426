using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Zorginkoop.Dsl.Emit.Compilation;
using Zorginkoop.Dsl.Emit.Generation;

namespace Zorginkoop.Dsl.Emit.Tests.Generation;

public class GeneratedCodeTests
{
    [Theory]
    [InlineData(nameof(Policies.Huisarts))]
    [InlineData(nameof(Policies.Everything))]
    public void TheTextReadsBackAsTheSameTreeAndCompilesWithoutWarnings(string name)
    {
        var policy = PolicySource.Compile((string)typeof(Policies).GetField(name)!.GetValue(null)!);
        var generated = CSharpGenerator.Generate(policy);

        // Same kinds, depths and token values in the same order: the text cannot mean something the tree does not.
        var reparsed = CSharpSyntaxTree.ParseText(generated.Source).GetRoot();
        var built = Shape(generated.Unit).ToList();
        var read = Shape(reparsed).ToList();
        var difference = Enumerable.Range(0, Math.Min(built.Count, read.Count)).FirstOrDefault(i => built[i] != read[i], -1);
        Assert.True(difference < 0 && built.Count == read.Count, difference < 0 ? "lengths differ" : $"built {built[difference]}, read back {read[difference]}");

        var compiled = AssemblyCompiler.Compile(generated);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        Assert.Empty(compiled.RoslynDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static IEnumerable<(SyntaxKind Kind, int Depth, string? Value)> Shape(SyntaxNode root)
    {
        var pending = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (item, depth) = pending.Pop();
            yield return (item.Kind(), depth, item.IsToken ? item.AsToken().ValueText : null);
            foreach (var child in item.ChildNodesAndTokens().Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }
    }

    [Fact]
    public void GeneratingTwiceGivesTheSameText()
    {
        var first = CSharpGenerator.Generate(PolicySource.Compile(Policies.Everything)).Source;
        var second = CSharpGenerator.Generate(PolicySource.Compile(Policies.Everything)).Source;

        Assert.Equal(first, second);
    }

    [Fact]
    public void APolicyWithoutSubjectHasEvaluatorsWithoutFacts()
    {
        var policy = TestPolicy.From("""
            definitie grens = 3
            eisen E "Zonder gegevens" { eis e grens + 1 = 4  eis datum peildatum is bekend }
            """);

        Assert.Null(policy.Evaluator.SubjectSchema);
        var result = policy.Evaluator.Evaluate("E", Runtime.Facts.FactRecord.Empty(new Runtime.Facts.RecordSchema("leeg")));
        Assert.Equal([Runtime.Values.Outcome.Satisfied, Runtime.Values.Outcome.NotSatisfied], result.Requirements.Select(r => r.Outcome));
        Assert.Equal(["peildatum is niet bekend"], result.Requirements[1].Evidence);
    }
}
