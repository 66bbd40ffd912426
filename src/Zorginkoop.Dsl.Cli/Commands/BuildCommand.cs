using System.CommandLine;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary><c>zorginkoop build &lt;paden…&gt; --output &lt;map&gt;</c>: one verified assembly (.dll + .pdb) per policy.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip) of mappen om te bouwen.");
        var outputDirectory = new Option<string>("--output", "-o") { Description = "Map voor de gebouwde assemblies (.dll en .pdb).", Required = true };
        var root = CommonOptions.Root();
        var command = new Command("build", "Bouw elk beleid tot een .NET-assembly met een getypeerde API (.dll en .pdb).") { paths, outputDirectory, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outputDirectory)!, output, parse.GetValue(root)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string outputDirectory, TextWriter output, string? root = null)
    {
        var found = PolicyPaths.Expand(paths, root);
        var (files, problems) = found;
        var diagnostics = problems.ToList();
        var built = 0;
        foreach (var file in files.Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal)))
        {
            var policy = PolicyCompilation.Compile(file, found.SourcesFor(file));
            var result = PolicyBuilder.Build(policy);
            diagnostics.AddRange(result.Diagnostics);
            if (!result.Success)
            {
                continue;
            }

            var dllPath = Path.Combine(outputDirectory, result.AssemblyName + ".dll");
            var written = PolicyBuilder.Write(result, dllPath);
            diagnostics.AddRange(written);
            if (written.IsEmpty)
            {
                output.WriteLine($"{file} -> {dllPath}");
                built++;
            }
        }

        var distinct = DiagnosticWriter.Distinct(diagnostics);
        DiagnosticWriter.Write(output, "text", distinct, files.Count);
        output.WriteLine($"{built} {(built == 1 ? "assembly" : "assemblies")} gebouwd in {outputDirectory}.");
        return distinct.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
