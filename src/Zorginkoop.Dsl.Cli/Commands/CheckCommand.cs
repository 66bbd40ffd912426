using System.CommandLine;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary><c>zorginkoop check &lt;paden…&gt;</c>: every diagnostic of every policy and a summary of the acknowledged warnings, exit 1 on errors.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip) of mappen om te controleren.");
        var format = CommonOptions.Format("text", "json", "sarif");
        var root = CommonOptions.Root();
        var command = new Command("check", "Controleer beleidsbestanden en meld fouten en waarschuwingen met bestand, regel en kolom.") { paths, format, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, output, parse.GetValue(root)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, TextWriter output, string? root = null)
    {
        // '-' is a policy read from standard input; its imports are read relative to the current folder.
        var fromStdin = paths.Any(StandardInput.Is);
        var found = PolicyPaths.Expand(paths.Where(p => !StandardInput.Is(p)), root);
        var (files, problems) = found;
        var policies = files.Select(file => PolicyCompilation.Compile(file, found.SourcesFor(file))).ToList();
        if (fromStdin)
        {
            policies.Add(PolicyCompilation.Compile(StandardInput.PolicySource.EntryPath, new StandardInput.PolicySource(PolicyPaths.Sources(root))));
        }

        var distinct = DiagnosticWriter.Distinct(problems.Concat(policies.SelectMany(p => p.Diagnostics)));
        var acknowledged = DiagnosticWriter.Distinct(policies.SelectMany(p => p.Acknowledged));
        DiagnosticWriter.Write(output, format, distinct, files.Count + (fromStdin ? 1 : 0), acknowledged);
        return distinct.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
