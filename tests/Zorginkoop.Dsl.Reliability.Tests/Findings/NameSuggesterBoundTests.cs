using Zorginkoop.Dsl.Runtime.Values;

namespace Zorginkoop.Dsl.Reliability.Tests.Findings;

/// <summary>
/// Issue 15 point 12: the "Bedoelde u …?" hint built a full distance table for any unknown name, so an 8 MB name
/// took 142 s and 6.2 GB. The work is now bounded, counted in table cells rather than timed.
/// </summary>
public class NameSuggesterBoundTests
{
    private static readonly string[] Candidates = [.. Enumerable.Range(0, 1_000).Select(i => $"veld{i}"), "fteHuisarts"];

    [Fact]
    public void AHundredThousandCharacterNameDoesNoDistanceWork()
    {
        var suggestion = NameSuggester.Suggest(new string('x', 100_000), Candidates, out var cells);

        Assert.Null(suggestion);
        Assert.Equal(0, cells);
    }

    [Fact]
    public void ANameOfTheLongestKindIsComparedOnlyWithCandidatesOfAboutItsLength()
    {
        var longest = new string('y', NameSuggester.MaxNameLength);
        var near = longest[..^1] + "z";

        var suggestion = NameSuggester.Suggest(longest, [.. Candidates, near], out var cells);

        Assert.Equal(near, suggestion);
        // Only the one candidate of about its length is compared; the thousand short ones are skipped.
        Assert.Equal((long)(longest.Length + 1) * (near.Length + 1), cells);
    }

    [Fact]
    public void ATypingSlipStillGetsItsHint()
    {
        Assert.Equal("fteHuisarts", NameSuggester.Suggest("fteHuisart", Candidates));
    }
}
