using System.CommandLine;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Emit;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Compilation;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary><c>zorginkoop build &lt;paden…&gt; --output &lt;map&gt;</c>: one verified assembly (.dll + .pdb) per policy.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths("Beleidsbestanden (.zip) of mappen om te bouwen.");
        var outputDirectory = new Option<string>("--output", "-o") { HelpName = "map", Description = "Map voor de gebouwde assemblies (.dll en .pdb).", Required = true };
        var root = CommonOptions.Root();
        var command = new Command("build", "Bouw elk beleid tot een .NET-assembly met een getypeerde API (.dll en .pdb).") { paths, outputDirectory, root };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(outputDirectory)!, output, parse.GetValue(root), error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string outputDirectory, TextWriter output, string? root = null, TextWriter? error = null)
    {
        var found = PolicyPaths.Expand(paths, root);
        var (files, problems) = found;
        var diagnostics = problems.ToList();
        var built = 0;
        foreach (var file in files.Where(f => !f.EndsWith(".test.zip", StringComparison.Ordinal)))
        {
            var policy = PolicyCompilation.Compile(file, found.SourcesFor(file));
            // Through the assembly cache: a policy built before (by build, evaluate, test or the MSBuild task) is not compiled again.
            var result = Build(policy, error);
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

    private static BuildResult Build(CheckedPolicy policy, TextWriter? error)
    {
        if (policy.HasErrors)
        {
            return PolicyBuilder.Build(policy);
        }

        try
        {
            return CompiledPolicies.Shared.GetOrBuild(policy, error is null ? null : EngineReporting.Options(error).ObserveCompile);
        }
        catch (PolicyBuildException)
        {
            // The compiler's own failure, with every diagnostic as the build reports it (ZI9003).
            return PolicyBuilder.Build(policy);
        }
    }
}
