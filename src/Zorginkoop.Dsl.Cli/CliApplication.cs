using System.CommandLine;
using Zorginkoop.Dsl.Cli.Commands;

namespace Zorginkoop.Dsl.Cli;

/// <summary>The <c>zorginkoop</c> command line: English verbs, Dutch messages, stable exit codes.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
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
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"zorginkoop: {problem.Message}");
            }

            error.WriteLine("Gebruik 'zorginkoop --help' of 'zorginkoop <opdracht> --help' voor uitleg.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Users get a plain sentence and a code; the stack trace only when asked for.
            error.WriteLine($"zorginkoop: error ZI9003: Interne fout van de compiler ({e.GetType().Name}: {e.Message}). Dit is een fout in Zorginkoop.Dsl, niet in uw beleid; meld het alstublieft.");
            if (Environment.GetEnvironmentVariable("ZORGINKOOP_DEBUG") == "1")
            {
                error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }
}
