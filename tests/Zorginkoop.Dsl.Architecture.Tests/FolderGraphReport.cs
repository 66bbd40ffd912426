using Xunit.Abstractions;

namespace Zorginkoop.Dsl.Architecture.Tests;

/// <summary>Prints the folder graph, so `dotnet test … --logger "console;verbosity=detailed"` shows it for docs/architecture.md.</summary>
public sealed class FolderGraphReport(ITestOutputHelper output)
{
    [Fact]
    public void The_scanner_sees_the_known_uses_of_the_pipeline()
    {
        var uses = FolderDependencyScanner.Uses;
        foreach (var use in uses)
        {
            output.WriteLine($"{use.User} -> {use.Used}  ({use.Count}×, e.g. {use.Example})");
        }

        // Guards the scanner itself: if it resolved nothing, every direction test would pass vacuously.
        Assert.Contains(uses, u => u.User.ToString() == "Emit/Generation" && u.Used.ToString() == "Semantics/Lowering");
        Assert.Contains(uses, u => u.User.ToString() == "Semantics/Interpretation" && u.Used.ToString() == "Runtime/Results");
        Assert.Contains(uses, u => u.User.ToString() == "Cli/Commands" && u.Used.ToString() == "Hosting");
    }
}
