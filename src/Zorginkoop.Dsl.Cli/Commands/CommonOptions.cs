using System.CommandLine;
using Zorginkoop.Dsl.Cli.Inputs;
using Zorginkoop.Dsl.Hosting;

namespace Zorginkoop.Dsl.Cli.Commands;

/// <summary>Options shared by several commands, declared once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description)
    {
        var argument = new Argument<string[]>("paden") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            // System.CommandLine would take an unknown "--optie" for a path; say what it is instead.
            // A lone '-' is standard input (check -), not an option.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-" && !File.Exists(t.Value)))
            {
                result.AddError($"Onbekende optie '{token.Value}'.");
            }
        });
        return argument;
    }

    /// <summary><c>--root</c>: the folder every <c>gebruik</c> must stay in (<see cref="Semantics.Compilation.ImportRoot"/>).</summary>
    public static Option<string?> Root()
    {
        var option = new Option<string?>("--root")
        {
            HelpName = "map",
            Description = "Map waarbinnen 'gebruik' bestanden mag lezen (standaard de map van het beleid, of de opgegeven map bij check).",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.SingleOrDefault()?.Value is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"--root '{folder}' is geen bestaande map.");
            }
        });
        return option;
    }

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            // In the order given (the first is the default), not the sorted order of the completions.
            HelpName = string.Join('|', formats),
            Description = $"Uitvoervorm: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<DateOnly?> On() => new("--on")
    {
        HelpName = "JJJJ-MM-DD",
        Description = "Peildatum (JJJJ-MM-DD): het beleid zoals het op die datum gold.",
        CustomParser = result => ParseDate(result.Tokens.Single().Value, result),
    };

    /// <summary>
    /// <c>--engine auto|compiled|interpreter</c>: which engine the evaluation session uses. <c>auto</c> (the default)
    /// answers with the compiled assembly when it is in the cache and with the interpreter otherwise; a batch compiles.
    /// </summary>
    public static Option<Engine> Engine()
    {
        var option = new Option<Engine>("--engine")
        {
            HelpName = $"{EngineNames.Auto}|{EngineNames.Compiled}|{EngineNames.Interpreter}",
            Description = $"{EngineNames.Auto} (standaard: de gecompileerde assembly als die in de cache staat, anders de interpreter; een batch compileert), {EngineNames.Compiled} (via Roslyn, bewaard in de cache) of {EngineNames.Interpreter}.",
            DefaultValueFactory = _ => Hosting.Engine.Auto,
            CustomParser = result => result.Tokens.Single().Value switch
            {
                EngineNames.Compiled => Hosting.Engine.Compiled,
                EngineNames.Interpreter => Hosting.Engine.Interpreter,
                EngineNames.Auto => Hosting.Engine.Auto,
                var other => Invalid(result, $"'{other}' is geen engine; kies {EngineNames.Auto}, {EngineNames.Compiled} of {EngineNames.Interpreter}."),
            },
        };
        option.CompletionSources.Add(EngineNames.Auto, EngineNames.Compiled, EngineNames.Interpreter);
        return option;

        static Engine Invalid(System.CommandLine.Parsing.ArgumentResult result, string message)
        {
            result.AddError(message);
            return default;
        }
    }

    public static DateOnly? ParseDate(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-09-20.");
        return null;
    }
}
