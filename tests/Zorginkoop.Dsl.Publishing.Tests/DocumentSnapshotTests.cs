using Zorginkoop.Dsl.Publishing.Rendering;

namespace Zorginkoop.Dsl.Publishing.Tests;

/// <summary>
/// The published HTML and Markdown of every real policy, kept in Snapshots/ so that every change to the document
/// shows up as a reviewable diff. Regenerate with ZORGINKOOP_UPDATE_SNAPSHOTS=1 (see the message).
/// </summary>
public class DocumentSnapshotTests
{
    private const string UpdateVariable = "ZORGINKOOP_UPDATE_SNAPSHOTS";

    [Theory]
    [MemberData(nameof(PublishedPolicies.Names), MemberType = typeof(PublishedPolicies))]
    public void Html_matches_the_snapshot(string policy) =>
        AssertSnapshot(PublishedPolicies.BaselineName(policy) + ".html", HtmlRenderer.Render(PublishedPolicies.Document(policy)));

    [Theory]
    [MemberData(nameof(PublishedPolicies.Names), MemberType = typeof(PublishedPolicies))]
    public void Markdown_matches_the_snapshot(string policy) =>
        AssertSnapshot(PublishedPolicies.BaselineName(policy) + ".md", MarkdownRenderer.Render(PublishedPolicies.Document(policy)));

    [Fact]
    public void Policy_and_code_with_the_change_table_matches_the_snapshot() =>
        AssertSnapshot(
            "vgz.medisch-specialistische-zorg-2027.beleid-en-code.html",
            HtmlRenderer.Render(PublishedPolicies.Document("vgz/medisch-specialistische-zorg-2027.zip", withCode: true, compareWith: "vgz/medisch-specialistische-zorg-2026.zip")));

    internal static void AssertSnapshot(string fileName, string actual)
    {
        var path = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Publishing.Tests", "Snapshots", fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(geen snapshot)";
        Assert.True(expected == actual,
            $"The published document differs from {path}.\nIf the change is intended, regenerate and review the diff:\n" +
            $"  {UpdateVariable}=1 dotnet test tests/Zorginkoop.Dsl.Publishing.Tests --filter FullyQualifiedName~DocumentSnapshotTests\n  git diff {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }
}
