using System.Text;
using System.Text.RegularExpressions;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Semantics.Tests;

/// <summary>
/// Each Baselines/diagnostics/*.zip is checked and its diagnostics compared with the .diagnostics file beside it.
/// Regenerate after an intended change with:
///   ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests
/// and review the change with git diff.
/// </summary>
public partial class DiagnosticBaselineTests
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "Zorginkoop.Dsl.Semantics.Tests", "Baselines", "diagnostics");

    public static TheoryData<string> Samples() => [.. SampleNames()];

    private static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(Folder, "*.zip").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Samples))]
    public void DiagnosticsMatchBaseline(string sample)
    {
        var policy = PolicyCompilation.Compile(Path.Combine(Folder, sample + ".zip"));
        var actual = Render(policy.Diagnostics) + Render(policy.Acknowledged);
        var expectedPath = Path.Combine(Folder, sample + ".diagnostics");
        if (Environment.GetEnvironmentVariable("ZORGINKOOP_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No baseline {expectedPath}. Create it with: ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests");
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == actual, $"Diagnostics of {sample}.zip differ from its baseline.\n--- expected\n{expected}\n--- actual\n{actual}\nIf the change is intended: ZORGINKOOP_UPDATE_BASELINES=1 dotnet test tests/Zorginkoop.Dsl.Semantics.Tests");
    }

    [Fact]
    public void EachSampleNamedAfterACodeReportsThatCode()
    {
        foreach (var sample in SampleNames().Where(s => CodePrefix().IsMatch(s)))
        {
            var code = sample[..6];
            var baseline = File.ReadAllText(Path.Combine(Folder, sample + ".diagnostics"));
            Assert.True(baseline.Contains($" {code}: "), $"{sample}.zip should report {code}:\n{baseline}");
        }
    }

    [Fact]
    public void EveryCatalogueCodeIsCoveredByATest()
    {
        var baselines = string.Concat(Directory.GetFiles(Folder, "*.diagnostics").Select(File.ReadAllText));
        var testSources = string.Concat(Directory.GetFiles(RepositoryPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.EndsWith("DiagnosticBaselineTests.cs"))
            .Select(File.ReadAllText));
        var uncovered = DiagnosticCatalog.All
            .Where(d => !baselines.Contains($" {d.Code}: ") && !Regex.IsMatch(testSources, $"\"[^\"\n]*\\b{d.Code}\\b[^\"\n]*\""))
            .Select(d => $"{d.Code} {d.Title}")
            .ToList();

        Assert.True(uncovered.Count == 0, "Codes without a baseline sample or a test asserting them:\n" + string.Join("\n", uncovered));
    }

    [Fact]
    public void EveryCatalogueCodeIsDocumented()
    {
        var documentation = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md"));
        var undocumented = DiagnosticCatalog.All.Where(d => !documentation.Contains($"### {d.Code} — ")).Select(d => d.Code).ToList();
        Assert.True(undocumented.Count == 0, "Add these to docs/diagnostics.md: " + string.Join(", ", undocumented));
        Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(d => d.Code).Distinct().Count());
    }

    private static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var where = diagnostic.Location is null ? "zorginkoop" : $"{Path.GetFileName(diagnostic.Location.Path)}({diagnostic.Location.Start.ToDisplayString()})";
            // Paths in messages depend on where the tests run; the baselines hold them relative to the sample folder.
            var message = diagnostic.Message
                .Replace(Folder + Path.DirectorySeparatorChar, string.Empty)
                .Replace(Path.GetRelativePath(Environment.CurrentDirectory, Folder) + Path.DirectorySeparatorChar, string.Empty);
            builder.Append($"{where}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {message}\n");
        }

        return builder.ToString();
    }

    /// <summary>Acknowledged warnings (<c>// erkend …</c>) as "file(line,col): erkend ZI5006: reden", after the diagnostics.</summary>
    private static string Render(IEnumerable<AcknowledgedDiagnostic> acknowledged) =>
        string.Concat(acknowledged.Select(a => $"{Path.GetFileName(a.Warning.Location!.Path)}({a.Warning.Location.Start.ToDisplayString()}): erkend {a.Code}: {a.Reason}\n"));

    [GeneratedRegex(@"^ZI\d{4}-")]
    private static partial Regex CodePrefix();
}
