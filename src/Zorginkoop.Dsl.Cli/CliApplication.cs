using System.CommandLine;
using Zorginkoop.Dsl.Cli.Commands;
using Zorginkoop.Dsl.Cli.Output;
using Zorginkoop.Dsl.Hosting;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Cli;

/// <summary>The <c>zorginkoop</c> command line: English verbs, Dutch messages, stable exit codes.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRoot(output, error);
        var parsed = ParseErrors.Parse(root, args);
        if (parsed.Errors.Count > 0)
        {
            DiagnosticWriter.WriteLines(error, ParseErrors.Describe(parsed, args));
            error.WriteLine("Gebruik 'zorginkoop --help' of 'zorginkoop <opdracht> --help' voor uitleg.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (PolicyBuildException e)
        {
            // A clean policy the compiled engine cannot build: Roslyn's findings, as ZI9003 diagnostics.
            DiagnosticWriter.WriteLines(error, e.Diagnostics);
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Users get a plain sentence and a code; the stack trace only when asked for.
            DiagnosticWriter.WriteLine(error, DiagnosticCatalog.InternalError($"{e.GetType().Name}: {e.Message}"));
            if (Environment.GetEnvironmentVariable("ZORGINKOOP_DEBUG") == "1")
            {
                error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree with its Dutch help; the help tests parse every example against it.</summary>
    internal static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("zorginkoop — controleer, bouw en evalueer zorginkoopbeleid (.zip-beleidsbestanden).")
        {
            CheckCommand.Create(output, error),
            BuildCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
            TimelineCommand.Create(output, error),
            AddendumCommand.Create(output, error),
            TestCommand.Create(output, error),
            FormatCommand.Create(output, error),
            LspCommand.Create(output, error),
            DiffCommand.Create(output, error),
            PublishCommand.Create(output, error),
            ServeCommand.Create(output, error),
        };

        DutchHelp.Apply(root);
        return root;
    }
}
