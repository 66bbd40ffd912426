using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Reliability.Tests.Infrastructure;

/// <summary>
/// Policy files held in memory (full path → text), so fuzzed inputs are checked without touching the disk;
/// every other path falls through to the real policies, so a mutated file may still import its siblings.
/// </summary>
internal sealed class InMemorySources(IReadOnlyDictionary<string, string> files) : ISourceProvider
{
    public const string Root = "/fuzz";

    public static CheckedPolicy Compile(string text, string name = "beleid.zip") =>
        PolicyCompilation.Compile(Path.Combine(Root, name), new InMemorySources(new Dictionary<string, string> { [Path.Combine(Root, name)] = text }));

    public SourceLoadResult Load(string fullPath, string displayPath) =>
        files.TryGetValue(fullPath, out var text)
            ? SourceLoadResult.Success(new SourceText(displayPath, text))
            : FileSystemSourceProvider.Instance.Load(fullPath, displayPath);
}
