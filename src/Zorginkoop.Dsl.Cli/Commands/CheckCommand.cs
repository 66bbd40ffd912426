using System.CommandLine;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary><c>zorginkoop check &lt;paden…&gt;</c>: every diagnostic of every policy, exit 1 on errors.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip) of mappen om te controleren.");
        var format = CommonOptions.Format("text", "json", "sarif");
        var command = new Command("check", "Controleer beleidsbestanden en meld fouten en waarschuwingen met bestand, regel en kolom.") { paths, format };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, output));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, TextWriter output)
    {
        var (files, problems) = PolicyPaths.Expand(paths);
        var diagnostics = problems.Concat(files.SelectMany(file => PolicyCompilation.Compile(file).Diagnostics));
        var distinct = DiagnosticWriter.Distinct(diagnostics);
        DiagnosticWriter.Write(output, format, distinct, files.Count);
        return distinct.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
