using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Cli.Tests;

/// <summary>
/// <c>zorginkoop --version</c> is the version MinVer takes from git tags (issue 17, point 7), so a new tag makes a
/// tool package that <c>dotnet tool update</c> sees as newer. The expectation is worked out from the repository the
/// test runs in: tagged, after a tag, or (a clone without tags, as this repository is today) 0.0.0-alpha.0.N.
/// </summary>
public class VersionTests
{
    [Fact]
    public void TheVersionComesFromTheGitTags()
    {
        var (exitCode, output, error) = Cli.RunProcess(RepositoryPaths.Root, "--version");
        Assert.True(exitCode == 0, error);
        var printed = output.Trim();

        var match = Regex.Match(printed, @"^(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(?:\+(?<commit>[0-9a-f]{40}))?$");
        Assert.True(match.Success, $"'{printed}' is geen SemVer-versie");
        var version = match.Groups["version"].Value;
        Assert.NotEqual("1.0.0", version);

        var tag = Git("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*");
        if (tag is null)
        {
            // No tag: MinVer's default pre-release, with the height (commits since the first) as its last part.
            Assert.Matches(@"^0\.0\.0-alpha\.0(\.\d+)?$", version);
        }
        else if (Git("tag", "--points-at", "HEAD", "--list", "v[0-9]*") is { Length: > 0 } here && here.Split('\n').Contains(tag))
        {
            Assert.Equal(tag[1..], version);
        }
        else
        {
            // After vX.Y.Z: X.Y.(Z+1)-alpha.0.N (or the tag's own pre-release with .N added).
            Assert.Matches(@"-.*\.\d+$", version);
        }

        // The commit the build was made from is one of this repository's.
        if (match.Groups["commit"].Success)
        {
            Assert.NotNull(Git("cat-file", "-t", match.Groups["commit"].Value));
        }
    }

    private static string? Git(params string[] args)
    {
        var (exitCode, output, _) = ChildProcess.Run("git", args, RepositoryPaths.Root);
        return exitCode == 0 ? output.Trim() : null;
    }
}
