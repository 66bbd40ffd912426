using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Timelines.Tests;

/// <summary>Compiles a policy held in a string, for focused binder tests.</summary>
internal sealed class InMemoryPolicy(Dictionary<string, string> files) : ISourceProvider
{
    public const string Header = """
        beleid "Testbeleid" {
            verzekeraar: "Test"
            looptijd: 2026 t/m 2027
        }

        """;

    public static CheckedPolicy Compile(string source, bool withHeader = true) =>
        PolicyCompilation.Compile("/beleid/test.zip", new InMemoryPolicy(new() { ["/beleid/test.zip"] = (withHeader ? Header : string.Empty) + source }));

    public SourceLoadResult Load(string fullPath, string displayPath) =>
        files.TryGetValue(fullPath, out var text)
            ? SourceLoadResult.Success(new SourceText(Path.GetFileName(fullPath), text))
            : SourceLoadResult.Failure("het bestand bestaat niet.");
}
