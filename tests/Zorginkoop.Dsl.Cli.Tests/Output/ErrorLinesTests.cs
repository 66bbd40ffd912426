using System.Text.RegularExpressions;

namespace Zorginkoop.Dsl.Cli.Tests.Output;

/// <summary>
/// Holds issue 13, point 6 in the source: the command line writes to its error stream only through
/// <c>DiagnosticWriter</c>, so every mistake has a catalogue code and escaped text. The few other lines on that stream
/// are not findings (a usage hint, a batch's progress and summary, the compile progress line and the verbose engine
/// lines of ZORGINKOOP_VERBOSE, the stack trace asked for with ZORGINKOOP_DEBUG) and
/// are listed here by what they write; a new hand-written line fails this test.
/// </summary>
public partial class ErrorLinesTests
{
    private static readonly (string File, string Writes)[] NotFindings =
    [
        ("CliApplication.cs", "\"Gebruik 'zorginkoop --help'"),
        ("CliApplication.cs", "error.WriteLine(e);"),
        ("BatchProgress.cs", "error.Write('\\r' + line"),
        ("BatchEvaluation.cs", "$\"… en meer: "),
        ("BatchEvaluation.cs", "records geëvalueerd"),
        ("BatchEvaluation.cs", "\"zorginkoop-stats: \""),
        ("EngineReporting.cs", "compileren (eenmalig; daarna uit de cache)"),
        ("EngineReporting.cs", "error.Write(\"\\r\\u001b[K\");"),
        ("EngineReporting.cs", "error.WriteLine(line);"),
    ];

    [Fact]
    public void TheErrorStreamIsWrittenOnlyThroughTheDiagnosticWriter()
    {
        var folder = RepositoryPaths.Combine("src", "Zorginkoop.Dsl.Cli");
        var handWritten = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var name = Path.GetFileName(file);
            if (name == "DiagnosticWriter.cs")
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var writes = ErrorWrite().IsMatch(line) || line.Contains("error ZI", StringComparison.Ordinal) || line.Contains(": error {", StringComparison.Ordinal);
                if (writes && !NotFindings.Any(n => n.File == name && line.Contains(n.Writes, StringComparison.Ordinal)))
                {
                    handWritten.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {line.Trim()}");
                }
            }
        }

        Assert.True(handWritten.Count == 0,
            "Write a finding as a catalogue diagnostic through DiagnosticWriter (WriteLine/WriteLines), not by hand:\n" + string.Join("\n", handWritten));
    }

    [Fact]
    public void TheScanSeesAHandWrittenLine() =>
        Assert.Matches(ErrorWrite(), """            error.WriteLine($"{policyPath}: dit beleid heeft geen tijdlijnen.");""");

    [GeneratedRegex(@"\berror\.Write(Line)?\(")]
    private static partial Regex ErrorWrite();
}
