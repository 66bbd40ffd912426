using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Semantics.Tests;

/// <summary>In-memory policy files for focused tests: path → text.</summary>
internal sealed class PolicySource(Dictionary<string, string> files) : ISourceProvider
{
    public static CheckedPolicy Compile(string source) => Compile(new() { ["/beleid/test.zip"] = source }, "/beleid/test.zip");

    public static CheckedPolicy Compile(Dictionary<string, string> files, string entry) =>
        PolicyCompilation.Compile(entry, new PolicySource(files));

    public SourceLoadResult Load(string fullPath, string displayPath) =>
        files.TryGetValue(fullPath, out var text)
            ? SourceLoadResult.Success(new SourceText(Path.GetFileName(fullPath), text))
            : SourceLoadResult.Failure("het bestand bestaat niet.");
}
