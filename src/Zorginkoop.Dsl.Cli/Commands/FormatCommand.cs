using System.CommandLine;
using System.Text;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Formatting;
using Zorginkoop.Dsl.Semantics.Compilation;
using Zorginkoop.Dsl.Semantics.FileSystem;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>
/// <c>zorginkoop format &lt;paden…&gt; [--check]</c>: puts policies in the canonical layout (the same formatter as the
/// editor's). Only files that check are touched; a file is written atomically, and only when its text changes.
/// With <c>--check</c> nothing is written and every file that would change is reported (exit 1).
/// </summary>
public static class FormatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip) of mappen om op te maken.");
        var check = new Option<bool>("--check") { Description = "Schrijf niets; meld de bestanden die de opmaak zou veranderen (exit 1 als er zijn)." };
        var root = CommonOptions.Root();
        var command = new Command("format", "Maak beleidsbestanden op volgens de standaardopmaak (inspringing, uitlijning, witregels); commentaar en betekenis blijven gelijk.") { paths, check, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(check), output, null, parse.GetValue(root)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter output) => Run(paths, check, output, null);

    /// <summary>The same, with the temporary files opened by <paramref name="openTemporary"/>: tests make a write fail halfway.</summary>
    internal static int Run(IReadOnlyList<string> paths, bool check, TextWriter output, Func<string, Stream>? openTemporary, string? root = null)
    {
        var found = PolicyPaths.Expand(paths, root);
        var (files, problems) = found;
        var diagnostics = new List<Diagnostic>(problems);
        int changed = 0, unchanged = 0, refused = 0;
        foreach (var file in files)
        {
            var outcome = FormatFile(file, found.SourcesFor(file), check, diagnostics, openTemporary);
            switch (outcome)
            {
                case Outcome.Changed:
                    changed++;
                    if (!check)
                    {
                        output.WriteLine($"opgemaakt: {PolicyLoader.DisplayPathAsGiven(file)}");
                    }

                    break;
                case Outcome.Unchanged:
                    unchanged++;
                    break;
                default:
                    refused++;
                    break;
            }
        }

        foreach (var diagnostic in DiagnosticWriter.Distinct(diagnostics))
        {
            DiagnosticWriter.WriteLine(output, diagnostic);
        }

        output.WriteLine(check
            ? $"{files.Count} {Files(files.Count)} bekeken: {changed} niet opgemaakt, {unchanged} in orde, {refused} met fouten."
            : $"{files.Count} {Files(files.Count)} bekeken: {changed} opgemaakt, {unchanged} ongewijzigd, {refused} met fouten.");
        return diagnostics.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private enum Outcome
    {
        Changed,
        Unchanged,
        Refused,
    }

    private static Outcome FormatFile(string file, ISourceProvider sources, bool check, List<Diagnostic> diagnostics, Func<string, Stream>? openTemporary)
    {
        var fullPath = Path.GetFullPath(file);
        var policy = PolicyCompilation.Compile(file, sources);
        var tree = policy.Files.LastOrDefault(f => Path.GetFullPath(f.Text.Path) == fullPath);
        // Only this file's own errors stop it being formatted; an imported file with errors is reported there.
        var errors = policy.Diagnostics.Where(d => d.IsError && (d.Location is null || Path.GetFullPath(d.Location.Path) == fullPath)).ToList();
        if (tree is null || errors.Count > 0)
        {
            diagnostics.AddRange(errors);
            diagnostics.Add(DiagnosticCatalog.NotFormattedErrors(PolicyLoader.DisplayPathAsGiven(file), Math.Max(1, errors.Count)));
            return Outcome.Refused;
        }

        var result = PolicyFormatter.Format(tree);
        diagnostics.AddRange(result.Diagnostics);
        if (!result.Succeeded)
        {
            return Outcome.Refused;
        }

        if (!result.Changed)
        {
            return Outcome.Unchanged;
        }

        if (check)
        {
            diagnostics.Add(DiagnosticCatalog.NotFormatted(new SourceLocation(tree.Text, FirstDifference(tree.Text, result.Text))));
            return Outcome.Changed;
        }

        var problem = WriteAtomically(fullPath, result.Text, openTemporary);
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticCatalog.WriteFailed(tree.Text.Path, problem));
            return Outcome.Refused;
        }

        return Outcome.Changed;
    }

    /// <summary>The start of the first line that formatting changes, so --check points the author at it.</summary>
    private static TextSpan FirstDifference(SourceText original, string formatted)
    {
        var index = 0;
        while (index < original.Content.Length && index < formatted.Length && original.Content[index] == formatted[index])
        {
            index++;
        }

        var line = original.GetLinePosition(index).Line;
        return new TextSpan(original.GetOffset(new LinePosition(line, 0)), 0);
    }

    /// <summary>
    /// Writes through <see cref="AtomicFile"/>, so an interrupted run leaves the old or the new text; a byte order
    /// mark the file had is kept, and so are its permissions and a symbolic link to it (the policy it points at is formatted).
    /// </summary>
    private static string? WriteAtomically(string path, string text, Func<string, Stream>? openTemporary)
    {
        try
        {
            var preamble = new UTF8Encoding(encoderShouldEmitUTF8Identifier: HasByteOrderMark(path)).GetPreamble();
            AtomicFile.Write(path, stream => stream.Write([.. preamble, .. Encoding.UTF8.GetBytes(text)]), openTemporary);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e is UnauthorizedAccessException ? "geen schrijfrechten." : e.Message;
        }
    }

    private static bool HasByteOrderMark(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[3];
        return stream.Read(start) == 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF;
    }

    private static string Files(int count) => count == 1 ? "bestand" : "bestanden";
}
